import Type from 'typebox';
import { budgetStatus, needStatus } from '../../db/schema/index.ts';
import { anyOf, listParameters, rankedSortParameter, searchParameter, summaryPageSchema } from '../../lib/lists.ts';
import { nullable, optional } from '../../lib/nullable.ts';
import { demoProperty, timestampProperties } from '../../lib/properties.ts';
import { ref } from '../../lib/ref.ts';
import { CountyCode } from '../counties/schemas.ts';
import { AssociationSlug, MunicipalityCode } from '../municipalities/schemas.ts';
import { PublicBodySlug } from '../public-bodies/schemas.ts';
import { TargetGroup, TechnologySlug } from '../technologies/schemas.ts';
import { CategorySlug, categoryFilter } from '../technology-categories/schemas.ts';

export const NeedStatus = Type.Enum(needStatus.enumValues, {
  description:
    '`draft` (only its owners and admins see it) → `published` → `in_dialogue` → `in_procurement` → `solved`; `withdrawn` from any step before solved',
});
export const BudgetStatus = Type.Enum(budgetStatus.enumValues, {
  description: 'Whether money is set aside: `budgeted`, `not_budgeted` or `external_funding`',
});
const Volume = Type.Integer({
  minimum: 0,
  maximum: 10_000_000,
  description: 'Estimated volume: users, homes or devices',
  examples: [120],
});

export const Owner = Type.Object(
  {
    municipality: Type.Optional(MunicipalityCode),
    association: Type.Optional(AssociationSlug),
    publicBody: Type.Optional(PublicBodySlug),
  },
  {
    $id: 'NeedOwner',
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 1,
    description:
      'Who owns the need: `{ "municipality": "1490" }`, `{ "association": "borasregionen" }` or a region, ' +
      '`{ "publicBody": "vastra-gotalandsregionen" }`.',
    examples: [{ municipality: '1490' }],
  },
);

const editable = {
  title: Type.String({ minLength: 1, maxLength: 200, examples: ['Tillsyn nattetid utan att väcka'] }),
  problemStatement: Type.String({
    minLength: 1,
    maxLength: 20000,
    description: 'The problem, stated without naming a solution (Markdown, served as text).',
  }),
  targetGroup: TargetGroup,
  serviceArea: nullable(Type.String({ maxLength: 200 }), { examples: ['Hemtjänst'] }),
  estimatedVolume: nullable(Volume),
  desiredStart: nullable(Type.String({ format: 'date' }), { examples: ['2027-01-01'] }),
  budgetStatus: BudgetStatus,
  contactEmail: nullable(Type.String({ format: 'email', maxLength: 254 }), {
    description: 'A functional mailbox, not a person',
    examples: ['behov@boras.se'],
  }),
};
const links = {
  categories: Type.Array(CategorySlug, { uniqueItems: true, maxItems: 20 }),
  technologies: Type.Array(TechnologySlug, { uniqueItems: true, maxItems: 20 }),
};

export const CoOwner = Type.Object(
  {
    municipality: Type.Object({ code: MunicipalityCode, name: Type.String() }),
    estimatedVolume: Volume,
    comment: nullable(Type.String({ maxLength: 2000 })),
    ...demoProperty,
    since: Type.String({ format: 'date-time' }),
  },
  { $id: 'NeedCoOwner', description: 'A municipality that has the need too, with its own volume.' },
);

export const PublicBodyCoOwner = Type.Object(
  {
    publicBody: Type.Ref('PublicBodyRef'),
    estimatedVolume: Volume,
    comment: nullable(Type.String({ maxLength: 2000 })),
    ...demoProperty,
    since: Type.String({ format: 'date-time' }),
  },
  { $id: 'NeedPublicBodyCoOwner', description: 'A region that has the need too, with its own volume.' },
);

