import { sql } from 'drizzle-orm';
import type { Db } from '../../client.ts';
import {
  associationMembers,
  associations,
  consultationResponses,
  needCategories,
  needCoOwners,
  needs,
  needTechnologies,
  operatorModelMembers,
  operatorModels,
  procurementParticipants,
  procurementStageChanges,
  procurements,
  procurementTechnologies,
} from '../../schema/index.ts';
import { seedPublicBodyDemo } from './public-bodies.ts';

/**
 * Fictitious coordination data for the demo, every row marked `demo`: needs with co-owners, two
 * procurement collaborations and one operator model per legal form, out for consultation with
 * VästKom's members. The legal references in the model descriptions are real; the organisations'
 * needs, volumes, answers and decisions are invented. Fixed ids keep it idempotent.
 */

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const PROCUREMENT_ALARMS = id(101);
const PROCUREMENT_INNOVATION = id(102);

type NeedSeed = {
  n: number;
  owner: { municipality?: string; association?: string };
  title: string;
  problemStatement: string;
  targetGroup: 'elderly_care' | 'disability_support' | 'individual_family_care' | 'home_health_care';
  serviceArea: string;
  estimatedVolume: number | null;
  desiredStart: string;
  budgetStatus: 'budgeted' | 'not_budgeted' | 'external_funding';
  status: 'draft' | 'published' | 'in_dialogue' | 'in_procurement';
  categories: string[];
  technologies: string[];
  coOwners: [string, number][];
  procurement?: string;
};

const NEEDS: NeedSeed[] = [
  {
    n: 1,
    owner: { municipality: '1490' },
    title: 'Tillsyn nattetid som inte väcker den som sover',
    problemStatement:
      'Nattpatrullen gör många planerade tillsynsbesök som väcker brukare som sover dåligt, och restiden mellan ' +
      'besöken tar tid från dem som behöver hjälp. Vi söker ett sätt att se att den enskilde är trygg utan att ' +
      'störa, med samtycke och med dokumentation i verksamhetssystemet.',
    targetGroup: 'elderly_care',
    serviceArea: 'Hemtjänst, natt',
    estimatedVolume: 150,
    desiredStart: '2027-04-01',
    budgetStatus: 'budgeted',
    status: 'published',
    categories: ['tillsyn'],
    technologies: ['digital-nattillsyn'],
    coOwners: [
      ['1491', 40],
      ['1452', 25],
      ['1465', 20],
    ],
  },
  {
    n: 2,
    owner: { association: 'borasregionen' },
    title: 'Larmmottagning dygnet runt för digitala trygghetslarm',
    problemStatement:
      'Medlemskommunerna tar emot trygghetslarm var för sig, med olika avtal och olika svarstider. Ingen har ' +
      'volym nog att ställa krav på leverantörerna. Vi behöver en gemensam mottagning med samma servicenivå för alla.',
    targetGroup: 'elderly_care',
    serviceArea: 'Trygghetslarm',
    estimatedVolume: 2400,
    desiredStart: '2027-02-01',
    budgetStatus: 'budgeted',
    status: 'in_procurement',
    categories: ['larm'],
    technologies: ['digitala-trygghetslarm'],
    coOwners: [],
    procurement: PROCUREMENT_ALARMS,
  },
  {
    n: 3,
    owner: { municipality: '1496' },
    title: 'Läkemedel i rätt tid utan ett besök för varje dos',
    problemStatement:
      'Många besök i hemtjänsten görs bara för att överlämna läkemedel. Brukare som klarar att ta sina läkemedel ' +
      'själva med påminnelse behöver ett säkert sätt att få rätt dos i rätt tid, och sjuksköterskan behöver se ' +
      'när en dos inte tagits.',
    targetGroup: 'home_health_care',
    serviceArea: 'Hemsjukvård',
    estimatedVolume: 80,
    desiredStart: '2027-09-01',
    budgetStatus: 'not_budgeted',
    status: 'published',
    categories: ['lakemedelshantering'],
    technologies: ['lakemedelsautomat'],
    coOwners: [
      ['1493', 30],
      ['1499', 45],
    ],
  },
  {
    n: 4,
    owner: { municipality: '1488' },
    title: 'Trygg utevistelse för personer med demenssjukdom',
    problemStatement:
      'Personer med demenssjukdom som bor hemma vill fortsätta gå sina promenader. Anhöriga och personal oroar sig ' +
      'för att de inte hittar hem. Vi behöver ett sätt att larma och hitta personen som bygger på samtycke och ' +
      'en individuell prövning.',
    targetGroup: 'elderly_care',
    serviceArea: 'Demensomsorg',
    estimatedVolume: 60,
    desiredStart: '2027-05-01',
    budgetStatus: 'external_funding',
    status: 'in_dialogue',
    categories: ['larm'],
    technologies: ['gps-larm'],
    coOwners: [['1487', 35]],
  },
  {
    n: 5,
    owner: { municipality: '1480' },
    title: 'Mindre ensamhet för äldre som bor hemma',
    problemStatement:
      'Ensamhet är vanlig bland äldre i ordinärt boende och ökar risken för ohälsa. Vi vill ge fler möjlighet ' +
      'till regelbundna samtal med anhöriga, personal och andra, även för den som inte vant sig vid digitala verktyg.',
    targetGroup: 'elderly_care',
    serviceArea: 'Hemtjänst och dagverksamhet',
    estimatedVolume: 400,
    desiredStart: '2027-01-15',
    budgetStatus: 'not_budgeted',
    status: 'published',
    categories: ['kommunikation-och-delaktighet'],
    technologies: ['videosamtal'],
    coOwners: [['1401', 60]],
  },
  {
    n: 6,
    owner: { municipality: '1441' },
    title: 'Nyckelfri hemtjänst med en gemensam låsplattform',
    problemStatement:
      'Nycklar hämtas och lämnas flera gånger om dagen och ibland kommer de bort. Vi vill att personalen kommer in ' +
      'med behörighet som loggas, och att låsen fungerar oavsett vilken utförare som har uppdraget.',
    targetGroup: 'elderly_care',
    serviceArea: 'Hemtjänst',
    estimatedVolume: 300,
    desiredStart: '2027-10-01',
    budgetStatus: 'not_budgeted',
    status: 'draft',
    categories: ['arbetssatt-och-verksamhet'],
    technologies: ['nyckelfri-hemtjanst'],
    coOwners: [],
  },
];

