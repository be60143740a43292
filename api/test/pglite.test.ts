import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { prepareDatabase } from '../src/db/setup.ts';
import { createEmbeddedDb } from './helpers/pglite.ts';

// The embedded default runs the very same migrations and serves the same reads as PostgreSQL.
const database = await createEmbeddedDb();
const loaded = await prepareDatabase(database);
const app = await buildApp(loadConfig({ NODE_ENV: 'test' }), { db: database.db });
afterAll(async () => {
  await app.close();
  await database.close();
});
const get = async (url: string) => (await app.inject({ url })).json();

describe('on the embedded PGlite database', () => {
  it('loads the reference data', () => {
    expect(loaded).toEqual({
      counties: 21,
      regions: 21,
      municipalities: 290,
      populations: 290,
      associations: 7,
      memberships: 109,
    });
  });

  it('applies migrations idempotently on a second start', async () => {
    await expect(prepareDatabase(database)).resolves.toEqual(loaded);
  });

  it('filters by county and umbrella association', async () => {
    expect((await get('/v1/municipalities?county=14&limit=100')).total).toBe(49);
    expect((await get('/v1/municipalities?association=vastkom&limit=100')).total).toBe(50);
  });

  it('searches accent-insensitively and typo-tolerantly', async () => {
    expect((await get('/v1/municipalities?q=ostersund')).items[0].name).toBe('Östersund');
    expect((await get('/v1/municipalities?q=gotebrg')).items[0].name).toBe('Göteborg');
  });

  it('sorts the Swedish way', async () => {
    const names = (await get('/v1/municipalities?sort=-name&limit=3')).items.map((m: { name: string }) => m.name);
    expect(names).toEqual(['Övertorneå', 'Överkalix', 'Östra Göinge']);
  });

  it('returns a municipality and an association', async () => {
    expect(await get('/v1/municipalities/1490')).toMatchObject({ name: 'Borås', county: { code: '14' } });
    expect((await get('/v1/associations/vastkom')).memberCount).toBe(50);
  });
});
