import type { CsvExport } from '../../plugins/csv.ts';
import { joined } from '../../plugins/csv.ts';

interface Row {
  code: string;
  name: string;
  county: { code: string; name: string };
  associations: { slug: string; name: string }[];
  website: string | null;
  contactEmail: string | null;
  population: number | null;
  populationYear: number | null;
  updatedAt: string | Date;
}

/** GET /v1/municipalities as CSV. */
export const municipalityCsv: CsvExport<Row> = {
  file: 'municipalities',
  columns: {
    code: (m) => m.code,
    name: (m) => m.name,
    county_code: (m) => m.county.code,
    county_name: (m) => m.county.name,
    associations: (m) => joined(m.associations.map((a) => a.slug)),
    website: (m) => m.website,
    contact_email: (m) => m.contactEmail,
    population: (m) => m.population,
    population_year: (m) => m.populationYear,
    updated_at: (m) => m.updatedAt,
  },
};
