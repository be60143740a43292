/** A slug suggested from a Swedish name: "Digital tillsyn på natten" → "digital-tillsyn-pa-natten". */
export function suggestSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
}

/** Lines of a textarea as a list, empty lines dropped. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** An optional text as the API wants it: null when empty. */
export const orNull = (text: string) => (text.trim() === '' ? null : text);
