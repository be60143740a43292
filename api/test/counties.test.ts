import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/app.ts';

const { app } = await createTestApp();

describe('counties', () => {
  it('lists the 21 counties by code with their regions and municipality counts', async () => {
    const response = await app.inject({ url: '/v1/counties?limit=100' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(21);
    expect(body.items[0]).toMatchObject({
      code: '01',
      name: 'Stockholms län',
      regionName: 'Region Stockholm',
      municipalityCount: 26,
    });
    const counts = body.items.map((c: { municipalityCount: number }) => c.municipalityCount);
    expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(290);
  });

  it('sorts counties by name the Swedish way', async () => {
    const body = (await app.inject({ url: '/v1/counties?sort=name&limit=100' })).json();
    const names = body.items.map((c: { name: string }) => c.name);
    expect(names.slice(0, 2)).toEqual(['Blekinge län', 'Dalarnas län']);
    expect(names.slice(-2)).toEqual(['Örebro län', 'Östergötlands län']);
  });

  it('returns one county with its region', async () => {
    const response = await app.inject({ url: '/v1/counties/14' });
    expect(response.json()).toMatchObject({
      code: '14',
      name: 'Västra Götalands län',
      regionName: 'Västra Götalandsregionen',
      municipalityCount: 49,
    });
  });

  it('names Region Gotland and Region Kalmar län as the sources do', async () => {
    expect((await app.inject({ url: '/v1/counties/09' })).json().regionName).toBe('Region Gotland');
    expect((await app.inject({ url: '/v1/counties/08' })).json().regionName).toBe('Region Kalmar län');
  });
});
