import type { CsvExport } from '../../plugins/csv.ts';

interface Row {
  municipality: { code: string; name: string };
  technology: { slug: string; name: string };
  status: string;
  startedOn: string | null;
  usersCount: number | null;
  operatorModel: string | null;
  notes: string | null;
  demo: boolean;
  updatedAt: string | Date;
}

/** GET /v1/adoptions as CSV. */
export const adoptionCsv: CsvExport<Row> = {
  file: 'adoptions',
  columns: {
    municipality_code: (a) => a.municipality.code,
    municipality_name: (a) => a.municipality.name,
    technology: (a) => a.technology.slug,
    technology_name: (a) => a.technology.name,
    status: (a) => a.status,
    started_on: (a) => a.startedOn,
    users_count: (a) => a.usersCount,
    operator_model: (a) => a.operatorModel,
    notes: (a) => a.notes,
    demo: (a) => a.demo,
    updated_at: (a) => a.updatedAt,
  },
};