export const Need = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    ...editable,
    owner: Type.Object(
      {
        kind: Type.Enum(['municipality', 'association', 'public_body']),
        code: nullable(MunicipalityCode, { description: 'The municipality, when one owns it' }),
        slug: nullable(AssociationSlug, { description: 'The association or public body (a region), when one owns it' }),
        name: Type.String(),
      },
      { description: 'The municipality, association or region (`public_body`) that owns the need' },
    ),
    coOwners: Type.Array(Type.Ref('NeedCoOwner')),
    publicBodyCoOwners: Type.Array(Type.Ref('NeedPublicBodyCoOwner'), {
      description: 'Regions that have the need too, each with its own volume (pooled like a municipality’s)',
    }),
    pooledVolume: Type.Integer({
      minimum: 0,
      description: "The owner's estimated volume plus every co-owner's, municipalities and regions alike",
    }),
    municipalityCount: Type.Integer({
      minimum: 0,
      description:
        "Municipalities that have the need: the owning municipality (or the owning association's members) and the co-owners",
    }),
    categories: Type.Array(Type.Object({ slug: CategorySlug, name: Type.String() })),
    technologies: Type.Array(Type.Object({ slug: TechnologySlug, name: Type.String() })),
    status: NeedStatus,
    procurement: nullable(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        reference: Type.String(),
        title: Type.String(),
        stage: Type.String(),
      }),
      { description: 'The procurement collaboration that takes the need on' },
    ),
    publishedAt: nullable(Type.String({ format: 'date-time' })),
    ...demoProperty,
    snippet: nullable(Type.String(), {
      description: 'With `q`: the best-matching passage, matches marked with <mark>…</mark>; otherwise null',
    }),
    ...timestampProperties,
  },
  {
    $id: 'Need',
    description:
      "A municipality's, association's or region's need, stated without naming a solution, with pooled volume.",
  },
);

/** A list item: what a list of needs is for (seeing the market); `GET /v1/needs/{id}` gives everything. */
export const NeedSummary = Type.Object(
  {
    id: Need.properties.id,
    title: editable.title,
    targetGroup: editable.targetGroup,
    serviceArea: editable.serviceArea,
    estimatedVolume: editable.estimatedVolume,
    desiredStart: editable.desiredStart,
    budgetStatus: editable.budgetStatus,
    owner: Need.properties.owner,
    pooledVolume: Need.properties.pooledVolume,
    municipalityCount: Need.properties.municipalityCount,
    coOwnerCount: Type.Integer({ minimum: 0, description: 'How many municipalities have joined as co-owners' }),
    publicBodyCoOwnerCount: Type.Integer({ minimum: 0, description: 'How many regions have joined as co-owners' }),
    categories: Need.properties.categories,
    technologies: Need.properties.technologies,
    status: NeedStatus,
    procurement: Need.properties.procurement,
    publishedAt: Need.properties.publishedAt,
    ...demoProperty,
    snippet: Need.properties.snippet,
    ...timestampProperties,
  },
  {
    $id: 'NeedSummary',
    description:
      'A need as a list shows it; its problem statement, contact and co-owners are in `Need`, from `GET /v1/needs/{id}`.',
  },
);

export const NeedPage = summaryPageSchema(NeedSummary, 'needs');

export const NewNeed = Type.Object(
  {
    owner: ref(Owner),
    title: editable.title,
    problemStatement: editable.problemStatement,
    targetGroup: editable.targetGroup,
    ...optional({
      serviceArea: editable.serviceArea,
      estimatedVolume: editable.estimatedVolume,
      desiredStart: editable.desiredStart,
      budgetStatus: editable.budgetStatus,
      contactEmail: editable.contactEmail,
      categories: links.categories,
      technologies: links.technologies,
    }),
  },
  {
    $id: 'NewNeed',
    additionalProperties: false,
    description: 'A new need starts as a draft, seen only by its owners and admins.',
    examples: [
      {
        owner: { municipality: '1490' },
        title: 'Tillsyn nattetid utan att väcka',
        problemStatement: 'Nattliga tillsynsbesök väcker brukare som sover dåligt.',
        targetGroup: 'elderly_care',
        estimatedVolume: 120,
        categories: ['trygghet-och-larm'],
      },
    ],
  },
);

export const NeedChanges = Type.Object(
  {
    ...optional({ ...editable, ...links }),
    status: Type.Optional(NeedStatus),
  },
  {
    $id: 'NeedChanges',
    additionalProperties: false,
    minProperties: 1,
    description:
      'The fields to change; `status` moves it along its workflow (409 naming the allowed steps). Needs If-Match.',
    examples: [{ status: 'published' }],
  },
);

