import Type from 'typebox';
import { guideKind, publicationStatus, readiness, targetGroup } from '../../db/schema/index.ts';
import { anyOf, listParameters, rankedSortParameter, searchParameter, summaryPageSchema } from '../../lib/lists.ts';
import { nullable, optional } from '../../lib/nullable.ts';
import { slugSchema, timestampProperties } from '../../lib/properties.ts';
import { AssociationSlug, MunicipalityCode } from '../municipalities/schemas.ts';
import { CategorySlug, categoryFilter } from '../technology-categories/schemas.ts';

export const TechnologySlug = slugSchema({
  description: 'a technology slug such as digital-nattillsyn',
  examples: ['digital-nattillsyn'],
});

export const TargetGroup = Type.Enum(targetGroup.enumValues, {
  description:
    '`elderly_care` (äldreomsorg), `disability_support` (funktionsstöd), `individual_family_care` (individ- och familjeomsorg), `home_health_care` (hemsjukvård)',
});
export const Readiness = Type.Enum(readiness.enumValues, {
  description: "How ready it is for use, as the rings of KL's Teknologiradar: `established`, `try`, `watch`, `wait`",
});
export const PublicationStatus = Type.Enum(publicationStatus.enumValues, {
  description: '`draft` (admins only) → `published` → `archived`',
});

const texts = (description: string, example: string) =>
  Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 50, description, examples: [[example]] });

/** The fields an admin writes; the representation adds what the register derives. */
const editable = {
  name: Type.String({ minLength: 1, maxLength: 200, examples: ['Digital nattillsyn'] }),
  summary: Type.String({
    minLength: 1,
    maxLength: 1000,
    examples: ['Tillsyn nattetid med kamera i stället för besök.'],
  }),
  description: Type.String({ maxLength: 50000, description: 'Markdown, as written.' }),
  targetGroups: Type.Array(TargetGroup, { uniqueItems: true, maxItems: 4 }),
  benefits: texts('What it gives the person and the organisation', 'Ostörd nattsömn'),
  legalBasis: texts('What in law it rests on', 'SoL 4 kap. 1 §'),
  ethicalConsiderations: nullable(Type.String({ maxLength: 10000 })),
  infrastructureRequirements: nullable(Type.String({ maxLength: 10000 })),
  competenceRequirements: nullable(Type.String({ maxLength: 10000 })),
  standards: texts('Standards it follows', 'SS 91100 (SCAIP)'),
  iso9999Codes: Type.Array(Type.String({ pattern: '^[0-9]{2}( [0-9]{2}){0,2}$' }), {
    maxItems: 20,
    description: 'ISO 9999 classification codes (codes only)',
    examples: [['22 27 18']],
  }),
  readiness: Readiness,
  costIndication: nullable(Type.String({ maxLength: 1000 })),
};

const AdoptionSummary = Type.Object(
  {
    planned: Type.Integer({ minimum: 0 }),
    pilot: Type.Integer({ minimum: 0 }),
    implemented: Type.Integer({ minimum: 0 }),
    scaled: Type.Integer({ minimum: 0 }),
    discontinued: Type.Integer({ minimum: 0 }),
    total: Type.Integer({ minimum: 0 }),
  },
  { description: 'How many municipalities have recorded each adoption status' },
);

export const Technology = Type.Object(
  {
    slug: TechnologySlug,
    ...editable,
    category: Type.Object({
      slug: CategorySlug,
      name: Type.String(),
      parent: nullable(Type.Object({ slug: CategorySlug, name: Type.String() })),
    }),
    descriptionHtml: Type.String({
      description:
        'The description rendered from Markdown to HTML that is safe to show: HTML in the Markdown is escaped.',
    }),
    status: PublicationStatus,
    publishedAt: nullable(Type.String({ format: 'date-time' })),
    adoptionSummary: AdoptionSummary,
    guides: Type.Array(
      Type.Object({
        slug: Type.String(),
        title: Type.String(),
        kind: Type.Enum(guideKind.enumValues),
      }),
      { description: 'Published guides about it' },
    ),
    snippet: nullable(Type.String(), {
      description: 'With `q`: the best-matching passage, matches marked with <mark>…</mark>; otherwise null',
    }),
    ...timestampProperties,
  },
  {
    $id: 'Technology',
    description: 'A type of welfare technology (not a product), with what it demands and who uses it.',
  },
);

