/** The demo catalogue's categories: five areas, each with its own sub-categories. */
export const demoCategories = [
  {
    slug: 'trygghet-och-tillsyn',
    name: 'Trygghet och tillsyn',
    description: 'Larm och tillsyn som gör det tryggt att bo kvar hemma.',
    parent: null,
  },
  {
    slug: 'larm',
    name: 'Larm',
    description: 'Larm som den enskilde utlöser själv eller som utlöses automatiskt.',
    parent: 'trygghet-och-tillsyn',
  },
  {
    slug: 'tillsyn',
    name: 'Tillsyn',
    description: 'Tillsyn på distans i stället för, eller som komplement till, besök.',
    parent: 'trygghet-och-tillsyn',
  },
  {
    slug: 'lakemedel-och-halsa',
    name: 'Läkemedel och hälsa',
    description: 'Stöd för läkemedelshantering och egenvård.',
    parent: null,
  },
  { slug: 'lakemedelshantering', name: 'Läkemedelshantering', description: null, parent: 'lakemedel-och-halsa' },
  {
    slug: 'egenvard-och-monitorering',
    name: 'Egenvård och monitorering',
    description: null,
    parent: 'lakemedel-och-halsa',
  },
  {
    slug: 'vardag-och-sjalvstandighet',
    name: 'Vardag och självständighet',
    description: 'Hjälpmedel som gör mer möjligt att klara själv.',
    parent: null,
  },
  { slug: 'kognitivt-stod', name: 'Kognitivt stöd', description: null, parent: 'vardag-och-sjalvstandighet' },
  { slug: 'maltider-och-hygien', name: 'Måltider och hygien', description: null, parent: 'vardag-och-sjalvstandighet' },
  {
    slug: 'kommunikation-och-delaktighet',
    name: 'Kommunikation och delaktighet',
    description: 'Kontakt med omvärlden, närstående och personal.',
    parent: null,
  },
  {
    slug: 'arbetssatt-och-verksamhet',
    name: 'Arbetssätt och verksamhet',
    description: 'Teknik som ändrar hur personalen arbetar.',
    parent: null,
  },
];
