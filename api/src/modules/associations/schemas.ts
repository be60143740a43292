import Type from 'typebox';
import { associationKind } from '../../db/schema/index.ts';
import { contactChanges } from '../../lib/contact-fields.ts';
import { anyOf, listParameters, pageSchema, sortParameter } from '../../lib/lists.ts';
import { nullable } from '../../lib/nullable.ts';
import { timestampProperties } from '../../lib/properties.ts';
import { AssociationSlug, MunicipalityCode } from '../municipalities/schemas.ts';

const AssociationKind = Type.Enum(associationKind.enumValues, {
  description:
    '`kommunalforbund` (a federation under the Local Government Act), `membership_organisation`, or `umbrella` (an organisation of associations, such as VästKom)',
});

const AssociationRef = Type.Object({
  slug: AssociationSlug,
  name: Type.String({ examples: ['Västsvenska kommunalförbundens samorganisation'] }),
  shortName: nullable(Type.String(), { examples: ['VästKom'] }),
});

export const Association = Type.Object(
  {
    slug: AssociationSlug,
    name: Type.String({ examples: ['Boråsregionen Sjuhärads kommunalförbund'] }),
    shortName: nullable(Type.String(), { examples: ['Boråsregionen'] }),
    kind: AssociationKind,
    parent: nullable(AssociationRef, { description: 'The umbrella this association belongs to' }),
    children: Type.Array(AssociationRef, { description: 'Associations under this umbrella' }),
    website: nullable(Type.String({ format: 'uri' })),
    contactEmail: nullable(Type.String({ format: 'email' }), {
      description: 'A functional mailbox for welfare technology questions',
    }),
    description: nullable(Type.String()),
    memberCount: Type.Integer({
      minimum: 0,
      description: "Member municipalities; for an umbrella, its children's members",
      examples: [8],
    }),
    members: Type.Array(
      Type.Object({
        code: MunicipalityCode,
        name: Type.String({ examples: ['Borås'] }),
        since: nullable(Type.String({ format: 'date' }), { description: 'Member since' }),
        through: nullable(AssociationSlug, {
          description: 'For an umbrella: the child association the municipality is a member of',
        }),
      }),
      { description: 'Member municipalities in Swedish alphabetical order' },
    ),
    ...timestampProperties,
  },
  {
    $id: 'Association',
    description: 'An association of municipalities: a kommunalförbund, a membership organisation or an umbrella.',
  },
);

export const AssociationPage = pageSchema(Association, 'A page of associations.');

export const associationSorts = ['name', 'slug', 'updatedAt'] as const;

export const AssociationListQuery = Type.Object(
  {
    kind: anyOf(AssociationKind, 'Only associations of this kind.'),
    member: anyOf(MunicipalityCode, 'Only associations this municipality belongs to (directly or through a child).'),
    sort: sortParameter(associationSorts, 'name'),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const AssociationParams = Type.Object({ slug: AssociationSlug }, { additionalProperties: false });

export const MemberParams = Type.Object(
  { slug: AssociationSlug, code: MunicipalityCode },
  { additionalProperties: false },
);

export const AssociationChanges = contactChanges('AssociationChanges', {
  contactEmail: 'valfardsteknik@borasregionen.se',
  description: 'Samordnar välfärdsteknik i Sjuhärad.',
});

export const Membership = Type.Object(
  { since: Type.Optional(nullable(Type.String({ format: 'date' }), { description: 'Member since' })) },
  { $id: 'Membership', additionalProperties: false, examples: [{ since: '2020-01-01' }] },
);

export const components = [Association, AssociationPage, AssociationChanges, Membership];