const LEGAL_FORMS = [
  {
    slug: 'egen-regi-larm',
    name: 'Var kommun i egen regi',
    legalForm: 'own_operation' as const,
    description:
      'Varje kommun driver sin välfärdsteknik och larmmottagning själv. Samverkan sker genom nätverk och ' +
      'gemensamma upphandlingar, utan gemensam organisation.',
    governance: 'Varje kommuns socialnämnd.',
    costSharing: 'per_user' as const,
    advantages: ['Full rådighet över verksamheten', 'Ingen ny organisation att styra'],
    risks: ['Små kommuner saknar volym och kompetens', 'Olika servicenivå mellan kommunerna'],
  },
  {
    slug: 'vardkommun-larmcentral',
    name: 'Värdkommun för gemensam larmcentral',
    legalForm: 'host_municipality' as const,
    description:
      'En kommun är värdkommun och utför larmmottagning och teknisk drift åt de andra genom avtalssamverkan ' +
      'enligt 9 kap. 37 § kommunallagen (2017:725).',
    governance: 'Samverkansavtal med styrgrupp av förvaltningschefer; värdkommunens nämnd fattar besluten.',
    // By users, which the demo members have (per capita is the municipal association's rule below).
    costSharing: 'per_user' as const,
    advantages: ['Snabbt att starta', 'Bygger på befintlig organisation'],
    risks: ['De andra kommunerna styr indirekt, genom avtalet', 'Värdkommunen bär arbetsgivaransvaret'],
  },
  {
    slug: 'gemensam-namnd-valfardsteknik',
    name: 'Gemensam nämnd för välfärdsteknik',
    legalForm: 'joint_committee' as const,
    description:
      'Kommunerna inrättar en gemensam nämnd enligt 9 kap. 19 § kommunallagen (2017:725), i en av kommunerna ' +
      'som värdkommun, med ledamöter från alla.',
    governance: 'Gemensam nämnd med ledamöter från varje kommun; reglemente och samverkansavtal.',
    costSharing: 'fixed_plus_variable' as const,
    advantages: ['Alla kommuner är representerade i den politiska styrningen', 'Ingen ny juridisk person'],
    risks: ['Kräver likalydande beslut i alla fullmäktige', 'Tyngre att ändra än ett avtal'],
  },
  {
    slug: 'kommunalforbund-valfardsteknik',
    name: 'Kommunalförbund för välfärdsteknik',
    legalForm: 'municipal_association' as const,
    description:
      'Kommunerna bildar ett kommunalförbund enligt 9 kap. 3 § kommunallagen (2017:725), eller ger ett befintligt ' +
      'förbund uppdraget, med egen personal och egen budget.',
    governance: 'Förbundsfullmäktige eller förbundsdirektion; förbundsordning.',
    costSharing: 'per_capita' as const,
    advantages: ['En egen organisation med tydligt uppdrag', 'Kan anställa och upphandla själv'],
    risks: ['Längre väg från brukare till beslut', 'Kostnad för en ny organisation'],
  },
  {
    slug: 'gemensamt-bolag-valfardsteknik',
    name: 'Gemensamt ägt bolag',
    legalForm: 'joint_company' as const,
    description:
      'Kommunerna äger tillsammans ett aktiebolag (10 kap. kommunallagen) som driver tjänsterna. Med kontroll ' +
      'motsvarande den över egen förvaltning kan kommunerna anlita bolaget utan upphandling (3 kap. LOU).',
    governance: 'Bolagsstämma, styrelse och ägardirektiv från varje ägarkommun.',
    costSharing: 'fixed_plus_variable' as const,
    advantages: ['Affärsmässig styrning', 'Kan sälja tjänster till fler kommuner'],
    risks: ['Kraven för att slippa upphandling måste hållas', 'Offentlighetsprincipen måste säkras i avtal'],
  },
  {
    slug: 'upphandlad-driftleverantor',
    name: 'Upphandlad extern driftleverantör',
    legalForm: 'external_provider' as const,
    description:
      'Kommunerna upphandlar drift och larmmottagning gemensamt från en extern leverantör enligt lagen (2016:1145) ' +
      'om offentlig upphandling och följer upp avtalet tillsammans.',
    governance: 'Gemensam avtalsförvaltning med en styrgrupp för uppföljning.',
    costSharing: 'per_user' as const,
    advantages: ['Leverantören bär driftrisken', 'Snabb tillgång till kompetens'],
    risks: ['Beroende av en leverantör', 'Svårt att byta när avtalet löper ut'],
  },
];

