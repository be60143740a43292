import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, domainEvents, suppliers } from '../src/db/schema/index.ts';
import { createActors, login } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';

// Needs, procurements and operator models: every change commits with its audit event and its domain
// events, or none of them does.

const { app, database } = await createTestApp();
const { db } = database;
const { admin, supplierKey } = await createActors(app, db);
await createCatalogue(app, admin);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const region = await login(app, 'boras-region@test.se');
const asRegion = { cookie: region.cookie, 'x-csrf-token': region.csrfToken };
const asSupplier = { authorization: `Bearer ${supplierKey}` };
const [supplier] = await db.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.name, 'Exempelbolaget AB'));

// A failure forced after the change: inserting an event for a key listed here raises.
await db.execute(sql`create table refused_event_keys (key text primary key)`);
await db.execute(sql`create function refuse_event() returns trigger language plpgsql as $$
  begin
    if exists (select 1 from refused_event_keys where key = new.entity_key) then
      raise exception 'event store unavailable for %', new.entity_key;
    end if;
    return new;
  end $$`);
await db.execute(sql`create trigger refuse_event before insert on domain_events
  for each row execute function refuse_event()`);

let requests = 0;
type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Sends a change with a request id of its own (and the current ETag as If-Match, unless told not to). */
async function send(
  method: Method,
  url: string,
  payload?: object,
  {
    headers = asAdmin,
    etagOf = method === 'POST' ? undefined : url,
  }: { headers?: Record<string, string>; etagOf?: string } = {},
) {
  const requestId = `coordination-${++requests}`;
  const etag = etagOf
    ? (await app.inject({ url: etagOf, headers: headers as Record<string, string> })).headers.etag
    : undefined;
  const response = await app.inject({
    method,
    url,
    headers: { ...headers, 'x-request-id': requestId, ...(etag ? { 'if-match': etag } : {}) },
    ...(payload ? { payload } : {}),
  });
  return { response, requestId, body: response.body ? response.json() : undefined };
}

/** What a request committed: its audit events and its domain events, in the order they were written. */
async function committed(requestId: string) {
  const audits = await db
    .select({ action: auditEvents.action, entityType: auditEvents.entityType, entityKey: auditEvents.entityKey })
    .from(auditEvents)
    .where(eq(auditEvents.requestId, requestId))
    .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.entityKey));
  const events = await db
    .select({
      type: domainEvents.type,
      entityType: domainEvents.entityType,
      entityKey: domainEvents.entityKey,
      actorLabel: domainEvents.actorLabel,
      data: domainEvents.data,
      audience: domainEvents.audience,
      audienceMunicipalities: domainEvents.audienceMunicipalities,
      audienceAssociations: domainEvents.audienceAssociations,
      audienceSupplierId: domainEvents.audienceSupplierId,
    })
    .from(domainEvents)
    .where(eq(domainEvents.requestId, requestId))
    .orderBy(asc(domainEvents.position));
  return { audits, events };
}

/** Runs `work` while events for `key` cannot be written. */
async function refusingEventsFor<T>(key: string, work: () => Promise<T>): Promise<T> {
  await db.execute(sql`insert into refused_event_keys values (${key})`);
  try {
    return await work();
  } finally {
    await db.execute(sql`delete from refused_event_keys where key = ${key}`);
  }
}

const newNeed = (owner: string, title: string) => ({
  owner: { municipality: owner },
  title,
  problemStatement: 'Nattliga tillsynsbesök väcker brukare som sover dåligt.',
  targetGroup: 'elderly_care',
  estimatedVolume: 100,
});

