import type { ProcurementRow } from './repository.ts';
import type { ProcurementStage } from './workflow.ts';

/**
 * A procurement collaboration as an OCDS 1.1 release package (https://standard.open-contracting.org/1.1/),
 * one release describing its current state. Lots follow the OCDS lots extension.
 */

const LOTS_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json';

/** OCDS release tags by stage: which part of the process the release describes. */
const TAGS: Record<ProcurementStage, string[]> = {
  planning: ['planning'],
  needs_analysis: ['planning'],
  market_dialogue: ['planning'],
  tender: ['tender'],
  evaluation: ['tender'],
  awarded: ['award'],
  contract_active: ['contract'],
  expired: ['contract'],
  cancelled: ['tenderCancellation'],
};

const TENDER_STATUS: Record<ProcurementStage, string> = {
  planning: 'planning',
  needs_analysis: 'planning',
  market_dialogue: 'planning',
  tender: 'active',
  evaluation: 'active',
  awarded: 'complete',
  contract_active: 'complete',
  expired: 'complete',
  cancelled: 'cancelled',
};

/** LOU procedures in OCDS's method codelist: open, selective (a chosen few may tender) or direct. */
const METHOD: Record<string, string> = {
  open: 'open',
  restricted: 'selective',
  negotiated: 'selective',
  competitive_dialogue: 'selective',
  innovation_partnership: 'selective',
  direct_award: 'direct',
  call_off: 'selective',
};

const PROCEDURE_NAMES: Record<string, string> = {
  open: 'Öppet förfarande (LOU 6 kap.)',
  restricted: 'Selektivt förfarande (LOU 6 kap.)',
  negotiated: 'Förhandlat förfarande (LOU 6 kap.)',
  competitive_dialogue: 'Konkurrenspräglad dialog (LOU 6 kap.)',
  innovation_partnership: 'Innovationspartnerskap (LOU 6 kap.)',
  direct_award: 'Direktupphandling (LOU 19 kap.)',
  call_off: 'Avrop från ramavtal (LOU 7 kap.)',
};

type Party = {
  id: string;
  name: string;
  roles: string[];
  identifier?: { scheme: string; id: string; legalName: string };
};

const dateTime = (day: string | null) => (day ? `${day}T00:00:00Z` : undefined);
const period = (start: string | null, end: string | null, maxExtent?: string) => {
  const value = { startDate: dateTime(start), endDate: dateTime(end), maxExtentDate: maxExtent };
  return Object.values(value).some(Boolean) ? value : undefined;
};
const sek = (amount: number | null | undefined) =>
  amount === null || amount === undefined ? undefined : { amount, currency: 'SEK' };

function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().replace('.000', '');
}

function partiesOf(procurement: ProcurementRow): { parties: Party[]; lead: Party } {
  const parties = new Map<string, Party>();
  const add = (party: Party) => {
    const known = parties.get(party.id);
    if (known) known.roles = [...new Set([...known.roles, ...party.roles])];
    else parties.set(party.id, party);
    return parties.get(party.id) as Party;
  };
  const { lead } = procurement;
  const leadParty = add({
    id:
      lead.kind === 'municipality'
        ? `municipality-${lead.code}`
        : lead.kind === 'association'
          ? `association-${lead.slug}`
          : 'lead',
    name: lead.name,
    roles: lead.kind === 'municipality' ? ['procuringEntity', 'buyer'] : ['procuringEntity'],
  });
  // Municipalities and regions take part alike: those who buy (lead, participant) are buyers, a
  // reference group or an observer an interested party; one that withdrew is no party.
  const taking = [
    ...(
      procurement.participants as { municipality: { code: string; name: string }; role: string; commitment: string }[]
    ).map((participant) => ({
      ...participant,
      id: `municipality-${participant.municipality.code}`,
      name: participant.municipality.name,
    })),
    ...procurement.publicBodyParticipants.map((participant) => ({
      ...participant,
      id: `public-body-${participant.publicBody.slug}`,
      name: participant.publicBody.name,
    })),
  ];
  for (const participant of taking) {
    if (participant.commitment === 'withdrawn') continue;
    const buys = participant.role === 'lead' || participant.role === 'participant';
    add({ id: participant.id, name: participant.name, roles: buys ? ['buyer'] : ['interestedParty'] });
  }
  for (const supplier of procurement.awardedSuppliers) {
    add({
      id: supplier.organisationNumber ? `supplier-${supplier.organisationNumber}` : `supplier-${supplier.name}`,
      name: supplier.name,
      roles: ['supplier'],
      ...(supplier.organisationNumber
        ? {
            identifier: {
              scheme: 'SE-BLV',
              id: supplier.organisationNumber.replace('-', ''),
              legalName: supplier.name,
            },
          }
        : {}),
    });
  }
  return { parties: [...parties.values()], lead: leadParty };
}