const POSITIONS = ['supports', 'supports_with_reservations', 'rejects'] as const;
const COMMENTS = {
  supports: 'Vi ställer oss bakom förslaget.',
  supports_with_reservations: 'Vi ställer oss bakom förslaget men vill se över kostnadsfördelningen.',
  rejects: 'Vi avstyrker förslaget i nuvarande form.',
};

export async function seedCoordinationDemo(tx: Db, next: () => number) {
  // Procurements first: needs refer to them.
  const [alarms] = await tx
    .insert(procurements)
    .values([
      {
        id: PROCUREMENT_ALARMS,
        reference: 'BR-2026-TL',
        title: 'Digitala trygghetslarm med gemensam larmmottagning',
        description:
          'Fiktiv demo: samordnad upphandling av digitala trygghetslarm och larmmottagning dygnet runt för ' +
          'kommunerna i Boråsregionen, med larm enligt SS 91100 (SCAIP).',
        leadAssociationSlug: 'borasregionen',
        collaborationType: 'temporary',
        procedure: 'open',
        cpvCodes: ['79711000-1', '48000000-8'],
        stage: 'tender',
        plannedPublication: '2026-10-01',
        tenderStart: '2026-10-01',
        tenderEnd: '2026-11-30',
        awardDate: '2027-01-15',
        contractStart: '2027-03-01',
        contractEnd: '2029-02-28',
        extensionOptionsMonths: 24,
        estimatedValueSek: 36_000_000,
        lots: [
          { id: '1', title: 'Trygghetslarm och installation' },
          { id: '2', title: 'Larmmottagning dygnet runt' },
        ],
        demo: true,
      },
      {
        id: PROCUREMENT_INNOVATION,
        reference: 'GR-2026-IU',
        title: 'Innovationsupphandling: sensorer som ser förändrade aktivitetsmönster',
        description:
          'Fiktiv demo: innovationspartnerskap för att utveckla sensorer som tidigt ser när en äldre persons ' +
          'vardag förändras, med marknadsdialog innan upphandlingen.',
        leadAssociationSlug: 'goteborgsregionen',
        collaborationType: 'innovation',
        procedure: 'innovation_partnership',
        cpvCodes: ['73000000-2'],
        stage: 'market_dialogue',
        plannedPublication: '2027-03-01',
        estimatedValueSek: 8_000_000,
        demo: true,
      },
    ])
    .onConflictDoNothing()
    .returning({ id: procurements.id });
  if (alarms) {
    await tx.insert(procurementTechnologies).values([
      { procurementId: PROCUREMENT_ALARMS, technologySlug: 'digitala-trygghetslarm' },
      { procurementId: PROCUREMENT_INNOVATION, technologySlug: 'sensorer-for-aktivitetsmonster' },
    ]);
    // Each step so far: from the stage before to this one, on that day.
    const stageChanges = [
      [PROCUREMENT_ALARMS, null, 'planning', '2026-03-02'],
      [PROCUREMENT_ALARMS, 'planning', 'needs_analysis', '2026-04-15'],
      [PROCUREMENT_ALARMS, 'needs_analysis', 'tender', '2026-10-01'],
      [PROCUREMENT_INNOVATION, null, 'planning', '2026-05-04'],
      [PROCUREMENT_INNOVATION, 'planning', 'market_dialogue', '2026-09-01'],
    ] as const;
    await tx.insert(procurementStageChanges).values(
      stageChanges.map(([procurementId, fromStage, toStage, day]) => ({
        procurementId,
        fromStage,
        toStage,
        changedAt: new Date(`${day}T09:00:00Z`),
      })),
    );
    // Boråsregionen leads it for its members. Three gave it their fullmakt in June and two stepped back;
    // Borås's council has not decided yet, so Borås is still interested (the admin's story has its editor
    // record the fullmakt).
    const alarmParticipants = [
      ['1490', 'interested'],
      ['1491', 'mandate_given'],
      ['1452', 'interested'],
      ['1465', 'withdrawn'],
      ['1463', 'mandate_given'],
      ['1443', 'mandate_given'],
      ['1466', 'interested'],
      ['1442', 'withdrawn'],
    ] as const;
    await tx.insert(procurementParticipants).values([
      ...alarmParticipants.map(([code, commitment]) => ({
        procurementId: PROCUREMENT_ALARMS,
        municipalityCode: code,
        role: 'participant' as const,
        commitment,
        commitmentDates: {
          interested: '2026-03-15',
          ...(commitment === 'interested' ? {} : { [commitment]: '2026-06-10' }),
        },
        estimatedVolume: 100 + Math.floor(next() * 600),
        demo: true,
      })),
      ...['1480', '1401', '1402', '1384'].map((code, index) => ({
        procurementId: PROCUREMENT_INNOVATION,
        municipalityCode: code,
        role: index === 0 ? ('lead' as const) : index === 3 ? ('reference_group' as const) : ('participant' as const),
        commitment: 'interested' as const,
        commitmentDates: { interested: '2026-05-20' },
        estimatedVolume: null,
        demo: true,
      })),
    ]);
  }

  let addedNeeds = 0;
  for (const need of NEEDS) {
    const inserted = await tx
      .insert(needs)
      .values({
        id: id(need.n),
        title: need.title,
        problemStatement: need.problemStatement,
        targetGroup: need.targetGroup,
        serviceArea: need.serviceArea,
        ownerMunicipalityCode: need.owner.municipality ?? null,
        ownerAssociationSlug: need.owner.association ?? null,
        estimatedVolume: need.estimatedVolume,
        desiredStart: need.desiredStart,
        budgetStatus: need.budgetStatus,
        status: need.status,
        procurementId: need.procurement ?? null,
        contactEmail: null,
        publishedAt: need.status === 'draft' ? null : new Date('2026-06-01T00:00:00Z'),
        demo: true,
      })
      .onConflictDoNothing()
      .returning({ id: needs.id });
    if (inserted.length === 0) continue;
    addedNeeds++;
    const needId = id(need.n);
    if (need.categories.length > 0)
      await tx.insert(needCategories).values(need.categories.map((categorySlug) => ({ needId, categorySlug })));
    if (need.technologies.length > 0)
      await tx.insert(needTechnologies).values(need.technologies.map((technologySlug) => ({ needId, technologySlug })));
    if (need.coOwners.length > 0)
      await tx.insert(needCoOwners).values(
        need.coOwners.map(([municipalityCode, estimatedVolume]) => ({
          needId,
          municipalityCode,
          estimatedVolume,
          comment: 'Fiktiva demodata.',
          demo: true,
        })),
      );
  }

  // One model per legal form, out for consultation with VästKom's members; about two in three answer.
  const models = await tx
    .insert(operatorModels)
    .values(
      LEGAL_FORMS.map((model) => ({
        ...model,
        description: `${model.description}\n\nFiktiv demo: förslaget och remissvaren är påhittade.`,
        fixedSharePercent: model.costSharing === 'fixed_plus_variable' ? 30 : null,
        hostMunicipalityCode:
          model.legalForm === 'host_municipality' || model.legalForm === 'joint_committee' ? '1490' : null,
        hostAssociationSlug: model.legalForm === 'municipal_association' ? 'borasregionen' : null,
        services: [
          { service: 'alarm_reception_24_7', sla: 'Larm besvaras inom 60 sekunder, dygnet runt' },
          { service: 'installation', sla: 'Larm installeras inom 3 arbetsdagar från beställning' },
          { service: 'helpdesk', sla: 'Support vardagar 07–18, svar inom 4 timmar' },
          { service: 'information_security', sla: 'Incidenter rapporteras till kommunen inom 24 timmar' },
        ],
        status: 'consultation' as const,
        consultationAssociationSlug: 'vastkom',
        consultationOpens: '2026-10-01',
        consultationCloses: '2026-12-15',
        demo: true,
      })),
    )
    .onConflictDoNothing()
    .returning({ slug: operatorModels.slug });
  if (models.length > 0) {
    const consulted = await tx
      .selectDistinct({ code: associationMembers.municipalityCode })
      .from(associationMembers)
      .innerJoin(associations, sql`${associations.slug} = ${associationMembers.associationSlug}`)
      .where(sql`${associations.parentSlug} = 'vastkom'`)
      .orderBy(associationMembers.municipalityCode);
    const responses = [];
    for (const { slug } of models) {
      for (const { code } of consulted) {
        if (next() < 0.35) continue;
        const position = POSITIONS[Math.floor(next() * POSITIONS.length)] as (typeof POSITIONS)[number];
        responses.push({
          modelSlug: slug,
          municipalityCode: code,
          position,
          comment: COMMENTS[position],
          respondedOn: `2026-11-${String(1 + Math.floor(next() * 20)).padStart(2, '0')}`,
          demo: true,
        });
      }
    }
    await tx.insert(consultationResponses).values(responses);
    await tx.insert(operatorModelMembers).values(
      ['1490', '1491', '1452', '1465', '1463', '1443', '1466', '1442'].map((code) => ({
        modelSlug: 'vardkommun-larmcentral',
        municipalityCode: code,
        since: '2027-01-01',
        users: 100 + Math.floor(next() * 900),
      })),
    );
  }
  const bodies = await seedPublicBodyDemo(tx, { need: id(3), procurement: PROCUREMENT_INNOVATION });
  return { needs: addedNeeds, procurements: alarms ? 2 : 0, operatorModels: models.length, ...bodies };
}
