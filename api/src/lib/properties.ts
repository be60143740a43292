import Type from 'typebox';

/** When a resource was created and last changed: the last properties of every representation that keeps them. */
export const timestampProperties = {
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
};

/** The mark of a fictitious demo row, shown wherever the row is. */
export const demoProperty = { demo: Type.Boolean({ description: 'true for fictitious demo data' }) };

/** A slug: lower-case words joined by hyphens (the database checks the same), each kind with its own words. */
export const slugSchema = (words: { description?: string; examples: string[] }) =>
  Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100, ...words });
