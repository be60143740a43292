type Schema = Record<string, unknown>;

/** Each distinct schema text seen, numbered, so a set of named schemas has a short key. */
const numbers = new Map<string, number>();
/** The number of each schema object already seen: Fastify clones every named schema per app. */
const numbered = new WeakMap<object, number>();

function numberOf(schema: unknown): number {
  if (schema === null || typeof schema !== 'object') return numberOfText(JSON.stringify(schema));
  let number = numbered.get(schema);
  if (number === undefined) {
    number = numberOfText(JSON.stringify(schema));
    numbered.set(schema, number);
  }
  return number;
}

function numberOfText(text: string): number {
  let number = numbers.get(text);
  if (number === undefined) {
    number = numbers.size;
    numbers.set(text, number);
  }
  return number;
}

/**
 * A key for what the named schemas `ids` of `named` say (their content, not their identity): the same
 * for two apps that register the same schemas, although Fastify hands each app its own copies, and
 * different when a schema under the same name says something else. Compilers that cache by it compile
 * a schema once per process, however many apps the process builds (each API test file builds some).
 */
export function namedSchemasKey(named: Record<string, unknown>, ids: readonly string[] = Object.keys(named)): string {
  return [...ids]
    .sort()
    .map((id) => `${id}=${numberOf((named as Record<string, Schema>)[id])}`)
    .join(' ');
}
