import Type from 'typebox';
import { contactChanges } from '../../lib/contact-fields.ts';
import { anyOf, listParameters, pageSchema, sortParameter } from '../../lib/lists.ts';
import { AssociationSlug, MunicipalityCode } from '../municipalities/schemas.ts';

const AssociationKind = Type.Enum(['kommunalforbund', 'membership_organisation', 'umbrella'], {
  description:
    '`kommunalforbund` (a federation under the Local Government Act), `membership_organisation`, or `umbrella` (an organisation of associations, such as VästKom)',
});

const AssociationRef = Type.Object({
  slug: AssociationSlug,
  name: Type.String({ examples: ['Västsvenska kommunalförbundens samorganisation'] }),
  shortName: Type.Union([Type.String(), Type.Null()], { examples: ['VästKom'] }),
});

export const Association = Type.Object(
  {
    slug: AssociationSlug,
    name: Type.String({ examples: ['Boråsregionen Sjuhärads kommunalförbund'] }),
    shortName: Type.Union([Type.String(), Type.Null()], { examples: ['Boråsregionen'] }),
    kind: AssociationKind,
    parent: Type.Union([AssociationRef, Type.Null()], { description: 'The umbrella this association belongs to' }),
    children: Type.Array(AssociationRef, { description: 'Associations under this umbrella' }),
    website: Type.Union([Type.String({ format: 'uri' }), Type.Null()]),
    contactEmail: Type.Union([Type.String({ format: 'email' }), Type.Null()], {
      description: 'A functional mailbox for welfare technology questions',
    }),
    description: Type.Union([Type.String(), Type.Null()]),
    memberCount: Type.Integer({
      minimum: 0,
      description: "Member municipalities; for an umbrella, its children's members",
      examples: [8],
    }),
    members: Type.Array(
      Type.Object({
        code: MunicipalityCode,
        name: Type.String({ examples: ['Borås'] }),
        since: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'Member since' }),
        through: Type.Union([AssociationSlug, Type.Null()], {
          description: 'For an umbrella: the child association the municipality is a member of',
        }),
      }),
      { description: 'Member municipalities in Swedish alphabetical order' },
    ),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  {
    $id: 'Association',
    description: 'An association of municipalities: a kommunalförbund, a membership organisation or an umbrella.',
  },
);

export const AssociationPage = pageSchema('AssociationPage', 'Association', 'A page of associations.');

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
  { since: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'Member since' })) },
  { $id: 'Membership', additionalProperties: false, examples: [{ since: '2020-01-01' }] },
);

export const components = [Association, AssociationPage, AssociationChanges, Membership];
