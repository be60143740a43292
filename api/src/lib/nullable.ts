import Type, { type Static, type TOptional, type TSchema } from 'typebox';

/**
 * A value or null, written as a JSON Schema type list (`type: ['string', 'null']`) rather than
 * `anyOf`: the response serialiser then writes it directly, where `anyOf` would make it validate each
 * value against every branch first (measured: a large share of a list response's time).
 */
export function nullable<T extends TSchema>(schema: T, options: Record<string, unknown> = {}) {
  const base = schema as unknown as Record<string, unknown>;
  if (typeof base.type === 'string') {
    return Type.Unsafe<Static<T> | null>({ ...base, ...options, type: [base.type, 'null'] });
  }
  if (Array.isArray(base.enum) && base.type === undefined) {
    return Type.Unsafe<Static<T> | null>({ ...base, ...options, type: ['string', 'null'], enum: [...base.enum, null] });
  }
  return Type.Unsafe<Static<T> | null>({ ...options, anyOf: [schema, { type: 'null' }] });
}

/** The same fields, each optional: the body of a PATCH made from the fields of a representation. */
export const optional = <Fields extends Record<string, TSchema>>(fields: Fields) =>
  Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, Type.Optional(schema)])) as {
    [Key in keyof Fields]: TOptional<Fields[Key]>;
  };
