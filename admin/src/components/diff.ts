/** One field that differs between two versions, by its dotted path (`scope.association`). */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
  kind: 'added' | 'removed' | 'changed';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function flatten(value: unknown, prefix: string, into: Map<string, unknown>) {
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into.set(prefix, value);
  }
  return into;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const absent = (value: unknown) => value === undefined || value === null;

/**
 * The fields that differ between two versions of a resource, in the order they first appear. Nested
 * objects are compared field by field; lists as a whole. `ignore` leaves out bookkeeping such as
 * updatedAt, which changes with every save and says nothing to a reader.
 */
export function diffFields(before: unknown, after: unknown, ignore: readonly string[] = []): FieldChange[] {
  const old = flatten(before, '', new Map());
  const next = flatten(after, '', new Map());
  const paths = [...new Set([...old.keys(), ...next.keys()])];
  const changes: FieldChange[] = [];
  for (const path of paths) {
    if (ignore.some((prefix) => path === prefix || path.startsWith(`${prefix}.`))) continue;
    const a = old.get(path);
    const b = next.get(path);
    if (same(a, b) || (absent(a) && absent(b))) continue;
    const kind = absent(a) ? 'added' : absent(b) ? 'removed' : 'changed';
    changes.push({ path, before: a, after: b, kind });
  }
  return changes;
}

/** A line of a text diff: kept, taken away or put in. */
export interface LineChange {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Line-by-line difference of two texts (longest common subsequence), for Markdown and other long text. */
export function diffLines(before: string, after: string): LineChange[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (lengths[i] as number[])[j] =
        a[i] === b[j]
          ? ((lengths[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lengths[i + 1] as number[])[j] as number, (lengths[i] as number[])[j + 1] as number);
  const lines: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ kind: 'same', text: a[i] as string });
      i++;
      j++;
    } else if (((lengths[i + 1] as number[])[j] as number) >= ((lengths[i] as number[])[j + 1] as number)) {
      lines.push({ kind: 'removed', text: a[i++] as string });
    } else {
      lines.push({ kind: 'added', text: b[j++] as string });
    }
  }
  while (i < a.length) lines.push({ kind: 'removed', text: a[i++] as string });
  while (j < b.length) lines.push({ kind: 'added', text: b[j++] as string });
  return lines;
}

/** A value as a person reads it: lists joined, nothing for empty. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value))
    return value.map((item) => (isObject(item) ? JSON.stringify(item) : String(item))).join(', ');
  if (isObject(value)) return JSON.stringify(value);
  return String(value);
}
