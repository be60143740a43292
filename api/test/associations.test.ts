import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/app.ts';

const { app } = await createTestApp();
const get = async (url: string) => (await app.inject({ url })).json();

describe('associations', () => {
  it('lists the associations with kinds and member counts', async () => {
    const body = await get('/v1/associations');
    expect(body.total).toBe(7);
    const bySlug = Object.fromEntries(body.items.map((a: { slug: string }) => [a.slug, a]));
    expect(bySlug.goteborgsregionen).toMatchObject({ kind: 'kommunalforbund', shortName: 'GR', memberCount: 13 });
    expect(bySlug.fyrbodal.memberCount).toBe(14);
    expect(bySlug.skaraborg.memberCount).toBe(15);
    expect(bySlug.borasregionen.memberCount).toBe(8);
    expect(bySlug.storsthlm).toMatchObject({ kind: 'membership_organisation', memberCount: 26 });
    expect(bySlug['skanes-kommuner'].memberCount).toBe(33);
    expect(bySlug.vastkom).toMatchObject({ kind: 'umbrella', memberCount: 50 });
  });

  it('shows VästKom as the umbrella of the four Västra Götaland associations', async () => {
    const vastkom = await get('/v1/associations/vastkom');
    expect(vastkom.parent).toBeNull();
    expect(vastkom.children.map((c: { slug: string }) => c.slug).sort()).toEqual([
      'borasregionen',
      'fyrbodal',
      'goteborgsregionen',
      'skaraborg',
    ]);
    expect(vastkom.members).toHaveLength(50);
    const kungsbacka = vastkom.members.find((m: { code: string }) => m.code === '1384');
    expect(kungsbacka).toMatchObject({ name: 'Kungsbacka', through: 'goteborgsregionen' });

    const gr = await get('/v1/associations/goteborgsregionen');
    expect(gr.parent).toMatchObject({ slug: 'vastkom', shortName: 'VästKom' });
    expect(gr.members).toHaveLength(13);
    expect(gr.members.every((m: { through: string | null }) => m.through === null)).toBe(true);
  });

  it('finds the associations a municipality belongs to, directly or through a child', async () => {
    const body = await get('/v1/associations?member=1490');
    expect(body.items.map((a: { slug: string }) => a.slug).sort()).toEqual(['borasregionen', 'vastkom']);
  });

  it('filters by kind', async () => {
    const body = await get('/v1/associations?kind=umbrella&kind=membership_organisation');
    expect(body.items.map((a: { slug: string }) => a.slug).sort()).toEqual(['skanes-kommuner', 'storsthlm', 'vastkom']);
  });

  it('lists Lysekil in Fyrbodal', async () => {
    const fyrbodal = await get('/v1/associations/fyrbodal');
    expect(fyrbodal.members.map((m: { code: string }) => m.code)).toContain('1484');
  });
});
