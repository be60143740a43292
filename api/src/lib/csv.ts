/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into objects keyed by the header row.
 * Every value stays a string, so codes keep their leading zeros.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) return [];
  return body.map((values, index) => {
    if (values.length !== header.length) {
      throw new Error(`CSV row ${index + 2} has ${values.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, column) => [name, values[column] as string]));
  });
}

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with ' (OWASP "CSV injection"). */
const FORMULA = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  let text = String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record and its CRLF line end. */
const record = (values: unknown[]) => `${values.map(csvField).join(',')}\r\n`;

/** How many records go into one chunk of a streamed CSV: few writes, none of them large. */
const RECORDS_PER_CHUNK = 500;

/**
 * A CSV document in chunks, made as they are read: UTF-8 byte order mark (so Excel reads å, ä and ö) and
 * the header row first, then the records, CRLF line ends. Consumed through a stream, it formats only
 * as fast as the client takes it, so the document is never whole in memory.
 */
export function* csvChunks<Item>(header: string[], items: Iterable<Item>, values: (item: Item) => unknown[]) {
  yield `\uFEFF${record(header)}`;
  let chunk = '';
  let count = 0;
  for (const item of items) {
    chunk += record(values(item));
    if (++count % RECORDS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}
