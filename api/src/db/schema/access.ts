import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant, timestamps } from './columns.ts';
import { associations, municipalities, publicBodies } from './organisations.ts';

export const userRole = pgEnum('user_role', ['admin', 'editor']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull(),
    /** An editor's scope: one association (its member municipalities), one municipality or one public body. */
    scopeAssociationSlug: text('scope_association_slug').references(() => associations.slug),
    scopeMunicipalityCode: text('scope_municipality_code').references(() => municipalities.code),
    scopePublicBodySlug: text('scope_public_body_slug').references(() => publicBodies.slug),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    /** Set while the password is one the person did not choose (generated at first start or by a reset). */
    passwordChangeRequired: boolean('password_change_required').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: instant('locked_until'),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('users_email_unique').on(sql`lower(${table.email})`),
    check(
      'users_scope_matches_role',
      sql`(${table.role} = 'admin' and num_nonnulls(${table.scopeAssociationSlug}, ${table.scopeMunicipalityCode}, ${table.scopePublicBodySlug}) = 0)
        or (${table.role} = 'editor' and num_nonnulls(${table.scopeAssociationSlug}, ${table.scopeMunicipalityCode}, ${table.scopePublicBodySlug}) = 1)`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the session token; the token itself lives only in the user's cookie. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId), index('sessions_expires_idx').on(table.expiresAt)],
);

export const suppliers = pgTable(
  'suppliers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    organisationNumber: text('organisation_number').notNull().unique(),
    website: text('website'),
    contactEmail: text('contact_email'),
    ...timestamps,
  },
  (table) => [check('suppliers_organisation_number_format', sql`${table.organisationNumber} ~ '^[0-9]{6}-[0-9]{4}$'`)],
);

export const apiClientKind = pgEnum('api_client_kind', ['integrator', 'supplier']);
export const rateLimitTier = pgEnum('rate_limit_tier', ['standard', 'high']);

export const apiClients = pgTable(
  'api_clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: apiClientKind('kind').notNull(),
    supplierId: uuid('supplier_id').references(() => suppliers.id),
    /** The key's first characters, shown in lists so a person can tell keys apart. */
    keyPrefix: text('key_prefix').notNull(),
    /** SHA-256 of the key; the key itself is shown once, when it is created. */
    keyHash: text('key_hash').notNull().unique(),
    rateLimitTier: rateLimitTier('rate_limit_tier').notNull().default('standard'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
    ...timestamps,
  },
  (table) => [
    check('api_clients_supplier_matches_kind', sql`(${table.kind} = 'supplier') = (${table.supplierId} is not null)`),
  ],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityKey: text('entity_key').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
  },
  (table) => [
    index('audit_events_entity_idx').on(table.entityType, table.entityKey, table.occurredAt),
    index('audit_events_actor_idx').on(table.actorId, table.occurredAt),
    index('audit_events_occurred_idx').on(table.occurredAt),
  ],
);