describe('needs', () => {
  let needId = '';
  const needUrl = () => `/v1/needs/${needId}`;

  it('are created as drafts whose event only the owner’s editors see', async () => {
    const { response, requestId, body } = await send('POST', '/v1/needs', newNeed('1490', 'Tillsyn nattetid'), {
      headers: asRegion,
    });
    expect(response.statusCode, response.body).toBe(201);
    needId = body.id;
    expect(await committed(requestId)).toEqual({
      audits: [{ action: 'create', entityType: 'need', entityKey: needId }],
      events: [
        expect.objectContaining({
          type: 'need.created',
          entityType: 'need',
          entityKey: needId,
          actorLabel: 'boras-region@test.se',
          audience: 'scoped',
          audienceMunicipalities: ['1490'],
          audienceAssociations: [],
          data: expect.objectContaining({ id: needId, status: 'draft', pooledVolume: 100 }),
        }),
      ],
    });
  });

  it('emit need.updated for a change of fields, still scoped while a draft', async () => {
    const { response, requestId } = await send('PATCH', needUrl(), { title: 'Tillsyn nattetid utan att väcka' });
    expect(response.statusCode, response.body).toBe(200);
    const { audits, events } = await committed(requestId);
    expect(audits).toEqual([{ action: 'update', entityType: 'need', entityKey: needId }]);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'need.updated',
        audience: 'scoped',
        data: expect.objectContaining({ title: 'Tillsyn nattetid utan att väcka' }),
      }),
    ]);
  });

  it('emit need.published, for anyone identified, when published with other edits', async () => {
    const { response, requestId } = await send('PATCH', needUrl(), { status: 'published', estimatedVolume: 120 });
    expect(response.statusCode, response.body).toBe(200);
    const { events } = await committed(requestId);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'need.published',
        audience: 'identified',
        audienceMunicipalities: [],
        data: expect.objectContaining({ status: 'published', estimatedVolume: 120, publishedAt: expect.any(String) }),
      }),
    ]);
  });

  it('emit need.status_changed with from and to for any other step', async () => {
    const { response, requestId } = await send('PATCH', needUrl(), { status: 'in_dialogue' });
    expect(response.statusCode, response.body).toBe(200);
    const { events } = await committed(requestId);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'need.status_changed',
        audience: 'identified',
        data: expect.objectContaining({ id: needId, from: 'published', to: 'in_dialogue', status: 'in_dialogue' }),
      }),
    ]);
  });

  it('record a co-owner joining and leaving, with the pooled volume in the event', async () => {
    const joined = await send('POST', `${needUrl()}/co-owners`, { municipality: '1491', estimatedVolume: 40 });
    expect(joined.response.statusCode, joined.response.body).toBe(201);
    expect(await committed(joined.requestId)).toEqual({
      audits: [{ action: 'create', entityType: 'need_co_owner', entityKey: `${needId}/1491` }],
      events: [
        expect.objectContaining({
          type: 'need.co_owner_added',
          entityType: 'need_co_owner',
          entityKey: `${needId}/1491`,
          audience: 'identified',
          data: expect.objectContaining({ id: needId, pooledVolume: 160, municipalityCount: 2 }),
        }),
      ],
    });
    const left = await send('DELETE', `${needUrl()}/co-owners/1491`, undefined, { etagOf: needUrl() });
    expect(left.response.statusCode, left.response.body).toBe(200);
    expect(await committed(left.requestId)).toEqual({
      audits: [{ action: 'delete', entityType: 'need_co_owner', entityKey: `${needId}/1491` }],
      events: [
        expect.objectContaining({
          type: 'need.co_owner_removed',
          entityKey: `${needId}/1491`,
          data: expect.objectContaining({ id: needId, pooledVolume: 120, coOwners: [] }),
        }),
      ],
    });
  });

  it('keep a supplier’s interest private to that supplier and the need’s owner, event included', async () => {
    const { response, requestId, body } = await send(
      'POST',
      `${needUrl()}/interests`,
      { message: 'Vi har en lösning i drift.' },
      { headers: asSupplier },
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(await committed(requestId)).toEqual({
      audits: [{ action: 'create', entityType: 'supplier_interest', entityKey: body.id }],
      events: [
        expect.objectContaining({
          type: 'need.interest_expressed',
          entityType: 'supplier_interest',
          entityKey: body.id,
          actorLabel: 'Exempelbolaget',
          audience: 'private',
          audienceSupplierId: supplier?.id,
          audienceMunicipalities: ['1490'],
          data: expect.objectContaining({ id: body.id, need: { id: needId, title: expect.any(String) } }),
        }),
      ],
    });
  });

  it('record a deleted draft by its key alone, scoped as the draft was', async () => {
    const draft = (await send('POST', '/v1/needs', newNeed('1491', 'Ett utkast'))).body;
    const { response, requestId } = await send('DELETE', `/v1/needs/${draft.id}`);
    expect(response.statusCode, response.body).toBe(204);
    expect(await committed(requestId)).toEqual({
      audits: [{ action: 'delete', entityType: 'need', entityKey: draft.id }],
      events: [
        expect.objectContaining({
          type: 'need.deleted',
          audience: 'scoped',
          audienceMunicipalities: ['1491'],
          data: { id: draft.id },
        }),
      ],
    });
  });

  it('leave no change, audit event or event when the event cannot be written', async () => {
    const before = await app.inject({ url: needUrl(), headers: asAdmin });
    const { response, requestId } = await refusingEventsFor(needId, () =>
      send('PATCH', needUrl(), { title: 'Ska inte synas' }),
    );
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('event store unavailable');
    const after = await app.inject({ url: needUrl(), headers: asAdmin });
    expect(after.json().title).toBe(before.json().title);
    expect(after.headers.etag).toBe(before.headers.etag);
    expect(await committed(requestId)).toEqual({ audits: [], events: [] });
  });
});

