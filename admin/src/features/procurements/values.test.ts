import { describe, expect, it } from 'vitest';
import type { Procurement } from './queries.ts';
import { changesOf, toBody, toForm } from './values.ts';

const procurement = {
  id: '00000000-0000-4000-8000-000000000001',
  reference: 'BR-2026-TL',
  title: 'Digitala trygghetslarm',
  description: '',
  lead: { kind: 'external', code: null, slug: null, name: 'Adda Inköpscentral' },
  collaborationType: 'central_purchasing_framework',
  procedure: null,
  cpvCodes: ['79711000-1'],
  technologies: [],
  categories: [],
  needs: [{ id: '00000000-0000-4000-8000-0000000000aa', title: 'Larm', status: 'published' }],
  timeline: {
    plannedPublication: null,
    tenderPeriod: { start: '2026-10-01', end: null },
    awardDate: null,
    contractPeriod: { start: null, end: null },
    extensionOptionsMonths: 24,
  },
  estimatedValueSek: null,
  lots: [{ id: '1', title: 'Larm' }],
  documents: [],
  awardedSuppliers: [{ name: 'Exempel AB', lot: '1', rank: 1 }],
} as unknown as Procurement;

describe('a procurement in the form and back', () => {
  it('sends every field as the API has it: an external lead by name, empty dates as null, numbers as numbers', () => {
    const body = toBody(toForm(procurement));
    expect(body.lead).toEqual({ external: 'Adda Inköpscentral' });
    expect(body.procedure).toBeNull();
    expect(body.timeline).toEqual(procurement.timeline);
    expect(body.lots).toEqual([{ id: '1', title: 'Larm' }]);
    expect(body.awardedSuppliers).toEqual([{ name: 'Exempel AB', lot: '1', rank: 1 }]);
  });

  it('leaves the needs out of a change only when they are the ones linked already', () => {
    const body = toBody(toForm(procurement));
    expect('needs' in changesOf(body, procurement)).toBe(false);
    const more = { ...body, needs: [...body.needs, '00000000-0000-4000-8000-0000000000bb'] };
    expect(changesOf(more, procurement)).toEqual(more);
  });
});
