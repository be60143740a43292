import Type from 'typebox';
import { contactChanges } from '../../lib/contact-fields.ts';
import { anyOf, listParameters, pageSchema, rankedSortParameter } from '../../lib/lists.ts';
import { nullable } from '../../lib/nullable.ts';
import { slugSchema, timestampProperties } from '../../lib/properties.ts';
import { CountyCode } from '../counties/schemas.ts';

export const MunicipalityCode = Type.String({
  pattern: '^[0-9]{4}$',
  description: 'a four-digit SCB municipality code (kommunkod) such as 0114, leading zero kept',
  examples: ['1490'],
});

export const AssociationSlug = slugSchema({
  description: 'an association slug such as goteborgsregionen',
  examples: ['borasregionen'],
});

export const Municipality = Type.Object(
  {
    code: MunicipalityCode,
    name: Type.String({ examples: ['Borås'] }),
    county: Type.Object(
      { code: CountyCode, name: Type.String({ examples: ['Västra Götalands län'] }) },
      { description: 'The county the municipality lies in' },
    ),
    associations: Type.Array(
      Type.Object({
        slug: AssociationSlug,
        name: Type.String({ examples: ['Boråsregionen Sjuhärads kommunalförbund'] }),
        shortName: nullable(Type.String(), { examples: ['Boråsregionen'] }),
        since: nullable(Type.String({ format: 'date' }), { description: 'Member since' }),
      }),
      { description: 'Associations the municipality is a direct member of' },
    ),
    website: nullable(Type.String({ format: 'uri' })),
    contactEmail: nullable(Type.String({ format: 'email' }), {
      description: 'A functional mailbox for welfare technology questions',
    }),
    description: nullable(Type.String()),
    population: nullable(Type.Integer({ minimum: 0 }), {
      description:
        'Population (inhabitants), where known; SCB on 31 December of `populationYear` unless an editor set it',
      examples: [116_000],
    }),
    populationYear: nullable(Type.Integer({ minimum: 1900, maximum: 2100 }), {
      description: 'The year whose 31 December the population was counted on, where known',
      examples: [2024],
    }),
    populationSource: nullable(Type.Enum(['scb', 'editor']), {
      description:
        '`scb`: folkmängd from Statistics Sweden, loaded with the reference data; `editor`: set by an editor, which the reference data never overwrites',
    }),
    ...timestampProperties,
  },
  {
    $id: 'Municipality',
    description: 'A Swedish municipality (kommun) with its county and the associations it belongs to.',
  },
);

export const MunicipalityPage = pageSchema(Municipality, 'A page of municipalities.');

export const municipalitySorts = ['name', 'code', 'updatedAt'] as const;

export const MunicipalityListQuery = Type.Object(
  {
    county: anyOf(CountyCode, 'Only municipalities in this county.'),
    association: anyOf(
      AssociationSlug,
      'Only members of this association; an umbrella (vastkom) includes the members of its child associations.',
    ),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description:
          'Search the name, ignoring accents and tolerating typos (ostersund finds Östersund). Ranked by relevance unless `sort` is given.',
        examples: ['gotebrg'],
      }),
    ),
    sort: rankedSortParameter(
      municipalitySorts,
      `Sort by ${municipalitySorts.join(', ')}; prefix with - for descending. Ties are broken by the code. Default: relevance with \`q\`, otherwise name.`,
    ),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const MunicipalityParams = Type.Object({ code: MunicipalityCode }, { additionalProperties: false });

export const MunicipalityChanges = contactChanges(
  'MunicipalityChanges',
  { website: 'https://www.boras.se', contactEmail: 'valfardsteknik@boras.se' },
  {
    population: Type.Optional(
      nullable(Type.Integer({ minimum: 0, maximum: 2_000_000 }), {
        description:
          "Inhabitants, which per-capita cost sharing divides by. Setting it makes it the editor's own (`populationSource: editor`): the SCB figures of the reference data no longer replace it",
      }),
    ),
    populationYear: Type.Optional(
      nullable(Type.Integer({ minimum: 1900, maximum: 2100 }), {
        description:
          "The year the population was counted (omitted with a new `population`: unknown). Either field makes the figure the editor's own",
      }),
    ),
  },
);

export const components = [Municipality, MunicipalityPage, MunicipalityChanges];
