import Type, { type TProperties } from 'typebox';
import { nullable } from './nullable.ts';

/**
 * The fields an organisation's own editors keep up to date, on municipalities and associations alike.
 * null clears a field. `extra` adds fields of one kind of organisation; they keep their static type.
 */
export function contactChanges<Extra extends TProperties = Record<never, never>>(
  id: string,
  example: Record<string, unknown>,
  extra: Extra = {} as Extra,
) {
  return Type.Object(
    {
      ...extra,
      website: Type.Optional(nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }))),
      contactEmail: Type.Optional(nullable(Type.String({ format: 'email', maxLength: 254 }))),
      description: Type.Optional(nullable(Type.String({ maxLength: 5000 }))),
    },
    {
      $id: id,
      additionalProperties: false,
      minProperties: 1,
      description: 'The fields to change; null clears one. Needs If-Match.',
      examples: [example],
    },
  );
}

/** The contact fields, as the representations and the tables name them. */
export const contactFields = ['website', 'contactEmail', 'description'] as const;

export type ContactChanges = { [Field in (typeof contactFields)[number]]?: string | null };