export function ocdsReleasePackage(procurement: ProcurementRow, ocidPrefix: string, packageUri: string) {
  const ocid = `${ocidPrefix}-${procurement.id}`;
  const updated = new Date(procurement.updatedAt).toISOString();
  const { parties, lead } = partiesOf(procurement);
  const reference = (party: Party) => ({ id: party.id, name: party.name });
  const buyer = parties.find((party) => party.roles.includes('buyer')) ?? lead;
  const { timeline, stage } = procurement;
  const awarded = ['awarded', 'contract_active', 'expired'].includes(stage);
  const contracted = ['contract_active', 'expired'].includes(stage);
  const lots = procurement.lots;
  const lotIds = lots.length > 0 ? lots.map((lot) => lot.id) : [undefined];
  const maxExtent =
    timeline.contractPeriod.end && timeline.extensionOptionsMonths
      ? addMonths(timeline.contractPeriod.end, timeline.extensionOptionsMonths)
      : undefined;

  const awards = awarded
    ? lotIds
        .map((lot) => {
          const winners = procurement.awardedSuppliers
            .filter((supplier) => lots.length === 0 || supplier.lot === lot)
            .sort((a, b) => a.rank - b.rank);
          return {
            id: `${procurement.reference}-award${lot ? `-${lot}` : ''}`,
            title: lot ? `Tilldelning, delområde ${lot}` : 'Tilldelning',
            status: 'active',
            date: dateTime(timeline.awardDate),
            suppliers: winners.map((supplier) =>
              reference(
                parties.find((party) => party.name === supplier.name && party.roles.includes('supplier')) as Party,
              ),
            ),
            contractPeriod: period(timeline.contractPeriod.start, timeline.contractPeriod.end, maxExtent),
            ...(lot ? { relatedLots: [lot] } : {}),
          };
        })
        .filter((award) => award.suppliers.length > 0)
    : [];

  const release = {
    ocid,
    id: `${ocid}-${updated}`,
    date: updated,
    tag: TAGS[stage],
    initiationType: 'tender',
    language: 'sv',
    parties,
    buyer: reference(buyer),
    planning: procurement.estimatedValueSek ? { budget: { amount: sek(procurement.estimatedValueSek) } } : undefined,
    tender: {
      id: procurement.reference,
      title: procurement.title,
      description: procurement.description || undefined,
      status: TENDER_STATUS[stage],
      procuringEntity: reference(lead),
      items: [
        ...procurement.technologies.map((technology, index) => ({
          id: `technology-${index + 1}`,
          description: technology.name,
          ...(procurement.cpvCodes[0] ? { classification: { scheme: 'CPV', id: procurement.cpvCodes[0] } } : {}),
        })),
        ...procurement.cpvCodes.slice(procurement.technologies.length > 0 ? 1 : 0).map((code, index) => ({
          id: `cpv-${index + 1}`,
          classification: { scheme: 'CPV', id: code },
        })),
      ],
      value: sek(procurement.estimatedValueSek),
      procurementMethod: procurement.procedure ? METHOD[procurement.procedure] : undefined,
      procurementMethodDetails: procurement.procedure ? PROCEDURE_NAMES[procurement.procedure] : undefined,
      mainProcurementCategory: 'services',
      tenderPeriod: period(timeline.tenderPeriod.start, timeline.tenderPeriod.end),
      awardPeriod: timeline.awardDate ? { endDate: dateTime(timeline.awardDate) } : undefined,
      contractPeriod: period(timeline.contractPeriod.start, timeline.contractPeriod.end, maxExtent),
      documents: procurement.documents.map((document, index) => ({
        id: `document-${index + 1}`,
        documentType: document.kind,
        title: document.title,
        url: document.url,
      })),
      lots: lots.map((lot) => ({
        id: lot.id,
        title: lot.title,
        description: lot.description,
        value: sek(lot.estimatedValueSek),
      })),
    },
    awards,
    contracts: contracted
      ? awards.map((award) => ({
          id: `${award.id.replace('-award', '-contract')}`,
          awardID: award.id,
          status: stage === 'expired' ? 'terminated' : 'active',
          period: period(timeline.contractPeriod.start, timeline.contractPeriod.end, maxExtent),
        }))
      : [],
    relatedProcesses: procurement.relatedProcesses.map((related, index) => ({
      id: String(index + 1),
      relationship: [related.relationship],
      title: related.procurement.title,
      scheme: 'ocid',
      identifier: `${ocidPrefix}-${related.procurement.id}`,
    })),
  };
  return {
    uri: packageUri,
    version: '1.1',
    extensions: lots.length > 0 ? [LOTS_EXTENSION] : undefined,
    publishedDate: updated,
    publisher: { name: 'Välfärdsnavet' },
    releases: [JSON.parse(JSON.stringify(release))],
  };
}
