import Type from 'typebox';
import { nullable } from './nullable.ts';

/**
 * The fields an organisation's own editors keep up to date, on municipalities and associations alike.
 * null clears a field.
 */
export function contactChanges(
  id: string,
  example: Record<string, unknown>,
  extra: Record<string, import('typebox').TSchema> = {},
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

export type ContactChanges = { website?: string | null; contactEmail?: string | null; description?: string | null };
