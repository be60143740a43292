import Type from 'typebox';
import { publicBodyKind } from '../../db/schema/index.ts';
import { contactChanges } from '../../lib/contact-fields.ts';
import { anyOf, listParameters, pageSchema, sortParameter } from '../../lib/lists.ts';
import { nullable } from '../../lib/nullable.ts';
import { demoProperty, slugSchema, timestampProperties } from '../../lib/properties.ts';
import { CountyCode } from '../counties/schemas.ts';
import { AssociationSlug, MunicipalityCode } from '../municipalities/schemas.ts';

export const PublicBodySlug = slugSchema({
  description: 'a public body slug such as vastra-gotalandsregionen',
  examples: ['vastra-gotalandsregionen'],
});

export const PublicBodyKind = Type.Enum(publicBodyKind.enumValues, {
  description:
    '`region` (one per county, from the reference data), `cooperation_body` (such as a vårdsamverkan), ' +
    '`it_coordination` (a joint IT coordination function such as GITS), `network` or `other`',
});

/** The kinds an admin adds; the regions come from the reference data. */
const AddedKind = Type.Enum(
  publicBodyKind.enumValues.filter((kind) => kind !== 'region'),
  { description: '`cooperation_body`, `it_coordination`, `network` or `other` (regions come from the reference data)' },
);

/** A public body where another representation names one. */
export const PublicBodyRef = Type.Object(
  { slug: PublicBodySlug, name: Type.String({ examples: ['Västra Götalandsregionen'] }), kind: PublicBodyKind },
  { $id: 'PublicBodyRef', description: 'A public body: its slug, name and kind.' },
);

const named = { name: Type.String() };

export const PublicBody = Type.Object(
  {
    slug: PublicBodySlug,
    name: Type.String({ examples: ['Västra Götalandsregionen'] }),
    shortName: nullable(Type.String(), { examples: ['VGR'] }),
    kind: PublicBodyKind,
    county: nullable(Type.Object({ code: CountyCode, ...named }), { description: "A region's county" }),
    municipality: nullable(Type.Object({ code: MunicipalityCode, ...named }), {
      description:
        'For Region Gotland: the municipality that has the responsibilities of a region (the same organisation; ' +
        "its municipality's editors act for the region)",
    }),
    website: nullable(Type.String({ format: 'uri' })),
    contactEmail: nullable(Type.String({ format: 'email' }), {
      description: 'A functional mailbox for welfare technology questions',
    }),
    description: nullable(Type.String()),
    serves: Type.Object(
      {
        municipalities: Type.Array(Type.Object({ code: MunicipalityCode, ...named })),
        associations: Type.Array(Type.Object({ slug: AssociationSlug, ...named })),
      },
      { description: 'The municipalities and associations the body serves, in Swedish alphabetical order' },
    ),
    ...demoProperty,
    ...timestampProperties,
  },
  {
    $id: 'PublicBody',
    description:
      'A public body beside the municipalities and associations: a region, a cooperation body, an IT coordination ' +
      'function or a network.',
  },
);

export const PublicBodyPage = pageSchema(PublicBody, 'A page of public bodies.');

export const publicBodySorts = ['name', 'slug', 'updatedAt'] as const;

export const PublicBodyListQuery = Type.Object(
  {
    kind: anyOf(PublicBodyKind, 'Only bodies of this kind.'),
    county: anyOf(CountyCode, 'Only the region of this county.'),
    serves: anyOf(
      Type.Union([MunicipalityCode, AssociationSlug]),
      'Only bodies that serve this municipality (code) or association (slug).',
    ),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'Name search, accent-insensitive and typo-tolerant: `vastra gotaland` finds the region.',
        examples: ['gotaland'],
      }),
    ),
    sort: sortParameter(publicBodySorts, 'name'),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const PublicBodyParams = Type.Object({ slug: PublicBodySlug }, { additionalProperties: false });

const Serves = Type.Object(
  {
    municipalities: Type.Array(MunicipalityCode, { uniqueItems: true, maxItems: 290 }),
    associations: Type.Array(AssociationSlug, { uniqueItems: true, maxItems: 100 }),
  },
  { additionalProperties: false, description: 'Replaces whom the body serves' },
);
const name = Type.String({ minLength: 1, maxLength: 200, examples: ['GITS'] });
const shortName = nullable(Type.String({ minLength: 1, maxLength: 50 }), { examples: ['GITS'] });

export const NewPublicBody = Type.Object(
  {
    slug: PublicBodySlug,
    name,
    kind: AddedKind,
    shortName: Type.Optional(shortName),
    website: Type.Optional(nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }))),
    contactEmail: Type.Optional(nullable(Type.String({ format: 'email', maxLength: 254 }))),
    description: Type.Optional(nullable(Type.String({ maxLength: 5000 }))),
    serves: Type.Optional(Serves),
  },
  {
    $id: 'NewPublicBody',
    additionalProperties: false,
    description: 'A body an admin adds; regions come from the reference data.',
    examples: [
      {
        slug: 'gits',
        name: 'Gemensam IT-samordningsfunktion',
        kind: 'it_coordination',
        shortName: 'GITS',
        contactEmail: 'gits@vastkom.se',
        serves: { municipalities: [], associations: ['vastkom'] },
      },
    ],
  },
);

export const PublicBodyChanges = contactChanges(
  'PublicBodyChanges',
  { contactEmail: 'valfardsteknik@vgregion.se' },
  {
    name: Type.Optional(name),
    shortName: Type.Optional(shortName),
    serves: Type.Optional(Serves),
  },
);

export const components = [PublicBodyRef, PublicBody, PublicBodyPage, NewPublicBody, PublicBodyChanges];
