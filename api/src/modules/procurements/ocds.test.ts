import { describe, expect, it } from 'vitest';
import { ocdsReleasePackage } from './ocds.ts';
import type { ProcurementRow } from './repository.ts';

type Used = Pick<
  ProcurementRow,
  | 'id'
  | 'reference'
  | 'title'
  | 'description'
  | 'procedure'
  | 'cpvCodes'
  | 'timeline'
  | 'estimatedValueSek'
  | 'lots'
  | 'documents'
  | 'awardedSuppliers'
  | 'lead'
  | 'technologies'
  | 'relatedProcesses'
  | 'stage'
  | 'participants'
  | 'publicBodyParticipants'
  | 'updatedAt'
>;

const procurement = (changes: Partial<Used> = {}) =>
  ({
    id: '00000000-0000-4000-8000-000000000101',
    reference: 'SKL-2026-01',
    title: 'Digitala trygghetslarm',
    description: 'Gemensam upphandling av larm',
    procedure: 'open',
    cpvCodes: ['33196200', '32500000'],
    timeline: {
      plannedPublication: null,
      tenderPeriod: { start: '2026-03-01', end: '2026-04-01' },
      awardDate: '2026-05-15',
      contractPeriod: { start: '2026-07-01', end: '2028-06-30' },
      extensionOptionsMonths: 24,
    },
    estimatedValueSek: 12_000_000,
    lots: [],
    documents: [{ kind: 'tenderNotice', title: 'Annons', url: 'https://example.se/annons' }],
    awardedSuppliers: [
      { name: 'Larmbolaget AB', organisationNumber: '556000-0001', rank: 2 },
      { name: 'Trygg AB', organisationNumber: '556000-0002', rank: 1 },
    ],
    lead: { kind: 'municipality', code: '1490', slug: null, name: 'Borås' },
    technologies: [{ slug: 'digitala-trygghetslarm', name: 'Digitala trygghetslarm' }],
    relatedProcesses: [],
    stage: 'awarded',
    participants: [
      { municipality: { code: '1490', name: 'Borås' }, role: 'lead', commitment: 'mandate_given' },
      { municipality: { code: '1443', name: 'Bollebygd' }, role: 'participant', commitment: 'interested' },
      { municipality: { code: '1452', name: 'Tranemo' }, role: 'observer', commitment: 'interested' },
      { municipality: { code: '1466', name: 'Herrljunga' }, role: 'participant', commitment: 'withdrawn' },
    ],
    publicBodyParticipants: [],
    updatedAt: new Date('2026-05-16T08:30:00.000Z'),
    ...changes,
  }) as Used as ProcurementRow;

const release = (row: ProcurementRow) =>
  ocdsReleasePackage(row, 'ocds-vnavet', 'https://api.example.se/ocds').releases[0];

