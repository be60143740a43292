import Type from 'typebox';
import { userRole } from '../../db/schema/index.ts';
import { listParameters, pageSchema, sortParameter } from '../../lib/lists.ts';
import { nullable } from '../../lib/nullable.ts';
import { timestampProperties } from '../../lib/properties.ts';
import { AssociationSlug, MunicipalityCode } from '../municipalities/schemas.ts';
import { PublicBodySlug } from '../public-bodies/schemas.ts';

const Role = Type.Enum(userRole.enumValues, {
  description: '`admin` may do everything; `editor` edits the data of the municipalities in its scope',
});
const Email = Type.String({ format: 'email', maxLength: 254, examples: ['anna.andersson@boras.se'] });
const Password = Type.String({
  minLength: 12,
  maxLength: 200,
  description: 'At least 12 characters',
  examples: ['correct horse battery staple'],
});

const Scope = Type.Object(
  {
    association: nullable(AssociationSlug, {
      description: "An editor's association: its members are in scope",
    }),
    municipality: nullable(MunicipalityCode, { description: "An editor's single municipality" }),
    publicBody: nullable(PublicBodySlug, { description: "An editor's single public body (a region, GITS…)" }),
  },
  { description: 'What an editor may edit: exactly one of the three; all null for an admin' },
);

export const User = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Email,
    name: Type.String({ examples: ['Anna Andersson'] }),
    role: Role,
    scope: Scope,
    active: Type.Boolean({ description: 'Inactive users cannot sign in' }),
    ...timestampProperties,
  },
  { $id: 'User', description: 'A person who signs in to the admin.' },
);

export const UserPage = pageSchema(User, 'A page of users.');

export const UserListQuery = Type.Object(
  {
    role: Type.Optional(Role),
    sort: sortParameter(['email', 'name', 'createdAt'] as const, 'email'),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const UserParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

/** An editor's scope: one association, one municipality or one public body. */
const EditorScope = Type.Optional(
  Type.Object(
    {
      association: Type.Optional(AssociationSlug),
      municipality: Type.Optional(MunicipalityCode),
      publicBody: Type.Optional(PublicBodySlug),
    },
    { additionalProperties: false },
  ),
);

export const NewUser = Type.Object(
  {
    email: Email,
    name: Type.String({ minLength: 1, maxLength: 200, examples: ['Anna Andersson'] }),
    role: Role,
    scope: EditorScope,
    password: Password,
  },
  {
    additionalProperties: false,
    $id: 'NewUser',
    description:
      'An editor needs a scope of exactly one association, one municipality or one public body; an admin has none.',
    examples: [
      {
        email: 'anna.andersson@boras.se',
        name: 'Anna Andersson',
        role: 'editor',
        scope: { association: 'borasregionen' },
        password: 'correct horse battery staple',
      },
    ],
  },
);

export const UserChanges = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    role: Type.Optional(Role),
    scope: EditorScope,
    active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    $id: 'UserChanges',
    description: 'The fields to change; a role change to editor needs a scope.',
    examples: [{ active: false }],
  },
);

export const Credentials = Type.Object(
  { email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) },
  {
    additionalProperties: false,
    $id: 'Credentials',
    examples: [{ email: 'anna.andersson@boras.se', password: 'correct horse battery staple' }],
  },
);

export const SessionInfo = Type.Object(
  {
    user: Type.Ref('User'),
    csrfToken: Type.String({
      description: 'Send it back as X-CSRF-Token on every state-changing request made with the session cookie',
    }),
    expiresAt: Type.String({ format: 'date-time', description: 'When the session ends at the latest' }),
    passwordChangeRequired: Type.Boolean({
      description:
        'The password was generated (first start or a reset), not chosen: the admin asks for a new one with POST /v1/auth/password',
    }),
  },
  { $id: 'SessionInfo', description: 'The signed-in user and the CSRF token of the session.' },
);

export const components = [User, UserPage, NewUser, UserChanges, Credentials, SessionInfo];
