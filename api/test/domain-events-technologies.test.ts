import { describe, expect, it } from 'vitest';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';
import { failEventsAbout, recordedBy, requestId } from './helpers/recorded.ts';

const { app, database } = await createTestApp();
const db = database.db;
const { admin } = await createActors(app, db);
await createCatalogue(app, admin);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const etagOf = async (url: string) => (await app.inject({ url, headers: asAdmin })).headers.etag as string;

async function write(method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  const id = requestId();
  const headers: Record<string, string> = { ...asAdmin, 'x-request-id': id };
  if (method !== 'POST') headers['if-match'] = await etagOf(url);
  const response = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  return { response, ...(await recordedBy(db, id)) };
}

const draft = {
  slug: 'sensormatta',
  category: 'larm',
  name: 'Sensormatta',
  summary: 'Larmar vid fall.',
  readiness: 'try',
};

describe('a technology through its life, each change with its audit event and domain event', () => {
  it('is created as a draft: one audit event, one technology.created that only admins see', async () => {
    const { response, audit, events } = await write('POST', '/v1/technologies', draft);
    expect(response.statusCode).toBe(201);
    expect(audit).toMatchObject([{ action: 'create', entityType: 'technology', entityKey: 'sensormatta' }]);
    expect(events).toMatchObject([
      { type: 'technology.created', entityType: 'technology', entityKey: 'sensormatta', audience: 'admin' },
    ]);
    expect(events[0]?.data).toMatchObject({ slug: 'sensormatta', status: 'draft', name: 'Sensormatta' });
    expect(events[0]?.actorLabel).toBe('admin@test.se');
  });

  it('edited as a draft: technology.updated, still for admins, with only its key and status', async () => {
    const { response, events } = await write('PATCH', '/v1/technologies/sensormatta', { summary: 'Larmar.' });
    expect(response.statusCode).toBe(200);
    expect(events).toMatchObject([{ type: 'technology.updated', audience: 'admin' }]);
    expect(events[0]?.data).toEqual({ slug: 'sensormatta', status: 'draft' });
  });

  it('published: technology.published for everyone, carrying what a GET gives', async () => {
    const { response, events } = await write('PATCH', '/v1/technologies/sensormatta', { status: 'published' });
    expect(response.statusCode).toBe(200);
    expect(events).toMatchObject([{ type: 'technology.published', audience: 'public' }]);
    expect(events[0]?.data).toEqual(JSON.parse(response.body));
  });

  it('archived: technology.archived for everyone, so sites can take it down, with its key and status', async () => {
    const { events } = await write('PATCH', '/v1/technologies/sensormatta', { status: 'archived' });
    expect(events).toMatchObject([{ type: 'technology.archived', audience: 'public' }]);
    expect(events[0]?.data).toEqual({ slug: 'sensormatta', status: 'archived' });
  });

  it('deleted: technology.deleted, and a refused change writes nothing', async () => {
    const refused = await write('PATCH', '/v1/technologies/sensormatta', { status: 'draft' });
    expect(refused.response.statusCode).toBe(409);
    expect(refused.audit).toEqual([]);
    expect(refused.events).toEqual([]);
    const { response, audit, events } = await write('DELETE', '/v1/technologies/sensormatta');
    expect(response.statusCode).toBe(204);
    expect(audit).toMatchObject([{ action: 'delete' }]);
    expect(events).toMatchObject([{ type: 'technology.deleted', audience: 'admin', data: { slug: 'sensormatta' } }]);
  });

  it('events are ordered as written and carry time-ordered ids', async () => {
    const { events: first } = await write('POST', '/v1/technologies', { ...draft, slug: 'ordning-1' });
    const { events: second } = await write('POST', '/v1/technologies', { ...draft, slug: 'ordning-2' });
    expect(Number(second[0]?.position)).toBeGreaterThan(Number(first[0]?.position));
    expect(String(second[0]?.id) > String(first[0]?.id)).toBe(true);
    expect(String(first[0]?.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('a technology deleted while guides link to it', () => {
  it('changes each guide, which says so with its own guide.updated carrying the guide without the link', async () => {
    await write('POST', '/v1/technologies', { ...draft, slug: 'kortlivad' });
    const guide = { kind: 'guide', title: 'Prova kortlivad teknik', summary: 'Steg för steg.' };
    await write('POST', '/v1/guides', { ...guide, slug: 'prova-kortlivad', technologies: ['kortlivad'] });
    await write('PATCH', '/v1/guides/prova-kortlivad', { status: 'published' });
    const before = (await app.inject({ url: '/v1/guides/prova-kortlivad' })).json();
    const { response, events } = await write('DELETE', '/v1/technologies/kortlivad');
    expect(response.statusCode).toBe(204);
    const after = await app.inject({ url: '/v1/guides/prova-kortlivad' });
    expect(after.json().technologies).toEqual([]);
    expect(Date.parse(after.json().updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    expect(events).toMatchObject([
      { type: 'technology.deleted', entityKey: 'kortlivad' },
      { type: 'guide.updated', entityType: 'guide', entityKey: 'prova-kortlivad', audience: 'public' },
    ]);
    expect(events[1]?.data).toEqual(after.json());
  });
});

describe('a change whose event cannot be written', () => {
  it('leaves no technology, no audit event and no event behind', async () => {
    await failEventsAbout(db, 'misslyckad');
    const { response, audit, events } = await write('POST', '/v1/technologies', { ...draft, slug: 'misslyckad' });
    expect(response.statusCode).toBe(500);
    expect(audit).toEqual([]);
    expect(events).toEqual([]);
    expect((await app.inject({ url: '/v1/technologies/misslyckad', headers: asAdmin })).statusCode).toBe(404);
  });

  it('leaves the technology as it was when the change is an edit', async () => {
    await write('POST', '/v1/technologies', { ...draft, slug: 'orubbad' });
    await failEventsAbout(db, 'orubbad');
    const before = await app.inject({ url: '/v1/technologies/orubbad', headers: asAdmin });
    const { response, audit } = await write('PATCH', '/v1/technologies/orubbad', { name: 'Ändrad' });
    expect(response.statusCode).toBe(500);
    expect(audit).toEqual([]);
    const after = await app.inject({ url: '/v1/technologies/orubbad', headers: asAdmin });
    expect(after.json().name).toBe('Sensormatta');
    expect(after.headers.etag).toBe(before.headers.etag);
  });
});
