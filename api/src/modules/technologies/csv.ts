import type { CsvExport } from '../../plugins/csv.ts';
import { joined } from '../../plugins/csv.ts';

interface Row {
  slug: string;
  name: string;
  summary: string;
  category: { slug: string; parent: { slug: string } | null };
  targetGroups: string[];
  readiness: string;
  standards: string[];
  iso9999Codes: string[];
  status: string;
  adoptionSummary: Record<'planned' | 'pilot' | 'implemented' | 'scaled' | 'discontinued' | 'total', number>;
  updatedAt: string | Date;
}

/** GET /v1/technologies as CSV: the columns of a list item (`TechnologySummary`). */
export const technologyCsv: CsvExport<Row> = {
  file: 'technologies',
  columns: {
    slug: (t) => t.slug,
    name: (t) => t.name,
    summary: (t) => t.summary,
    category: (t) => t.category.slug,
    parent_category: (t) => t.category.parent?.slug,
    target_groups: (t) => joined(t.targetGroups),
    readiness: (t) => t.readiness,
    standards: (t) => joined(t.standards),
    iso9999_codes: (t) => joined(t.iso9999Codes),
    status: (t) => t.status,
    adoptions_planned: (t) => t.adoptionSummary.planned,
    adoptions_pilot: (t) => t.adoptionSummary.pilot,
    adoptions_implemented: (t) => t.adoptionSummary.implemented,
    adoptions_scaled: (t) => t.adoptionSummary.scaled,
    adoptions_discontinued: (t) => t.adoptionSummary.discontinued,
    adoptions_total: (t) => t.adoptionSummary.total,
    updated_at: (t) => t.updatedAt,
  },
};
