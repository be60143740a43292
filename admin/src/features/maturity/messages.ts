import type { Dimension } from './queries.ts';

/** Mognad: every word of the maturity views (the comparison and the assessment form). */
export const m = {
  title: 'Mognad',
  filterLabel: 'Välj förbund och år',
  association: 'Förbund',
  chooseAssociation: 'Välj ett förbund',
  year: 'År',
  pickAssociation: 'Välj ett förbund för att jämföra medlemmarnas mognad.',
  assessLink: 'Fyll i en kommuns bedömning',
  compareLink: 'Jämför förbundets medlemmar',
  assessed: (assessed: number, members: number, year: number) =>
    `${assessed} av ${members} medlemmar har bedömt sin mognad ${year}.`,
  chartTitle: (association: string, year: number) => `Mognad i ${association} ${year}`,
  chartDescription: 'Diagram: varje dimension med medlemmarnas nivåer (punkter, 1–5) och medianen (streck).',
  chartKey: 'Punkt: en kommuns nivå (1–5). Lodrätt streck: förbundets median.',
  chartText: 'Diagrammet i text',
  chartLine: (dimension: string, median: string, levels: string) => `${dimension}: median ${median}; ${levels}.`,
  levelCount: (level: number, count: number) => `nivå ${level}: ${count}`,
  noLevels: 'ingen har bedömt',
  tableCaption: (association: string, year: number) => `Mognad per kommun och dimension i ${association} ${year}`,
  municipality: 'Kommun',
  median: 'Median',
  none: '–',
  // The assessment form
  formTitle: 'Mognadsbedömning',
  formIntro:
    'Bedöm kommunens mognad för välfärdsteknik i varje dimension, från 1 (inte påbörjat) till 5 (etablerat och uppföljt), och ange vad bedömningen bygger på.',
  pickLabel: 'Välj kommun och år',
  chooseMunicipality: 'Välj en kommun',
  pickMunicipality: 'Välj en kommun i din behörighet.',
  noMunicipalities: 'Du har ingen kommun i din behörighet.',
  newAssessment: (municipality: string, year: number) => `${municipality} har ingen bedömning för ${year} ännu.`,
  level: 'Nivå',
  notAssessed: 'Inte bedömd',
  evidence: 'Underlag',
  evidenceHint: 'Vad nivån bygger på: beslut, planer, uppföljningar.',
  levels: {
    1: '1 – Inte påbörjat',
    2: '2 – Påbörjat',
    3: '3 – Delvis infört',
    4: '4 – Infört',
    5: '5 – Etablerat och uppföljt',
  } as Record<number, string>,
  what: 'bedömningen',
  saved: 'Bedömningen är sparad.',
  demo: 'Bedömningen är fiktiva demodata.',
  dimensions: {
    strategy: 'Strategi',
    organisation: 'Organisation',
    competence: 'Kompetens',
    infrastructure: 'Infrastruktur',
    law_ethics_security: 'Juridik, etik och säkerhet',
    user_competence: 'Brukarnas kompetens',
    procurement_market: 'Upphandling och marknad',
    follow_up: 'Uppföljning',
  } satisfies Record<Dimension, string>,
};

/** The eight dimensions in the order the views show them. */
export const DIMENSIONS = Object.keys(m.dimensions) as Dimension[];
