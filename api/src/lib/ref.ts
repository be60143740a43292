import Type, { type Static, type TSchema } from 'typebox';

/** The name a component schema is registered under. */
export function idOf(schema: TSchema | string): string {
  if (typeof schema === 'string') return schema;
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('Only a named component schema (one with $id) can be referred to');
  return id;
}

/**
 * A reference to a named component schema (`$ref`, so the OpenAPI document names it) that keeps the
 * schema's static type, so a handler's `request.body` is inferred rather than cast.
 */
export const ref = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T>>(Type.Ref(idOf(schema)));
