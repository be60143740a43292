import { randomUUID } from 'node:crypto';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { ADMINS } from '../../changes/events.ts';
import { change, inTransaction } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { normaliseOrganisationNumber } from '../../lib/organisation-number.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { randomToken, tokenHash } from '../../lib/tokens.ts';
import { ensureSupplier, findApiClient, insertApiClient, revokeApiClient } from './repository.ts';
import type { NewApiClient } from './schemas.ts';

type Body = Static<typeof NewApiClient>;

/** A supplier key belongs to a supplier organisation with a valid organisationsnummer; an integrator key to none. */
function supplierOf(body: Body) {
  if ((body.kind === 'supplier') !== (body.supplier !== undefined)) {
    throw new HttpProblem(422, 'A supplier key needs its supplier organisation; an integrator key has none', {
      errors: [
        {
          pointer: '/body/supplier',
          detail: body.kind === 'supplier' ? 'is required for a supplier' : 'must be left out for an integrator',
        },
      ],
    });
  }
  if (!body.supplier) return undefined;
  const organisationNumber = normaliseOrganisationNumber(body.supplier.organisationNumber);
  if (!organisationNumber) {
    throw new HttpProblem(
      422,
      `${body.supplier.organisationNumber} is not a valid organisationsnummer (its check digit is wrong)`,
      { errors: [{ pointer: '/body/supplier/organisationNumber', detail: 'has a wrong check digit' }] },
    );
  }
  return {
    name: body.supplier.name,
    organisationNumber,
    website: body.supplier.website ?? null,
    contactEmail: body.supplier.contactEmail ?? null,
  };
}

/**
 * API keys of integrators and suppliers, created and revoked by admins. A key is shown once, at its
 * creation, and stored only as its hash; neither is ever in an audit event or a domain event.
 * `forgetKeys` empties the key cache once a revocation has committed, so the key stops at once here.
 */
export function createApiClientService({ db, forgetKeys }: { db: Db; forgetKeys: () => void }) {
  return {
    async create(actor: Actor, body: Body) {
      const supplier = supplierOf(body);
      const key = `vn_${randomToken()}`;
      const id = randomUUID();
      const client = await inTransaction(db, actor, async (tx, record) => {
        await insertApiClient(tx, {
          id,
          name: body.name,
          kind: body.kind,
          supplierId: supplier ? await ensureSupplier(tx, supplier) : null,
          keyPrefix: key.slice(0, 7),
          keyHash: tokenHash(key),
          rateLimitTier: body.rateLimitTier ?? 'standard',
          createdBy: actor.principal.kind === 'user' ? actor.principal.id : null,
        });
        const after = await findApiClient(tx, id);
        await record({
          action: 'create',
          entityType: 'api_client',
          entityKey: id,
          before: null,
          after,
          events: [{ type: 'api_client.created', audience: ADMINS }],
        });
        return after as NonNullable<typeof after>;
      });
      return { client, key };
    },

    async revoke(actor: Actor, id: string, precondition: Precondition) {
      const revoked = await change(db, actor, {
        entityType: 'api_client',
        key: id,
        find: (tx, lock) => findApiClient(tx, id, lock),
        missing: `No API client has the id ${id}`,
        action: 'revoke',
        precondition,
        apply: async (tx, before) => {
          if (before.revokedAt) throw new HttpProblem(409, 'This key is revoked already');
          await revokeApiClient(tx, id);
        },
        events: () => [{ type: 'api_client.revoked', audience: ADMINS }],
      });
      forgetKeys();
      return revoked;
    },
  };
}