export const NewCoOwner = Type.Object(
  {
    municipality: MunicipalityCode,
    estimatedVolume: Volume,
    comment: Type.Optional(nullable(Type.String({ maxLength: 2000 }))),
  },
  {
    $id: 'NewCoOwner',
    additionalProperties: false,
    description: '"We have this need too": a municipality joins a published need with its own volume.',
    examples: [{ municipality: '1491', estimatedVolume: 40 }],
  },
);

export const NewPublicBodyCoOwner = Type.Object(
  {
    publicBody: PublicBodySlug,
    estimatedVolume: Volume,
    comment: Type.Optional(nullable(Type.String({ maxLength: 2000 }))),
  },
  {
    $id: 'NewPublicBodyCoOwner',
    additionalProperties: false,
    description: '"We have this need too": a region joins a published need with its own volume.',
    examples: [{ publicBody: 'vastra-gotalandsregionen', estimatedVolume: 300 }],
  },
);

export const SupplierInterest = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    need: Type.Object({ id: Type.String({ format: 'uuid' }), title: Type.String() }),
    supplier: Type.Object({
      id: Type.String({ format: 'uuid' }),
      name: Type.String(),
      organisationNumber: Type.String(),
    }),
    message: Type.String(),
    link: nullable(Type.String({ format: 'uri' })),
    ...timestampProperties,
  },
  {
    $id: 'SupplierInterest',
    description: "A supplier's interest in a need; seen by that supplier, the need's owners and admins only.",
  },
);

export const SupplierInterestList = Type.Object(
  { items: Type.Array(Type.Ref('SupplierInterest')) },
  { $id: 'SupplierInterestList', description: 'The interests the caller may see on a need.' },
);

export const NewSupplierInterest = Type.Object(
  {
    message: Type.String({ minLength: 1, maxLength: 5000, examples: ['Vi har en lösning i drift i tre kommuner.'] }),
    link: Type.Optional(nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
  },
  {
    $id: 'NewSupplierInterest',
    additionalProperties: false,
    description: "A supplier's expression of interest; one per supplier and need.",
  },
);

export const needSorts = ['updatedAt', 'pooledVolume', 'desiredStart'] as const;

export const NeedListQuery = Type.Object(
  {
    category: categoryFilter,
    technology: anyOf(TechnologySlug, 'Linked to this technology.'),
    county: anyOf(CountyCode, 'Had by a municipality in this county (owner, owning association member or co-owner).'),
    association: anyOf(
      AssociationSlug,
      'Had by a member of this association (an umbrella includes its children), or owned by it.',
    ),
    owner: anyOf(
      Type.Union([MunicipalityCode, AssociationSlug]),
      'Owned or co-owned by this municipality (code), association or public body (slug).',
    ),
    status: anyOf(NeedStatus, 'With this status. Default: every status you may see (drafts only within your scope).'),
    targetGroup: anyOf(TargetGroup, 'For this target group.'),
    minVolume: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 2_000_000_000, description: 'Pooled volume at least this.' }),
    ),
    desiredStartBefore: Type.Optional(
      Type.String({ format: 'date', description: 'Wanted in use before this date.', examples: ['2027-06-30'] }),
    ),
    q: searchParameter('title, service area and problem', 'nattillsyn'),
    sort: rankedSortParameter(
      needSorts,
      'Sort by updatedAt, pooledVolume or desiredStart (undated last); - for descending. Default: relevance with `q`, otherwise -updatedAt.',
    ),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const NeedParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const CoOwnerParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), code: MunicipalityCode },
  { additionalProperties: false },
);

export const PublicBodyCoOwnerParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), slug: PublicBodySlug },
  { additionalProperties: false },
);

export const components = [
  Owner,
  CoOwner,
  PublicBodyCoOwner,
  NewPublicBodyCoOwner,
  Need,
  NeedSummary,
  NeedPage,
  NewNeed,
  NeedChanges,
  NewCoOwner,
  SupplierInterest,
  SupplierInterestList,
  NewSupplierInterest,
];
