import Type from 'typebox';
import { adoptionStatus } from '../../db/schema/index.ts';
import { anyOf, listParameters, pageSchema } from '../../lib/lists.ts';
import { nullable } from '../../lib/nullable.ts';
import { demoProperty, timestampProperties } from '../../lib/properties.ts';
import { AssociationSlug, MunicipalityCode } from '../municipalities/schemas.ts';
import { TechnologySlug } from '../technologies/schemas.ts';
import { CategorySlug } from '../technology-categories/schemas.ts';

export const AdoptionStatus = Type.Enum(adoptionStatus.enumValues, {
  description: '`planned`, `pilot`, `implemented`, `scaled` (in use across the organisation) or `discontinued`',
});

const fields = {
  status: AdoptionStatus,
  startedOn: nullable(Type.String({ format: 'date' }), { examples: ['2023-03-01'] }),
  usersCount: nullable(Type.Integer({ minimum: 0, maximum: 1_000_000 }), {
    description: 'How many people use it',
    examples: [120],
  }),
  operatorModel: nullable(Type.String({ maxLength: 500 }), {
    description: 'Who runs it, such as "egen regi" or a shared operator organisation',
    examples: ['Larmcentral i Boråsregionens samverkan'],
  }),
  notes: nullable(Type.String({ maxLength: 5000 })),
};

export const Adoption = Type.Object(
  {
    municipality: Type.Object({ code: MunicipalityCode, name: Type.String({ examples: ['Borås'] }) }),
    technology: Type.Object({ slug: TechnologySlug, name: Type.String({ examples: ['Digital nattillsyn'] }) }),
    ...fields,
    ...demoProperty,
    ...timestampProperties,
  },
  { $id: 'Adoption', description: 'How far a municipality has come with a technology.' },
);

export const AdoptionPage = pageSchema(Adoption, 'A page of adoptions.');

export const AdoptionInput = Type.Object(
  {
    status: AdoptionStatus,
    startedOn: Type.Optional(fields.startedOn),
    usersCount: Type.Optional(fields.usersCount),
    operatorModel: Type.Optional(fields.operatorModel),
    notes: Type.Optional(fields.notes),
  },
  {
    $id: 'AdoptionInput',
    additionalProperties: false,
    description: 'The whole adoption; fields left out become null.',
    examples: [{ status: 'implemented', startedOn: '2023-03-01', usersCount: 120 }],
  },
);

export const AdoptionMap = Type.Object(
  {
    technology: Type.Object({ slug: TechnologySlug, name: Type.String() }),
    municipalities: Type.Array(
      Type.Object({
        code: MunicipalityCode,
        name: Type.String(),
        countyCode: Type.String({ pattern: '^[0-9]{2}$' }),
        status: Type.Union([AdoptionStatus, Type.Literal('none')], { description: '`none` where nothing is recorded' }),
        demo: Type.Boolean({ description: 'true where the status comes from fictitious demo data' }),
      }),
      { description: 'All 290 municipalities, by code' },
    ),
  },
  {
    $id: 'AdoptionMap',
    description: "Every municipality's adoption status of one technology: what a map of Sweden colours.",
  },
);

export const AdoptionListQuery = Type.Object(
  {
    municipality: anyOf(MunicipalityCode, 'In this municipality.'),
    association: anyOf(
      AssociationSlug,
      'In a member municipality of this association (an umbrella includes its children).',
    ),
    technology: anyOf(TechnologySlug, 'Of this technology.'),
    category: anyOf(CategorySlug, 'Of a technology in this category (a top-level category includes its children).'),
    status: anyOf(AdoptionStatus, 'With this status.'),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const AdoptionParams = Type.Object(
  { code: MunicipalityCode, technology: TechnologySlug },
  { additionalProperties: false },
);

export const components = [Adoption, AdoptionPage, AdoptionInput, AdoptionMap];