describe('procurements', () => {
  let needId = '';
  let procurementId = '';
  const url = () => `/v1/procurements/${procurementId}`;

  it('record the procurement and each need it takes on, together', async () => {
    needId = (await send('POST', '/v1/needs', newNeed('1490', 'Larm över mobilnätet'))).body.id;
    await send('PATCH', `/v1/needs/${needId}`, { status: 'published' });
    const { response, requestId, body } = await send('POST', '/v1/procurements', {
      lead: { association: 'vastkom' },
      reference: 'VK-2026-EV',
      title: 'Digitala trygghetslarm',
      collaborationType: 'temporary',
      needs: [needId],
    });
    expect(response.statusCode, response.body).toBe(201);
    procurementId = body.id;
    expect(await committed(requestId)).toEqual({
      audits: expect.arrayContaining([
        { action: 'create', entityType: 'procurement', entityKey: procurementId },
        { action: 'update', entityType: 'need', entityKey: needId },
      ]),
      events: [
        expect.objectContaining({
          type: 'procurement.created',
          entityType: 'procurement',
          entityKey: procurementId,
          audience: 'public',
          data: expect.objectContaining({ id: procurementId, stage: 'planning', needs: [expect.anything()] }),
        }),
        expect.objectContaining({
          type: 'need.updated',
          entityType: 'need',
          entityKey: needId,
          audience: 'identified',
          data: expect.objectContaining({ procurement: expect.objectContaining({ id: procurementId }) }),
        }),
      ],
    });
  });

  it('emit procurement.updated for a change of fields, without touching its needs', async () => {
    const { response, requestId } = await send('PATCH', url(), { title: 'Digitala trygghetslarm och mottagning' });
    expect(response.statusCode, response.body).toBe(200);
    expect(await committed(requestId)).toEqual({
      audits: [{ action: 'update', entityType: 'procurement', entityKey: procurementId }],
      events: [expect.objectContaining({ type: 'procurement.updated', audience: 'public' })],
    });
  });

  it('record a participant joining and moving on, each with procurement.participant_changed', async () => {
    const participant = `${url()}/participants/1490`;
    const joined = await send('PUT', participant, { commitment: 'interested', estimatedVolume: 900 });
    expect(joined.response.statusCode, joined.response.body).toBe(200);
    expect(await committed(joined.requestId)).toEqual({
      audits: [{ action: 'create', entityType: 'procurement_participant', entityKey: `${procurementId}/1490` }],
      events: [
        expect.objectContaining({
          type: 'procurement.participant_changed',
          entityType: 'procurement_participant',
          entityKey: `${procurementId}/1490`,
          audience: 'public',
          data: expect.objectContaining({ commitment: 'interested', estimatedVolume: 900 }),
        }),
      ],
    });
    const mandate = await send('PUT', participant, { commitment: 'mandate_given' });
    expect(mandate.response.statusCode, mandate.response.body).toBe(200);
    expect(await committed(mandate.requestId)).toEqual({
      audits: [{ action: 'update', entityType: 'procurement_participant', entityKey: `${procurementId}/1490` }],
      events: [expect.objectContaining({ data: expect.objectContaining({ commitment: 'mandate_given' }) })],
    });
  });

  it('lose no update: of 50 parallel PUTs of one participant with one If-Match, exactly one wins', async () => {
    const participant = `${url()}/participants/1491`;
    await send('PUT', participant, { commitment: 'interested' });
    const etag = (await app.inject({ url: participant })).headers.etag as string;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        app.inject({
          method: 'PUT',
          url: participant,
          headers: { ...asAdmin, 'if-match': etag, 'x-request-id': `participant-race-${i}` },
          payload: { commitment: 'mandate_given', estimatedVolume: i },
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(49);
    const winner = responses.findIndex((response) => response.statusCode === 200);
    const stored = (await app.inject({ url: participant })).json();
    expect(stored).toMatchObject({ commitment: 'mandate_given', estimatedVolume: winner });
    const audits = await db
      .select({ requestId: auditEvents.requestId })
      .from(auditEvents)
      .where(sql`${auditEvents.requestId} like 'participant-race-%'`);
    const events = await db
      .select({ requestId: domainEvents.requestId })
      .from(domainEvents)
      .where(sql`${domainEvents.requestId} like 'participant-race-%'`);
    expect(audits).toEqual([{ requestId: `participant-race-${winner}` }]);
    expect(events).toEqual([{ requestId: `participant-race-${winner}` }]);
  });

  it('roll back entering tender, needs and all, when a moved need’s event cannot be written', async () => {
    const { response, requestId } = await refusingEventsFor(needId, () => send('PATCH', url(), { stage: 'tender' }));
    expect(response.statusCode).toBe(500);
    const after = (await app.inject({ url: url() })).json();
    expect(after.stage).toBe('planning');
    expect(after.needs).toEqual([expect.objectContaining({ id: needId, status: 'published' })]);
    expect(await committed(requestId)).toEqual({ audits: [], events: [] });
  });

  it('move the linked needs into procurement on entering tender: each need audited with need.status_changed', async () => {
    const { response, requestId } = await send('PATCH', url(), { stage: 'tender' });
    expect(response.statusCode, response.body).toBe(200);
    expect(await committed(requestId)).toEqual({
      audits: expect.arrayContaining([
        { action: 'update', entityType: 'procurement', entityKey: procurementId },
        { action: 'update', entityType: 'need', entityKey: needId },
      ]),
      events: [
        expect.objectContaining({
          type: 'procurement.stage_changed',
          entityKey: procurementId,
          audience: 'public',
          data: expect.objectContaining({ from: 'planning', to: 'tender', stage: 'tender' }),
        }),
        expect.objectContaining({
          type: 'need.status_changed',
          entityType: 'need',
          entityKey: needId,
          audience: 'identified',
          data: expect.objectContaining({ from: 'published', to: 'in_procurement', status: 'in_procurement' }),
        }),
      ],
    });
    const audit = await app.inject({
      url: `/v1/audit-events?entityType=need&entityKey=${needId}&limit=1`,
      headers: asAdmin,
    });
    expect(audit.json().items[0]).toMatchObject({
      before: expect.objectContaining({ status: 'published' }),
      after: expect.objectContaining({ status: 'in_procurement' }),
      requestId,
    });
  });

  it('record the procurement a need is taken from as changed too, or nothing when its event fails', async () => {
    const taken = (await send('POST', '/v1/needs', newNeed('1490', 'Nyckelfri hemtjänst'))).body.id;
    await send('PATCH', `/v1/needs/${taken}`, { status: 'published' });
    const first = (
      await send('POST', '/v1/procurements', {
        lead: { municipality: '1490' },
        reference: 'BO-2026-FIRST',
        title: 'Nyckelfria lås',
        collaborationType: 'temporary',
        needs: [taken],
      })
    ).body;
    const second = {
      lead: { association: 'vastkom' },
      reference: 'VK-2026-SECOND',
      title: 'Nyckelfria lås tillsammans',
      collaborationType: 'temporary',
      needs: [taken],
    };
    const refused = await refusingEventsFor(first.id, () => send('POST', '/v1/procurements', second));
    expect(refused.response.statusCode).toBe(500);
    expect((await app.inject({ url: `/v1/procurements/${first.id}` })).json().needs).toEqual([
      expect.objectContaining({ id: taken }),
    ]);
    expect(await committed(refused.requestId)).toEqual({ audits: [], events: [] });

    const { response, requestId, body } = await send('POST', '/v1/procurements', second);
    expect(response.statusCode, response.body).toBe(201);
    expect(await committed(requestId)).toEqual({
      audits: expect.arrayContaining([
        { action: 'create', entityType: 'procurement', entityKey: body.id },
        { action: 'update', entityType: 'need', entityKey: taken },
        { action: 'update', entityType: 'procurement', entityKey: first.id },
      ]),
      events: [
        expect.objectContaining({ type: 'procurement.created', entityKey: body.id }),
        expect.objectContaining({ type: 'need.updated', entityKey: taken }),
        expect.objectContaining({
          type: 'procurement.updated',
          entityKey: first.id,
          audience: 'public',
          data: expect.objectContaining({ id: first.id, needs: [] }),
        }),
      ],
    });
    expect((await app.inject({ url: `/v1/procurements/${first.id}` })).json().needs).toEqual([]);
  });

  it('record a deleted procurement by its key, and each need it let go', async () => {
    const other = (await send('POST', '/v1/needs', newNeed('1491', 'Ett annat behov'))).body.id;
    await send('PATCH', `/v1/needs/${other}`, { status: 'published' });
    const planned = (
      await send('POST', '/v1/procurements', {
        lead: { municipality: '1490' },
        reference: 'BO-2026-EV',
        title: 'Ett misstag',
        collaborationType: 'temporary',
        needs: [other],
      })
    ).body;
    const { response, requestId } = await send('DELETE', `/v1/procurements/${planned.id}`);
    expect(response.statusCode, response.body).toBe(204);
    expect(await committed(requestId)).toEqual({
      audits: expect.arrayContaining([
        { action: 'delete', entityType: 'procurement', entityKey: planned.id },
        { action: 'update', entityType: 'need', entityKey: other },
      ]),
      events: [
        expect.objectContaining({ type: 'procurement.deleted', audience: 'public', data: { id: planned.id } }),
        expect.objectContaining({
          type: 'need.updated',
          entityKey: other,
          data: expect.objectContaining({ procurement: null }),
        }),
      ],
    });
  });
});

describe('operator models', () => {
  const slug = 'gemensam-namnd-ev';
  const url = `/v1/operator-models/${slug}`;

  it('record creation, a change of fields and a change of status, each public', async () => {
    const created = await send('POST', '/v1/operator-models', {
      slug,
      name: 'Gemensam nämnd för larm',
      legalForm: 'joint_committee',
      costSharing: 'per_capita',
      consultation: { association: 'borasregionen', opens: '2026-10-01', closes: '2026-12-15' },
    });
    expect(created.response.statusCode, created.response.body).toBe(201);
    expect(await committed(created.requestId)).toEqual({
      audits: [{ action: 'create', entityType: 'operator_model', entityKey: slug }],
      events: [
        expect.objectContaining({
          type: 'operator_model.created',
          entityType: 'operator_model',
          entityKey: slug,
          audience: 'public',
          data: expect.objectContaining({ slug, status: 'proposal' }),
        }),
      ],
    });
    const renamed = await send('PATCH', url, { name: 'Gemensam nämnd för larm och välfärdsteknik' });
    expect((await committed(renamed.requestId)).events).toEqual([
      expect.objectContaining({
        type: 'operator_model.updated',
        data: expect.objectContaining({ status: 'proposal' }),
      }),
    ]);
    const consulted = await send('PATCH', url, { status: 'consultation' });
    expect(consulted.response.statusCode, consulted.response.body).toBe(200);
    expect(await committed(consulted.requestId)).toEqual({
      audits: [{ action: 'update', entityType: 'operator_model', entityKey: slug }],
      events: [
        expect.objectContaining({
          type: 'operator_model.status_changed',
          audience: 'public',
          data: expect.objectContaining({ from: 'proposal', to: 'consultation' }),
        }),
      ],
    });
  });

  it('record a consultation response with consultation.response_submitted', async () => {
    const { response, requestId } = await send(
      'PUT',
      `${url}/responses/1490`,
      { position: 'supports', comment: 'Bra förslag.' },
      { headers: asRegion, etagOf: '' },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(await committed(requestId)).toEqual({
      audits: [{ action: 'create', entityType: 'consultation_response', entityKey: `${slug}/1490` }],
      events: [
        expect.objectContaining({
          type: 'consultation.response_submitted',
          entityType: 'consultation_response',
          entityKey: `${slug}/1490`,
          audience: 'public',
          data: expect.objectContaining({ position: 'supports', municipality: { code: '1490', name: 'Borås' } }),
        }),
      ],
    });
  });

  it('lose no answer: parallel first answers create once, parallel replacements with one If-Match win once', async () => {
    const answer = `${url}/responses/1491`;
    const put = (i: number, headers: object) =>
      app.inject({
        method: 'PUT',
        url: answer,
        headers: { ...asAdmin, ...headers, 'x-request-id': `response-race-${i}` },
        payload: { position: 'supports_with_reservations', comment: `Svar ${i}` },
      });
    const first = await Promise.all(Array.from({ length: 20 }, (_, i) => put(i, {})));
    expect(first.filter((response) => response.statusCode === 200)).toHaveLength(1);
    expect(first.filter((response) => response.statusCode === 428)).toHaveLength(19);
    const etag = (await app.inject({ url: answer })).headers.etag as string;
    const replaced = await Promise.all(Array.from({ length: 50 }, (_, i) => put(100 + i, { 'if-match': etag })));
    const statuses = replaced.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(49);
    const winner = 100 + statuses.indexOf(200);
    expect((await app.inject({ url: answer })).json().comment).toBe(`Svar ${winner}`);
    const events = await db
      .select({ requestId: domainEvents.requestId })
      .from(domainEvents)
      .where(sql`${domainEvents.requestId} like 'response-race-%'`);
    expect(events).toHaveLength(2);
    expect(events).toContainEqual({ requestId: `response-race-${winner}` });
  });

  it('leave no answer, audit event or event when the event cannot be written', async () => {
    const answer = `${url}/responses/1442`;
    const { response, requestId } = await refusingEventsFor(`${slug}/1442`, () =>
      send('PUT', answer, { position: 'rejects' }, { etagOf: '' }),
    );
    expect(response.statusCode).toBe(500);
    expect((await app.inject({ url: answer })).statusCode).toBe(404);
    expect(await committed(requestId)).toEqual({ audits: [], events: [] });
  });

  it('record a deleted proposal by its key', async () => {
    await send('POST', '/v1/operator-models', {
      slug: 'misstag',
      name: 'Ett misstag',
      legalForm: 'own_operation',
      costSharing: 'equal_share',
    });
    const { response, requestId } = await send('DELETE', '/v1/operator-models/misstag');
    expect(response.statusCode, response.body).toBe(204);
    expect(await committed(requestId)).toEqual({
      audits: [{ action: 'delete', entityType: 'operator_model', entityKey: 'misstag' }],
      events: [
        expect.objectContaining({ type: 'operator_model.deleted', audience: 'public', data: { slug: 'misstag' } }),
      ],
    });
  });
});
