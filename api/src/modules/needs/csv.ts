import type { CsvExport } from '../../plugins/csv.ts';
import { joined } from '../../plugins/csv.ts';

interface Row {
  id: string;
  title: string;
  problemStatement: string;
  targetGroup: string;
  serviceArea: string | null;
  estimatedVolume: number | null;
  desiredStart: string | null;
  budgetStatus: string;
  contactEmail: string | null;
  owner: { kind: string; code: string | null; slug: string | null; name: string };
  coOwnerCodes: string[];
  pooledVolume: number;
  municipalityCount: number;
  categories: { slug: string }[];
  technologies: { slug: string }[];
  status: string;
  procurement: { reference: string } | null;
  publishedAt: string | Date | null;
  demo: boolean;
  updatedAt: string | Date;
}

/** GET /v1/needs as CSV (with a key, like the JSON): a summary's columns, with the problem, contact and co-owners. */
export const needCsv: CsvExport<Row> = {
  file: 'needs',
  columns: {
    id: (n) => n.id,
    title: (n) => n.title,
    problem_statement: (n) => n.problemStatement,
    status: (n) => n.status,
    owner_kind: (n) => n.owner.kind,
    owner: (n) => n.owner.code ?? n.owner.slug,
    owner_name: (n) => n.owner.name,
    co_owners: (n) => joined(n.coOwnerCodes),
    target_group: (n) => n.targetGroup,
    service_area: (n) => n.serviceArea,
    estimated_volume: (n) => n.estimatedVolume,
    pooled_volume: (n) => n.pooledVolume,
    municipality_count: (n) => n.municipalityCount,
    desired_start: (n) => n.desiredStart,
    budget_status: (n) => n.budgetStatus,
    categories: (n) => joined(n.categories.map((c) => c.slug)),
    technologies: (n) => joined(n.technologies.map((t) => t.slug)),
    procurement: (n) => n.procurement?.reference,
    contact_email: (n) => n.contactEmail,
    published_at: (n) => n.publishedAt,
    demo: (n) => n.demo,
    updated_at: (n) => n.updatedAt,
  },
};