/** A list item: what a list is for (choosing one); `GET /v1/technologies/{slug}` gives everything. */
export const TechnologySummary = Type.Object(
  {
    slug: Technology.properties.slug,
    name: editable.name,
    summary: editable.summary,
    targetGroups: editable.targetGroups,
    readiness: Readiness,
    standards: editable.standards,
    iso9999Codes: editable.iso9999Codes,
    category: Technology.properties.category,
    status: PublicationStatus,
    publishedAt: Technology.properties.publishedAt,
    adoptionSummary: AdoptionSummary,
    snippet: Technology.properties.snippet,
    ...timestampProperties,
  },
  {
    $id: 'TechnologySummary',
    description:
      'A technology as a list shows it; its description, requirements, legal basis and guides are in `Technology`, from `GET /v1/technologies/{slug}`.',
  },
);

export const TechnologyPage = summaryPageSchema(TechnologySummary, 'technologies');

export const NewTechnology = Type.Object(
  {
    slug: TechnologySlug,
    category: CategorySlug,
    ...editable,
    ...optional({
      description: editable.description,
      targetGroups: editable.targetGroups,
      benefits: editable.benefits,
      legalBasis: editable.legalBasis,
      ethicalConsiderations: editable.ethicalConsiderations,
      infrastructureRequirements: editable.infrastructureRequirements,
      competenceRequirements: editable.competenceRequirements,
      standards: editable.standards,
      iso9999Codes: editable.iso9999Codes,
      costIndication: editable.costIndication,
    }),
  },
  {
    $id: 'NewTechnology',
    additionalProperties: false,
    description: 'A new technology starts as a draft.',
    examples: [
      {
        slug: 'digital-nattillsyn',
        category: 'trygghet-och-larm',
        name: 'Digital nattillsyn',
        summary: 'Tillsyn nattetid med kamera i stället för besök.',
        targetGroups: ['elderly_care'],
        legalBasis: ['SoL 4 kap. 1 §', 'Samtycke från den enskilde'],
        readiness: 'established',
      },
    ],
  },
);

export const TechnologyChanges = Type.Object(
  {
    category: Type.Optional(CategorySlug),
    status: Type.Optional(PublicationStatus),
    ...optional(editable),
  },
  {
    $id: 'TechnologyChanges',
    additionalProperties: false,
    minProperties: 1,
    description:
      'The fields to change; `status` moves it draft → published → archived (and archived → published). Needs If-Match.',
    examples: [{ status: 'published' }],
  },
);

export const technologySorts = ['name', 'updatedAt', 'adoptionCount'] as const;

export const TechnologyListQuery = Type.Object(
  {
    category: categoryFilter,
    targetGroup: anyOf(TargetGroup, 'For this target group.'),
    readiness: anyOf(Readiness, 'At this readiness.'),
    standard: anyOf(
      Type.String({ minLength: 1, maxLength: 100 }),
      'Following this standard (exact text, such as "SS 91100 (SCAIP)").',
    ),
    status: anyOf(PublicationStatus, 'With this status; anything but `published` is for admins. Default: published.'),
    adoptedIn: anyOf(MunicipalityCode, 'Adopted (any status but discontinued) in this municipality.'),
    association: anyOf(
      AssociationSlug,
      'Adopted in a member municipality of this association (an umbrella includes its children).',
    ),
    q: searchParameter('name, summary and description', 'nattkamera'),
    sort: rankedSortParameter(
      technologySorts,
      'Sort by name, updatedAt or adoptionCount; - for descending. Default: relevance with `q`, otherwise name.',
    ),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const TechnologyParams = Type.Object({ slug: TechnologySlug }, { additionalProperties: false });

export const components = [Technology, TechnologySummary, TechnologyPage, NewTechnology, TechnologyChanges];
