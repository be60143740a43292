import type { Schemas } from '@valfardsnavet/client';
import { linesOf, orNull } from '../../components/slug.ts';
import type { Procurement } from './queries.ts';

/** The form's values: the lead as `association:vastkom`, `municipality:1490` or `external:`; numbers as text. */
export interface ProcurementValues {
  lead: string;
  leadExternal: string;
  reference: string;
  title: string;
  description: string;
  collaborationType: Procurement['collaborationType'];
  procedure: string;
  cpvCodes: string;
  technologies: string[];
  categories: string[];
  needs: string[];
  plannedPublication: string;
  tenderStart: string;
  tenderEnd: string;
  awardDate: string;
  contractStart: string;
  contractEnd: string;
  extensionOptionsMonths: string;
  estimatedValueSek: string;
  lots: { id: string; title: string; description: string; estimatedValueSek: string }[];
  documents: { title: string; url: string; kind: string }[];
  awardedSuppliers: { name: string; organisationNumber: string; lot: string; rank: string }[];
}

export const EMPTY: ProcurementValues = {
  lead: '',
  leadExternal: '',
  reference: '',
  title: '',
  description: '',
  collaborationType: 'temporary',
  procedure: '',
  cpvCodes: '',
  technologies: [],
  categories: [],
  needs: [],
  plannedPublication: '',
  tenderStart: '',
  tenderEnd: '',
  awardDate: '',
  contractStart: '',
  contractEnd: '',
  extensionOptionsMonths: '',
  estimatedValueSek: '',
  lots: [],
  documents: [],
  awardedSuppliers: [],
};

const text = (value: number | string | null | undefined) =>
  value === null || value === undefined ? '' : String(value);
const number = (value: string) => (value.trim() === '' ? null : Number(value));

export const toForm = (p: Procurement): ProcurementValues => ({
  lead:
    p.lead.kind === 'external'
      ? 'external:'
      : p.lead.kind === 'municipality'
        ? `municipality:${p.lead.code}`
        : `association:${p.lead.slug}`,
  leadExternal: p.lead.kind === 'external' ? p.lead.name : '',
  reference: p.reference,
  title: p.title,
  description: p.description,
  collaborationType: p.collaborationType,
  procedure: p.procedure ?? '',
  cpvCodes: p.cpvCodes.join('\n'),
  technologies: p.technologies.map((t) => t.slug),
  categories: p.categories.map((c) => c.slug),
  needs: p.needs.map((n) => n.id),
  plannedPublication: text(p.timeline.plannedPublication),
  tenderStart: text(p.timeline.tenderPeriod.start),
  tenderEnd: text(p.timeline.tenderPeriod.end),
  awardDate: text(p.timeline.awardDate),
  contractStart: text(p.timeline.contractPeriod.start),
  contractEnd: text(p.timeline.contractPeriod.end),
  extensionOptionsMonths: text(p.timeline.extensionOptionsMonths),
  estimatedValueSek: text(p.estimatedValueSek),
  lots: p.lots.map((lot) => ({
    id: lot.id,
    title: lot.title,
    description: lot.description ?? '',
    estimatedValueSek: text(lot.estimatedValueSek),
  })),
  documents: p.documents.map((d) => ({ ...d })),
  awardedSuppliers: p.awardedSuppliers.map((s) => ({
    name: s.name,
    organisationNumber: s.organisationNumber ?? '',
    lot: s.lot ?? '',
    rank: String(s.rank),
  })),
});

const leadOf = (v: ProcurementValues): Schemas['NewProcurement']['lead'] => {
  const [kind, key] = v.lead.split(':');
  if (kind === 'external') return { external: v.leadExternal.trim() };
  return kind === 'municipality' ? { municipality: key } : { association: key };
};

/** The body both create and change send: every field, the timeline whole. */
export const toBody = (v: ProcurementValues) => ({
  lead: leadOf(v),
  reference: v.reference,
  title: v.title,
  description: v.description,
  collaborationType: v.collaborationType,
  procedure: (orNull(v.procedure) as Procurement['procedure']) ?? null,
  cpvCodes: linesOf(v.cpvCodes),
  technologies: v.technologies,
  categories: v.categories,
  needs: v.needs,
  timeline: {
    plannedPublication: orNull(v.plannedPublication),
    tenderPeriod: { start: orNull(v.tenderStart), end: orNull(v.tenderEnd) },
    awardDate: orNull(v.awardDate),
    contractPeriod: { start: orNull(v.contractStart), end: orNull(v.contractEnd) },
    extensionOptionsMonths: number(v.extensionOptionsMonths),
  },
  estimatedValueSek: number(v.estimatedValueSek),
  lots: v.lots.map((lot) => ({
    id: lot.id,
    title: lot.title,
    ...(lot.description.trim() ? { description: lot.description } : {}),
    ...(lot.estimatedValueSek.trim() ? { estimatedValueSek: Number(lot.estimatedValueSek) } : {}),
  })),
  documents: v.documents,
  awardedSuppliers: v.awardedSuppliers.map((s) => ({
    name: s.name,
    rank: Number(s.rank),
    ...(s.organisationNumber.trim() ? { organisationNumber: s.organisationNumber.trim() } : {}),
    ...(s.lot ? { lot: s.lot } : {}),
  })),
});

/** Where the API names a field (`timeline.tenderPeriod.start`, `lead.external`), the form field it is. */
export function fieldOf(field: string): string {
  const timeline: Record<string, string> = {
    'timeline.plannedPublication': 'plannedPublication',
    'timeline.tenderPeriod.start': 'tenderStart',
    'timeline.tenderPeriod.end': 'tenderEnd',
    'timeline.awardDate': 'awardDate',
    'timeline.contractPeriod.start': 'contractStart',
    'timeline.contractPeriod.end': 'contractEnd',
    'timeline.extensionOptionsMonths': 'extensionOptionsMonths',
  };
  if (timeline[field]) return timeline[field];
  if (field === 'lead.external') return 'leadExternal';
  if (field.startsWith('lead')) return 'lead';
  if (/^(cpvCodes|needs|technologies|categories)\./.test(field)) return field.split('.')[0] ?? field;
  return field;
}

/**
 * A change leaves out the linked needs when they are the ones linked already: sending them again
 * would have the API record a change to each need (and, from tender on, move them) for nothing.
 */
export function changesOf(body: ReturnType<typeof toBody>, before: Procurement) {
  const linked = new Set(before.needs.map((need) => need.id));
  const same = body.needs.length === linked.size && body.needs.every((id) => linked.has(id));
  if (!same) return body;
  const { needs: _needs, ...rest } = body;
  return rest;
}
