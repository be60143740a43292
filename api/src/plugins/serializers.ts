import fastJsonStringify from 'fast-json-stringify';
import type { FastifyServerOptions } from 'fastify';
import { namedSchemasKey } from '../lib/schema-keys.ts';

type Schema = Record<string, unknown>;
type Serializer = (data: unknown) => string;
type SerializerFactory = NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildSerializer']
>;

/** The ids of the named schemas `schema` refers to, directly or through them. */
function referencedIds(schema: unknown, externals: Record<string, Schema>): string[] {
  const found = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const id = value.split('#')[0] as string;
          if (id && !found.has(id) && externals[id]) {
            found.add(id);
            visit(externals[id]);
          }
        } else visit(value);
      }
    }
  };
  visit(schema);
  return [...found].sort();
}

/** Compiled serializers by response schema and the content of the named schemas it was compiled against. */
const compiled = new Map<string, Serializer>();

/**
 * Fastify's response serializer factory (fast-json-stringify), compiling each distinct response
 * schema once. fast-json-stringify validates and indexes every named schema it is handed for every
 * response it compiles; handed all of /v1's named schemas for each of some 400 responses (most of
 * them the same problem answer), that was nearly all of an app's start: seconds of CPU per app, and
 * per test file. Each response now gets only the named schemas it refers to, and the same schema
 * compiled against named schemas that say the same is compiled once per process, however many apps it
 * builds (Fastify gives each app its own copies of the named schemas, so they are compared by content).
 */
export const buildSerializer: SerializerFactory = (externalSchemas, serializerOpts = {}) => {
  const named = (externalSchemas ?? {}) as Record<string, Schema>;
  return (route): Serializer => {
    const schema = route.schema as Schema;
    const ids = referencedIds(schema, named).filter((id) => id !== schema.$id);
    const key = `${JSON.stringify([schema, serializerOpts])} ${namedSchemasKey(named, ids)}`;
    const known = compiled.get(key);
    if (known) return known;
    type Options = NonNullable<Parameters<typeof fastJsonStringify>[1]>;
    const serialize = fastJsonStringify(schema as unknown as Parameters<typeof fastJsonStringify>[0], {
      ...(serializerOpts as Options),
      schema: Object.fromEntries(ids.map((id) => [id, named[id]])) as unknown as Options['schema'],
    }) as Serializer;
    compiled.set(key, serialize);
    return serialize;
  };
};