describe('a procurement as an OCDS release package', () => {
  it('names the release by OCID and update time, in a 1.1 package without extensions', () => {
    const pack = ocdsReleasePackage(procurement(), 'ocds-vnavet', 'https://api.example.se/ocds');
    expect(pack).toMatchObject({
      uri: 'https://api.example.se/ocds',
      version: '1.1',
      publishedDate: '2026-05-16T08:30:00.000Z',
    });
    expect(pack.extensions).toBeUndefined();
    expect(pack.releases[0]).toMatchObject({
      ocid: 'ocds-vnavet-00000000-0000-4000-8000-000000000101',
      id: 'ocds-vnavet-00000000-0000-4000-8000-000000000101-2026-05-16T08:30:00.000Z',
      tag: ['award'],
      language: 'sv',
    });
  });

  it('lists each party once with all its roles, leaving out withdrawn participants', () => {
    const { parties, buyer } = release(procurement());
    expect(parties).toEqual([
      { id: 'municipality-1490', name: 'Borås', roles: ['procuringEntity', 'buyer'] },
      { id: 'municipality-1443', name: 'Bollebygd', roles: ['buyer'] },
      { id: 'municipality-1452', name: 'Tranemo', roles: ['interestedParty'] },
      {
        id: 'supplier-556000-0001',
        name: 'Larmbolaget AB',
        roles: ['supplier'],
        identifier: { scheme: 'SE-BLV', id: '5560000001', legalName: 'Larmbolaget AB' },
      },
      {
        id: 'supplier-556000-0002',
        name: 'Trygg AB',
        roles: ['supplier'],
        identifier: { scheme: 'SE-BLV', id: '5560000002', legalName: 'Trygg AB' },
      },
    ]);
    expect(buyer).toEqual({ id: 'municipality-1490', name: 'Borås' });
  });

  it('names regions among the participants as parties, buyers or interested, never when withdrawn', () => {
    const region = (slug: string, name: string, role: string, commitment: string) => ({
      publicBody: { slug, name, kind: 'region' },
      role,
      commitment,
    });
    const { parties } = release(
      procurement({
        publicBodyParticipants: [
          region('vastra-gotalandsregionen', 'Västra Götalandsregionen', 'participant', 'mandate_given'),
          region('region-halland', 'Region Halland', 'reference_group', 'interested'),
          region('region-stockholm', 'Region Stockholm', 'participant', 'withdrawn'),
        ] as ProcurementRow['publicBodyParticipants'],
      }),
    );
    expect(parties.filter((party: { id: string }) => party.id.startsWith('public-body-'))).toEqual([
      { id: 'public-body-vastra-gotalandsregionen', name: 'Västra Götalandsregionen', roles: ['buyer'] },
      { id: 'public-body-region-halland', name: 'Region Halland', roles: ['interestedParty'] },
    ]);
  });

  it('maps the procedure, the items and the periods, with the extension options as the maximum extent', () => {
    const { tender } = release(procurement());
    expect(tender).toMatchObject({
      id: 'SKL-2026-01',
      status: 'complete',
      procurementMethod: 'open',
      procurementMethodDetails: 'Öppet förfarande (LOU 6 kap.)',
      value: { amount: 12_000_000, currency: 'SEK' },
      items: [
        {
          id: 'technology-1',
          description: 'Digitala trygghetslarm',
          classification: { scheme: 'CPV', id: '33196200' },
        },
        { id: 'cpv-1', classification: { scheme: 'CPV', id: '32500000' } },
      ],
      tenderPeriod: { startDate: '2026-03-01T00:00:00Z', endDate: '2026-04-01T00:00:00Z' },
      contractPeriod: {
        startDate: '2026-07-01T00:00:00Z',
        endDate: '2028-06-30T00:00:00Z',
        maxExtentDate: '2030-06-30T00:00:00Z',
      },
    });
  });

  it('awards in rank order once awarded, and contracts only once a contract is in force', () => {
    const awarded = release(procurement());
    expect(awarded.awards).toHaveLength(1);
    expect(awarded.awards[0].suppliers.map((s: { name: string }) => s.name)).toEqual(['Trygg AB', 'Larmbolaget AB']);
    expect(awarded.contracts).toEqual([]);

    const expired = release(procurement({ stage: 'expired' }));
    expect(expired.tag).toEqual(['contract']);
    expect(expired.contracts).toEqual([
      expect.objectContaining({ id: 'SKL-2026-01-contract', awardID: 'SKL-2026-01-award', status: 'terminated' }),
    ]);
    expect(release(procurement({ stage: 'contract_active' })).contracts[0].status).toBe('active');
  });

  it('has no awards before the award, and the tender status follows the stage', () => {
    for (const [stage, tag, status] of [
      ['planning', 'planning', 'planning'],
      ['market_dialogue', 'planning', 'planning'],
      ['tender', 'tender', 'active'],
      ['evaluation', 'tender', 'active'],
      ['cancelled', 'tenderCancellation', 'cancelled'],
    ] as const) {
      const r = release(procurement({ stage }));
      expect([r.tag, r.tender.status, r.awards]).toEqual([[tag], status, []]);
    }
  });

  it('splits awards by lot, with the lots extension declared', () => {
    const row = procurement({
      lots: [
        { id: '1', title: 'Larm', estimatedValueSek: 8_000_000 },
        { id: '2', title: 'Larmcentral' },
      ],
      awardedSuppliers: [
        { name: 'Larmbolaget AB', lot: '1', rank: 1 },
        { name: 'Trygg AB', lot: '2', rank: 1 },
      ],
    });
    const pack = ocdsReleasePackage(row, 'ocds-vnavet', 'https://api.example.se/ocds');
    expect(pack.extensions).toEqual([
      'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
    ]);
    const [r] = pack.releases;
    expect(r.tender.lots).toEqual([
      { id: '1', title: 'Larm', value: { amount: 8_000_000, currency: 'SEK' } },
      { id: '2', title: 'Larmcentral' },
    ]);
    expect(
      r.awards.map((award: { id: string; relatedLots: string[]; suppliers: { id: string }[] }) => [
        award.id,
        award.relatedLots,
        award.suppliers.map((s) => s.id),
      ]),
    ).toEqual([
      ['SKL-2026-01-award-1', ['1'], ['supplier-Larmbolaget AB']],
      ['SKL-2026-01-award-2', ['2'], ['supplier-Trygg AB']],
    ]);
  });
});
