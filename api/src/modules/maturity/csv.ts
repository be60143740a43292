import { maturityDimensions } from '../../db/schema/index.ts';
import type { CsvExport } from '../../plugins/csv.ts';

interface Member {
  municipality: { code: string; name: string };
  dimensions: Record<string, { level: number } | null> | null;
  demo: boolean;
}

interface Comparison {
  association: { slug: string };
  year: number;
  median: Record<string, number | null>;
  members: Member[];
}

/** GET /v1/maturity as CSV: one row per member, and a last row with the association's median. */
export const maturityCsv: CsvExport<Member & { year?: number }> = {
  file: 'maturity',
  rows: (comparison: Comparison) => [
    ...comparison.members.map((member) => ({ ...member, year: comparison.year })),
    {
      municipality: { code: '', name: `median ${comparison.association.slug}` },
      dimensions: Object.fromEntries(
        maturityDimensions.map((d) => [
          d,
          comparison.median[d] == null ? null : { level: comparison.median[d] as number },
        ]),
      ),
      demo: false,
      year: comparison.year,
    },
  ],
  columns: {
    year: (m) => m.year,
    municipality_code: (m) => m.municipality.code,
    municipality_name: (m) => m.municipality.name,
    ...Object.fromEntries(maturityDimensions.map((d) => [d, (m: Member) => m.dimensions?.[d]?.level])),
    demo: (m) => m.demo,
  },
};
