import type { CsvExport } from '../../plugins/csv.ts';
import { joined } from '../../plugins/csv.ts';

interface Row {
  id: string;
  reference: string;
  title: string;
  collaborationType: string;
  procedure: string | null;
  stage: string;
  openForParticipants: boolean;
  cpvCodes: string[];
  estimatedValueSek: number | null;
  timeline: {
    plannedPublication: string | null;
    tenderPeriod: { start: string | null; end: string | null };
    awardDate: string | null;
    contractPeriod: { start: string | null; end: string | null };
  };
  lead: { code: string | null; slug: string | null; name: string } | null;
  participantCodes: string[];
  technologies: { slug: string }[];
  awardedSuppliers: { name: string }[];
  demo: boolean;
  updatedAt: string | Date;
}

/** GET /v1/procurements as CSV: a summary's columns, with the participants' codes and the awarded suppliers. */
export const procurementCsv: CsvExport<Row> = {
  file: 'procurements',
  columns: {
    id: (p) => p.id,
    reference: (p) => p.reference,
    title: (p) => p.title,
    collaboration_type: (p) => p.collaborationType,
    procedure: (p) => p.procedure,
    stage: (p) => p.stage,
    open_for_participants: (p) => p.openForParticipants,
    lead: (p) => p.lead?.code ?? p.lead?.slug,
    lead_name: (p) => p.lead?.name,
    participants: (p) => joined(p.participantCodes),
    participant_count: (p) => p.participantCodes.length,
    technologies: (p) => joined(p.technologies.map((t) => t.slug)),
    cpv_codes: (p) => joined(p.cpvCodes),
    estimated_value_sek: (p) => p.estimatedValueSek,
    planned_publication: (p) => p.timeline.plannedPublication,
    tender_end: (p) => p.timeline.tenderPeriod.end,
    award_date: (p) => p.timeline.awardDate,
    contract_start: (p) => p.timeline.contractPeriod.start,
    contract_end: (p) => p.timeline.contractPeriod.end,
    awarded_suppliers: (p) => joined(p.awardedSuppliers.map((s) => s.name)),
    demo: (p) => p.demo,
    updated_at: (p) => p.updatedAt,
  },
};
