import Type from 'typebox';
import { apiClientKind, rateLimitTier } from '../../db/schema/index.ts';
import { listParameters, pageSchema, sortParameter } from '../../lib/lists.ts';
import { nullable } from '../../lib/nullable.ts';
import { timestampProperties } from '../../lib/properties.ts';

const Kind = Type.Enum(apiClientKind.enumValues, {
  description:
    "`integrator`: a site that shows the register (such as an association's); `supplier`: a supplier organisation",
});
const Tier = Type.Enum(rateLimitTier.enumValues, { description: 'Rate-limit tier' });
const OrganisationNumber = Type.String({
  pattern: '^[0-9]{6}-?[0-9]{4}$',
  description: 'a Swedish organisationsnummer, NNNNNN-NNNN, with a valid check digit',
  examples: ['556036-0793'],
});

export const Supplier = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String({ examples: ['Exempelbolaget AB'] }),
    organisationNumber: OrganisationNumber,
    website: nullable(Type.String({ format: 'uri' })),
    contactEmail: nullable(Type.String({ format: 'email' })),
  },
  { $id: 'Supplier', description: 'A supplier organisation.' },
);

export const ApiClient = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String({ examples: ['VästKom webbplats'] }),
    kind: Kind,
    supplier: nullable(Type.Ref('Supplier')),
    keyPrefix: Type.String({
      description: 'The first characters of the key, to tell keys apart',
      examples: ['vn_Xy3k'],
    }),
    rateLimitTier: Tier,
    lastUsedAt: nullable(Type.String({ format: 'date-time' })),
    revokedAt: nullable(Type.String({ format: 'date-time' })),
    ...timestampProperties,
  },
  { $id: 'ApiClient', description: 'An integrator or supplier that calls the API with a key.' },
);

export const ApiClientPage = pageSchema(ApiClient, 'A page of API clients.');

export const NewApiClient = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Kind,
    supplier: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          organisationNumber: OrganisationNumber,
          website: Type.Optional(Type.String({ format: 'uri', maxLength: 500 })),
          contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
        },
        { additionalProperties: false, description: 'Required for a supplier: the organisation the key belongs to' },
      ),
    ),
    rateLimitTier: Type.Optional(Tier),
  },
  {
    additionalProperties: false,
    $id: 'NewApiClient',
    examples: [
      {
        name: 'Exempelbolaget AB, behovsbevakning',
        kind: 'supplier',
        supplier: { name: 'Exempelbolaget AB', organisationNumber: '556036-0793' },
      },
    ],
  },
);

export const CreatedApiClient = Type.Object(
  {
    client: Type.Ref('ApiClient'),
    key: Type.String({ description: 'The key. It is shown this once and stored only as a hash: keep it now.' }),
  },
  { $id: 'CreatedApiClient', description: 'A new API client and its key.' },
);

export const ApiClientListQuery = Type.Object(
  {
    kind: Type.Optional(Kind),
    revoked: Type.Optional(Type.Boolean({ description: 'true: only revoked keys; false: only live keys' })),
    sort: sortParameter(['name', 'createdAt', 'lastUsedAt'] as const, 'name'),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const ApiClientParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export const components = [Supplier, ApiClient, ApiClientPage, NewApiClient, CreatedApiClient];
