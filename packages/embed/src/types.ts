/** The parts of the API's answers the elements show (see packages/client/openapi.json for all of them). */
export interface Page<T> {
  items: T[];
  total?: number;
}

export type AdoptionStatus = 'none' | 'planned' | 'pilot' | 'implemented' | 'scaled' | 'discontinued';

export interface AdoptionSummary {
  planned: number;
  pilot: number;
  implemented: number;
  scaled: number;
  discontinued: number;
  total: number;
}

export interface Technology {
  slug: string;
  name: string;
  summary: string;
  readiness: string;
  category: { slug: string; name: string; parent: { slug: string; name: string } | null };
  adoptionSummary: AdoptionSummary;
  guides: { slug: string; title: string; kind: string }[];
  descriptionHtml?: string;
}

export interface AdoptionMap {
  technology: { slug: string; name: string };
  municipalities: { code: string; name: string; countyCode: string; status: AdoptionStatus; demo: boolean }[];
}

/** The boundaries' GeoJSON, as the shared projection reads it. */
export type { Boundaries } from '@valfardsnavet/geo';

export interface Procurement {
  id: string;
  reference: string | null;
  title: string;
  stage: string;
  openForParticipants: boolean;
  lead: { name: string } | null;
  timeline: { tenderPeriod: { end: string | null }; contractPeriod: { start: string | null; end: string | null } };
  participantCount: number;
  technologies: { slug: string; name: string }[];
  demo: boolean;
}

export type Position = 'supports' | 'supports_with_reservations' | 'rejects' | 'no_response';
export type Totals = Record<Position, number> & { total: number };

export interface Consultation {
  model: { slug: string; name: string };
  consultation: { association: { slug: string; name: string }; opens: string; closes: string } | null;
  totals: Totals;
  associations: {
    association: { slug: string; name: string };
    totals: Totals;
    municipalities: { code: string; name: string; position: Position; comment: string | null; demo: boolean }[];
  }[];
}

export interface Maturity {
  association: { slug: string; name: string };
  year: number;
  assessedCount: number;
  median: Record<string, number | null>;
  members: {
    municipality: { code: string; name: string };
    dimensions: Record<string, { level: number } | null>;
    demo: boolean;
  }[];
}
