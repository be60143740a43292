import type { App } from '../../src/app.ts';
import type { Session } from './actors.ts';

/** A small, realistic catalogue, created and published through the API as an admin would. */
export async function createCatalogue(app: App, admin: Session) {
  const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
  const post = async (url: string, payload: object) => {
    const response = await app.inject({ method: 'POST', url, headers, payload });
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response;
  };
  await post('/v1/technology-categories', { slug: 'trygghet-och-larm', name: 'Trygghet och larm' });
  await post('/v1/technology-categories', { slug: 'larm', name: 'Larm', parent: 'trygghet-och-larm' });
  await post('/v1/technology-categories', { slug: 'tillsyn', name: 'Tillsyn', parent: 'trygghet-och-larm' });
  await post('/v1/technology-categories', { slug: 'vard-och-behandling', name: 'Vård och behandling' });
  const technologies = [
    {
      slug: 'digital-nattillsyn',
      category: 'tillsyn',
      name: 'Digital nattillsyn med kamera',
      summary: 'Tillsyn nattetid genom en kamera i stället för ett besök som väcker.',
      description: 'En nattkamera visar personalen en kort bild vid en överenskommen tid. Kräver samtycke.',
      targetGroups: ['elderly_care'],
      legalBasis: ['SoL 4 kap. 1 §', 'Samtycke från den enskilde'],
      readiness: 'established',
    },
    {
      slug: 'digitala-trygghetslarm',
      category: 'larm',
      name: 'Digitala trygghetslarm',
      summary: 'Larm som den enskilde bär och som går till en larmcentral över mobilnätet.',
      description: 'Larmet följer SCAIP, svensk standard för kommunikation mellan larm och larmcentral.',
      targetGroups: ['elderly_care', 'disability_support'],
      standards: ['SS 91100 (SCAIP)'],
      readiness: 'established',
    },
    {
      slug: 'gps-larm',
      category: 'larm',
      name: 'GPS-larm',
      summary: 'Larm med positionering för den som vill röra sig fritt utomhus.',
      description: 'Positionen visas när larmet utlöses.',
      targetGroups: ['elderly_care'],
      readiness: 'try',
    },
    {
      slug: 'lakemedelsautomat',
      category: 'vard-och-behandling',
      name: 'Läkemedelsautomat',
      summary: 'Automat som ger rätt dos läkemedel vid rätt tid och påminner.',
      description: 'Doseringen sköts av hälso- och sjukvårdspersonal. <script>alert("x")</script>',
      targetGroups: ['home_health_care'],
      readiness: 'established',
    },
  ];
  for (const technology of technologies) {
    await post('/v1/technologies', technology);
    const etag = (await app.inject({ url: `/v1/technologies/${technology.slug}`, headers })).headers.etag as string;
    const published = await app.inject({
      method: 'PATCH',
      url: `/v1/technologies/${technology.slug}`,
      headers: { ...headers, 'if-match': etag },
      payload: { status: 'published' },
    });
    if (published.statusCode !== 200) throw new Error(`publish ${technology.slug}: ${published.body}`);
  }
}
