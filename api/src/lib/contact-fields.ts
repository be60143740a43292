import Type from 'typebox';

/**
 * The fields an organisation's own editors keep up to date, on municipalities and associations alike.
 * null clears a field.
 */
export function contactChanges(id: string, example: Record<string, unknown>) {
  return Type.Object(
    {
      website: Type.Optional(
        Type.Union([Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }), Type.Null()]),
      ),
      contactEmail: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
      description: Type.Optional(Type.Union([Type.String({ maxLength: 5000 }), Type.Null()])),
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
