import Type from 'typebox';
import { listParameters, pageSchema, sortParameter } from '../../lib/lists.ts';
import { timestampProperties } from '../../lib/properties.ts';

export const CountyCode = Type.String({
  pattern: '^[0-9]{2}$',
  description: 'a two-digit SCB county code (länskod) such as 14',
  examples: ['14'],
});

export const County = Type.Object(
  {
    code: CountyCode,
    name: Type.String({ examples: ['Västra Götalands län'] }),
    regionName: Type.String({
      description: 'The self-governing region of the county',
      examples: ['Västra Götalandsregionen'],
    }),
    municipalityCount: Type.Integer({ minimum: 0, examples: [49] }),
    ...timestampProperties,
  },
  { $id: 'County', description: 'A Swedish county (län) and the region that governs it.' },
);

export const CountyPage = pageSchema(County, 'A page of counties.');

export const countySorts = ['code', 'name', 'updatedAt'] as const;

export const CountyListQuery = Type.Object(
  { ...listParameters, sort: sortParameter(countySorts, 'code') },
  { additionalProperties: false },
);

export const CountyParams = Type.Object({ code: CountyCode }, { additionalProperties: false });

export const components = [County, CountyPage];
