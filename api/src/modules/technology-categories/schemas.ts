import Type from 'typebox';
import { anyOf, listParameters, pageSchema, sortParameter } from '../../lib/lists.ts';
import { nullable } from '../../lib/nullable.ts';
import { slugSchema, timestampProperties } from '../../lib/properties.ts';

export const CategorySlug = slugSchema({
  description: 'a category slug such as trygghet-och-larm',
  examples: ['trygghet-och-larm'],
});

/** The list filter by category, which takes a top-level category's children in. */
export const categoryFilter = anyOf(CategorySlug, 'In this category; a top-level category includes its children.');

const CategoryRef = Type.Object({ slug: CategorySlug, name: Type.String({ examples: ['Trygghet och larm'] }) });

export const TechnologyCategory = Type.Object(
  {
    slug: CategorySlug,
    name: Type.String({ examples: ['Trygghet och larm'] }),
    description: nullable(Type.String()),
    parent: nullable(CategoryRef, { description: 'The category above; categories have two levels' }),
    children: Type.Array(CategoryRef, { description: 'The categories below, in Swedish alphabetical order' }),
    technologyCount: Type.Integer({ minimum: 0, description: 'Published technologies in it and its children' }),
    ...timestampProperties,
  },
  { $id: 'TechnologyCategory', description: 'A category of welfare technology (two levels at most).' },
);

export const TechnologyCategoryPage = pageSchema(TechnologyCategory, 'A page of categories.');

export const NewTechnologyCategory = Type.Object(
  {
    slug: CategorySlug,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(nullable(Type.String({ maxLength: 5000 }))),
    parent: Type.Optional(nullable(CategorySlug, { description: 'A top-level category' })),
  },
  {
    $id: 'NewTechnologyCategory',
    additionalProperties: false,
    examples: [{ slug: 'larm', name: 'Larm', parent: 'trygghet-och-larm' }],
  },
);

export const TechnologyCategoryChanges = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    description: Type.Optional(nullable(Type.String({ maxLength: 5000 }))),
    parent: Type.Optional(nullable(CategorySlug)),
  },
  {
    $id: 'TechnologyCategoryChanges',
    additionalProperties: false,
    minProperties: 1,
    description: 'The fields to change. Needs If-Match.',
    examples: [{ description: 'Larm och sensorer som ger trygghet i hemmet.' }],
  },
);

export const TechnologyCategoryListQuery = Type.Object(
  {
    parent: Type.Optional(
      Type.Union([CategorySlug, Type.Literal('none')], { description: 'Children of this category; `none`: top level' }),
    ),
    sort: sortParameter(['name', 'slug', 'updatedAt'] as const, 'name'),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const TechnologyCategoryParams = Type.Object({ slug: CategorySlug }, { additionalProperties: false });

export const components = [
  TechnologyCategory,
  TechnologyCategoryPage,
  NewTechnologyCategory,
  TechnologyCategoryChanges,
];
