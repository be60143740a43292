import Type from 'typebox';
import { maturityDimensions } from '../../db/schema/index.ts';
import { nullable } from '../../lib/nullable.ts';
import { demoProperty, timestampProperties } from '../../lib/properties.ts';
import { AssociationSlug, MunicipalityCode } from '../municipalities/schemas.ts';

const Level = Type.Object(
  {
    level: Type.Integer({ minimum: 1, maximum: 5, description: '1 (not begun) to 5 (established and followed up)' }),
    evidence: nullable(Type.String({ maxLength: 5000 }), { description: 'What the level rests on' }),
  },
  { additionalProperties: false },
);

const dimensionDescription =
  'Per dimension: `strategy`, `organisation`, `competence`, `infrastructure`, `law_ethics_security`, `user_competence`, ' +
  '`procurement_market`, `follow_up`; a dimension not assessed is absent.';

export const Dimensions = Type.Object(
  Object.fromEntries(maturityDimensions.map((dimension) => [dimension, Type.Optional(Level)])),
  { additionalProperties: false, description: dimensionDescription },
);

export const MaturityAssessment = Type.Object(
  {
    municipality: Type.Object({ code: MunicipalityCode, name: Type.String() }),
    year: Type.Integer({ minimum: 2000, maximum: 2100, examples: [2026] }),
    dimensions: Dimensions,
    ...demoProperty,
    ...timestampProperties,
  },
  {
    $id: 'MaturityAssessment',
    description: "A municipality's own assessment of its maturity for welfare technology in one year.",
  },
);

export const MaturityInput = Type.Object(
  {
    dimensions: Type.Object(
      Object.fromEntries(
        maturityDimensions.map((dimension) => [
          dimension,
          Type.Optional(
            Type.Object(
              { level: Level.properties.level, evidence: Type.Optional(Level.properties.evidence) },
              { additionalProperties: false },
            ),
          ),
        ]),
      ),
      { additionalProperties: false, minProperties: 1, description: dimensionDescription },
    ),
  },
  {
    $id: 'MaturityInput',
    additionalProperties: false,
    description: 'The whole assessment of the year; dimensions left out are not assessed.',
    examples: [
      { dimensions: { strategy: { level: 3, evidence: 'Handlingsplan antagen 2025' }, competence: { level: 2 } } },
    ],
  },
);

const Median = Type.Object(
  Object.fromEntries(maturityDimensions.map((dimension) => [dimension, nullable(Type.Number())])),
  { description: 'The median level per dimension among the members that assessed it; null where none did' },
);

export const MaturityComparison = Type.Object(
  {
    association: Type.Object({ slug: AssociationSlug, name: Type.String() }),
    year: Type.Integer(),
    assessedCount: Type.Integer({ minimum: 0, description: 'Members with an assessment for the year' }),
    median: Median,
    members: Type.Array(
      Type.Object({
        municipality: Type.Object({ code: MunicipalityCode, name: Type.String() }),
        dimensions: nullable(Dimensions, { description: 'null: no assessment for the year' }),
        demo: Type.Boolean(),
      }),
      { description: 'Every member municipality, in Swedish alphabetical order' },
    ),
  },
  {
    $id: 'MaturityComparison',
    description: "An association's members side by side, with the median: what an association shows its members.",
  },
);

export const MaturityParams = Type.Object(
  { code: MunicipalityCode, year: Type.Integer({ minimum: 2000, maximum: 2100 }) },
  { additionalProperties: false },
);

export const MaturityQuery = Type.Object(
  {
    association: AssociationSlug,
    year: Type.Integer({ minimum: 2000, maximum: 2100, examples: [2026] }),
  },
  { additionalProperties: false },
);

export const components = [MaturityAssessment, MaturityInput, MaturityComparison];
