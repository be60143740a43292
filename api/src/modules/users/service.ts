import { randomUUID } from 'node:crypto';
import type { Static } from 'typebox';
import type { Actor, ChangeActor, Precondition } from '../../changes/context.ts';
import { ADMINS, type DomainEvent } from '../../changes/events.ts';
import { UNCONDITIONAL } from '../../changes/preconditions.ts';
import { create, deleteEntity, updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { assertKnown } from '../../db/references.ts';
import { associations, municipalities, publicBodies } from '../../db/schema/index.ts';
import { assertStrongPassword, hashPassword } from '../../lib/passwords.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { randomToken } from '../../lib/tokens.ts';
import {
  adminExists,
  deleteUser,
  endSessionsOf,
  findUser,
  findUserToReset,
  insertUser,
  otherActiveAdmins,
  type UserRow,
  updateUser,
} from './repository.ts';
import type { NewUser, UserChanges } from './schemas.ts';

type Role = Static<typeof NewUser>['role'];
/** A scope as a body gives it, or as a user has it (for a role change that keeps it). */
type ScopeInput = { association?: string | null; municipality?: string | null; publicBody?: string | null } | undefined;
type User = NonNullable<UserRow>;

/** The scope columns for a role, after checking that the scope fits the role and exists. */
async function scopeColumns(db: Db, role: Role, scope: ScopeInput) {
  const association = scope?.association ?? null;
  const municipality = scope?.municipality ?? null;
  const publicBody = scope?.publicBody ?? null;
  if (role === 'admin') {
    if (association || municipality || publicBody) {
      throw new HttpProblem(422, 'An admin has no scope', {
        errors: [{ pointer: '/body/scope', detail: 'must be empty for an admin' }],
      });
    }
    return { scopeAssociationSlug: null, scopeMunicipalityCode: null, scopePublicBodySlug: null };
  }
  if ([association, municipality, publicBody].filter((key) => key !== null).length !== 1) {
    throw new HttpProblem(
      422,
      'An editor needs a scope of exactly one association, one municipality or one public body',
      {
        errors: [
          { pointer: '/body/scope', detail: 'must name one of an association, a municipality or a public body' },
        ],
      },
    );
  }
  await assertKnown(db, associations.slug, association, '/body/scope/association', ['association', 'slug']);
  await assertKnown(db, municipalities.code, municipality, '/body/scope/municipality', ['municipality', 'code']);
  await assertKnown(db, publicBodies.slug, publicBody, '/body/scope/publicBody', ['public body', 'slug']);
  return { scopeAssociationSlug: association, scopeMunicipalityCode: municipality, scopePublicBodySlug: publicBody };
}

/** There must always be an active admin left, or no one could manage the register. */
async function assertOtherAdminRemains(db: Db, id: string) {
  if ((await otherActiveAdmins(db, id)) === 0) {
    throw new HttpProblem(409, 'This is the last active admin; make another admin first');
  }
}

/**
 * The hash stored for a password an admin sets, on creation and on a reset. Hashing is slow on
 * purpose, so it runs before the transaction, not inside it.
 */
const passwordHashFor = (password: string) => hashPassword(password);

/**
 * The events of a change to a user, for admins only; their data is the representation, which never
 * holds the password hash. A deactivation and a password reset are named as such; any other change,
 * reactivation included, is `user.updated`.
 */
function userEvents(before: User, after: User, passwordReset: boolean): DomainEvent[] {
  const deactivated = before.active && !after.active;
  const edited =
    before.name !== after.name ||
    before.role !== after.role ||
    before.scope.association !== after.scope.association ||
    before.scope.municipality !== after.scope.municipality ||
    before.scope.publicBody !== after.scope.publicBody ||
    (!before.active && after.active);
  const events: DomainEvent[] = [
    ...(edited ? [{ type: 'user.updated', audience: ADMINS }] : []),
    ...(deactivated ? [{ type: 'user.deactivated', audience: ADMINS }] : []),
    ...(passwordReset ? [{ type: 'user.password_reset', audience: ADMINS }] : []),
  ];
  return events.length > 0 ? events : [{ type: 'user.updated', audience: ADMINS }];
}

/** The people who sign in to the admin: created, changed and deleted by admins. */
export function createUserService({ db }: { db: Db }) {
  const target = (id: string) => ({
    entityType: 'user',
    key: id,
    find: (tx: Db, lock: boolean) => findUser(tx, id, lock),
    missing: `No user has the id ${id}`,
  });

  return {
    async create(actor: Actor, body: Static<typeof NewUser>) {
      const { password, scope, ...fields } = body;
      await assertStrongPassword(password, body);
      const passwordHash = await passwordHashFor(password);
      const id = randomUUID();
      return create(db, actor, {
        entityType: 'user',
        key: id,
        insert: async (tx) =>
          insertUser(tx, id, { ...fields, ...(await scopeColumns(tx, body.role, scope)), passwordHash }),
        find: (tx) => findUser(tx, id),
        taken: { detail: 'A user with this email exists already', pointer: '/body/email' },
        events: () => [{ type: 'user.created', audience: ADMINS }],
      });
    },

    /**
     * Changes name, role, scope, whether the user may sign in, or resets the password: a reset ends
     * every session of the user, so whoever knew the old password is signed out.
     */
    async update(actor: Actor, id: string, body: Static<typeof UserChanges>, precondition: Precondition) {
      if (body.password) {
        const person = await findUser(db, id);
        await assertStrongPassword(body.password, { email: person?.email, name: body.name ?? person?.name });
      }
      const passwordHash = body.password ? await passwordHashFor(body.password) : undefined;
      return updateEntity(db, actor, {
        ...target(id),
        precondition,
        apply: async (tx, before) => {
          const role = body.role ?? before.role;
          const scope =
            body.role !== undefined || body.scope !== undefined
              ? await scopeColumns(tx, role, body.scope ?? (body.role === 'admin' ? undefined : before.scope))
              : {};
          if (before.role === 'admin' && (role !== 'admin' || body.active === false))
            await assertOtherAdminRemains(tx, id);
          // A reset ends the user's sessions, and the user must choose their own password at the next
          // sign-in; an admin resetting their own keeps the session doing it and the password set.
          const own = actor.principal.kind === 'user' && actor.principal.id === id;
          await updateUser(tx, id, {
            ...(body.name !== undefined ? { name: body.name } : {}),
            ...(body.active !== undefined ? { active: body.active } : {}),
            ...(passwordHash ? { passwordHash, passwordChangeRequired: !own } : {}),
            role,
            ...scope,
          });
          if (passwordHash)
            await endSessionsOf(tx, id, own ? (actor.principal as { sessionHash: string }).sessionHash : undefined);
        },
        events: (before, after) => userEvents(before, after as User, passwordHash !== undefined),
      });
    },

    /**
     * The first admin, when none exists: with the password ADMIN_PASSWORD gave, or with a generated one
     * that must be changed at the first sign-in. Answers undefined when an admin exists already.
     */
    async createFirstAdmin(actor: ChangeActor, admin: { email: string; password: string; generated: boolean }) {
      if (await adminExists(db)) return undefined;
      const passwordHash = await passwordHashFor(admin.password);
      const id = randomUUID();
      return create(db, actor, {
        entityType: 'user',
        key: id,
        insert: (tx) =>
          insertUser(tx, id, {
            email: admin.email,
            name: 'Admin',
            role: 'admin',
            passwordHash,
            passwordChangeRequired: admin.generated,
          }),
        find: (tx) => findUser(tx, id),
        taken: { detail: 'A user with this email exists already', pointer: '/body/email' },
        events: () => [{ type: 'user.created', audience: ADMINS }],
      });
    },

    /**
     * A generated password for the user with `email` (or the oldest active admin), shown once and to be
     * changed at the next sign-in; every session of the user ends. Answers undefined for no such user.
     */
    async issuePassword(actor: ChangeActor, email: string | undefined) {
      const person = await findUserToReset(db, email);
      if (!person) return undefined;
      const password = randomToken(18);
      const passwordHash = await passwordHashFor(password);
      const user = await updateEntity(db, actor, {
        ...target(person.id),
        precondition: UNCONDITIONAL,
        apply: async (tx) => {
          await updateUser(tx, person.id, { passwordHash, passwordChangeRequired: true });
          await endSessionsOf(tx, person.id);
        },
        events: () => [{ type: 'user.password_reset', audience: ADMINS }],
      });
      return user && { user, password };
    },

    /** Deletes a user, which ends their sessions; the last active admin cannot go. */
    remove(actor: Actor, id: string, precondition: Precondition) {
      return deleteEntity(db, actor, {
        ...target(id),
        precondition,
        apply: async (tx, before) => {
          if (before.role === 'admin') await assertOtherAdminRemains(tx, id);
          await deleteUser(tx, id);
        },
        events: () => [{ type: 'user.deleted', audience: ADMINS, data: { id } }],
      });
    },
  };
}
