/**
 * The demo catalogue: technology types (not products) with facts that hold for Swedish municipalities.
 * Legal references name the acts; the new socialtjänstlag (2025:400) replaced SoL (2001:453) on
 * 1 July 2025. `readiness` is this catalogue's own editorial judgement in the rings of KL's
 * Teknologiradar, not KL's placement. Sources are named in each description.
 */
const SOL = 'Socialtjänstlagen (2025:400): insats efter individuell prövning och beslut';
const CONSENT = 'Den enskildes informerade samtycke';
const GDPR = 'Dataskyddsförordningen (EU) 2016/679';
const HSL = 'Hälso- och sjukvårdslagen (2017:30)';
const DRUGS = 'HSLF-FS 2017:37 om ordination och hantering av läkemedel i hälso- och sjukvården';
const MDR = 'Förordning (EU) 2017/745 om medicintekniska produkter';
const SCAIP = 'SS 91100:2014 (SCAIP)';
const SOCIAL_ALARM = 'SS-EN 50134 (larmsystem – trygghetslarm)';
const SOURCES =
  'Socialstyrelsen, kunskapsstöd om välfärdsteknik (socialstyrelsen.se); SKR, Välfärdsteknik i kommunerna (skr.se)';

type Group = 'elderly_care' | 'disability_support' | 'individual_family_care' | 'home_health_care';
type Readiness = 'established' | 'try' | 'watch' | 'wait';

export interface DemoTechnology {
  slug: string;
  category: string;
  name: string;
  summary: string;
  description: string;
  targetGroups: Group[];
  benefits: string[];
  legalBasis: string[];
  ethicalConsiderations: string | null;
  infrastructureRequirements: string | null;
  competenceRequirements: string | null;
  standards: string[];
  readiness: Readiness;
}

const t = (technology: DemoTechnology) => technology;

export const demoTechnologies: DemoTechnology[] = [
  t({
    slug: 'digitala-trygghetslarm',
    category: 'larm',
    name: 'Digitala trygghetslarm',
    summary: 'Larmknapp som den enskilde bär och som kopplar upp mot en larmcentral över mobilnätet eller bredband.',
    description:
      'Trygghetslarmet består av en larmknapp och en larmenhet i hemmet. Larmet tas emot av en larmcentral som kontaktar hemtjänsten eller en larmpatrull. Sedan det analoga telefonnätet avvecklades är larmen digitala; kommunikationen mellan larm och larmcentral följer den svenska standarden SCAIP.\n\nKällor: ' +
      `${SOURCES}; SIS, SS 91100:2014.`,
    targetGroups: ['elderly_care', 'disability_support'],
    benefits: ['Snabb hjälp vid fall eller sjukdom', 'Trygghet att bo kvar hemma', 'Larmet och dess batteri övervakas'],
    legalBasis: [SOL, GDPR],
    ethicalConsiderations: 'Den enskilde ska veta vad larmet registrerar och vem som tar emot larmen.',
    infrastructureRequirements: 'Mobiltäckning eller bredband i bostaden; larmcentral som tar emot SCAIP.',
    competenceRequirements: 'Personal som installerar, testar och åtgärdar larm; rutiner för larmmottagning.',
    standards: [SCAIP, SOCIAL_ALARM],
    readiness: 'established',
  }),
  t({
    slug: 'digital-nattillsyn',
    category: 'tillsyn',
    name: 'Digital nattillsyn med kamera',
    summary:
      'Tillsyn nattetid genom en kamera som personalen tittar i vid överenskomna tider, i stället för ett besök som kan väcka.',
    description:
      'En nattkamera sänder bild bara vid de tider som beslutet anger; ingen bild spelas in. Den enskilde sover ostört och personalen kan göra fler tillsyner. Tillsynen ersätter inte ett besök när den enskilde behöver hjälp.\n\nKällor: ' +
      `${SOURCES}.`,
    targetGroups: ['elderly_care'],
    benefits: ['Ostörd nattsömn', 'Färre körda mil nattetid', 'Tillsyn som den enskilde själv har valt'],
    legalBasis: [SOL, CONSENT, GDPR],
    ethicalConsiderations:
      'Kräver samtycke; den enskilde ska kunna säga nej och byta tillbaka till besök. Inga inspelningar.',
    infrastructureRequirements:
      'Bredband eller mobilt nätverk i bostaden; säker överföring och inloggning för personalen.',
    competenceRequirements:
      'Rutiner för tillsyn, avvikelser och vad som görs när bilden visar att någon behöver hjälp.',
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'gps-larm',
    category: 'larm',
    name: 'GPS-larm',
    summary: 'Larm med positionering för den som vill röra sig fritt utomhus, till exempel vid demenssjukdom.',
    description:
      'Larmet visar var bäraren är när hen larmar eller lämnar ett överenskommet område. Det ger frihet att gå ut på egen hand.\n\nKällor: ' +
      `${SOURCES}.`,
    targetGroups: ['elderly_care', 'disability_support'],
    benefits: ['Frihet att gå ut', 'Snabbare hjälp när någon gått vilse'],
    legalBasis: [SOL, CONSENT, GDPR],
    ethicalConsiderations:
      'Positionering är integritetskänslig: samtycke krävs och larmet får inte användas som tvång.',
    infrastructureRequirements: 'Mobiltäckning; larmmottagning som kan visa position.',
    competenceRequirements: 'Rutiner för sökning och för när positionen används.',
    standards: [],
    readiness: 'try',
  }),
  t({
    slug: 'fallsensor',
    category: 'larm',
    name: 'Fallsensor',
    summary: 'Sensor som upptäcker ett fall och larmar utan att den enskilde behöver trycka på en knapp.',
    description:
      'Fallsensorn bärs på kroppen eller sitter i rummet. Den är ett komplement till trygghetslarmet för den som inte kan eller hinner larma själv.\n\nKällor: ' +
      `${SOURCES}.`,
    targetGroups: ['elderly_care'],
    benefits: ['Hjälp även när den enskilde inte kan larma', 'Kortare tid på golvet efter ett fall'],
    legalBasis: [SOL, CONSENT, GDPR],
    ethicalConsiderations: 'Falsklarm och övervakningskänsla vägs mot tryggheten.',
    infrastructureRequirements: 'Kopplas till trygghetslarmet och larmcentralen.',
    competenceRequirements: 'Utprovning och rutiner för falsklarm.',
    standards: [SCAIP],
    readiness: 'try',
  }),
  t({
    slug: 'sensorer-for-aktivitetsmonster',
    category: 'tillsyn',
    name: 'Sensorer för aktivitetsmönster',
    summary: 'Rörelse- och dörrsensorer som lär sig ett vardagsmönster och larmar när något avviker.',
    description:
      'Sensorerna registrerar till exempel om den enskilde stigit upp på morgonen eller varit länge i badrummet. Mönstret kan också användas för att bedöma behov.\n\nKällor: ' +
      `${SOURCES}.`,
    targetGroups: ['elderly_care'],
    benefits: ['Tidig upptäckt av försämring', 'Underlag för behovsbedömning'],
    legalBasis: [SOL, CONSENT, GDPR],
    ethicalConsiderations: 'Ständig registrering i hemmet: samtycke, tydlig information och så lite data som möjligt.',
    infrastructureRequirements: 'Bredband eller mobilt nätverk; plattform för sensordata.',
    competenceRequirements: 'Förmåga att tolka mönster och agera på avvikelser.',
    standards: [],
    readiness: 'try',
  }),
  t({
    slug: 'nyckelfri-hemtjanst',
    category: 'arbetssatt-och-verksamhet',
    name: 'Nyckelfri hemtjänst',
    summary: 'Digitala lås som personalen öppnar med mobilen, i stället för att hämta och bära nycklar.',
    description:
      'Låset monteras på insidan av den befintliga dörren. Varje öppning loggas per person, och behörigheten kan tas bort direkt.\n\nKällor: ' +
      `${SOURCES}.`,
    targetGroups: ['elderly_care', 'home_health_care'],
    benefits: ['Ingen nyckelhantering', 'Spårbarhet vid varje öppning', 'Snabbare utryckning vid larm'],
    legalBasis: [SOL, CONSENT, GDPR],
    ethicalConsiderations: 'Loggarna är personuppgifter om både den enskilde och personalen.',
    infrastructureRequirements: 'Mobiltelefoner för personalen; system för behörigheter.',
    competenceRequirements: 'Rutiner för behörighet, batteribyte och reservöppning.',
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'lakemedelsautomat',
    category: 'lakemedelshantering',
    name: 'Läkemedelsautomat',
    summary: 'Automat som lämnar ut rätt dos läkemedel vid rätt tid och påminner den enskilde.',
    description:
      'Automaten fylls med dosförpackade läkemedel och larmar personal om en dos inte tas. Den kan ge den enskilde ansvaret för sitt läkemedelsintag utan ett besök för varje dos.\n\nKällor: ' +
      `${SOURCES}; Socialstyrelsen, HSLF-FS 2017:37.`,
    targetGroups: ['elderly_care', 'home_health_care'],
    benefits: ['Rätt dos i rätt tid', 'Färre besök bara för läkemedel', 'Mer självständighet'],
    legalBasis: [HSL, DRUGS, MDR, GDPR],
    ethicalConsiderations: 'Beslutet om egenvård eller delegering ska vara tydligt dokumenterat.',
    infrastructureRequirements: 'Mobiluppkoppling för larm; dosförpackade läkemedel.',
    competenceRequirements: 'Legitimerad personal ansvarar för ordination och bedömning; rutiner för fyllning.',
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'digital-signering-av-lakemedel',
    category: 'lakemedelshantering',
    name: 'Digital signering av läkemedelsgivning',
    summary: 'Personal signerar given läkemedelsdos i en app i stället för på papperslista.',
    description:
      'Signeringen sker direkt och syns för ansvarig sjuksköterska, som ser missade doser i realtid.\n\nKällor: ' +
      `${SOURCES}; Socialstyrelsen, HSLF-FS 2017:37.`,
    targetGroups: ['elderly_care', 'home_health_care', 'disability_support'],
    benefits: ['Färre missade doser', 'Överblick för sjuksköterskan'],
    legalBasis: [HSL, DRUGS, 'Patientdatalagen (2008:355)', GDPR],
    ethicalConsiderations: null,
    infrastructureRequirements: 'Mobila enheter och koppling till verksamhetens journalsystem.',
    competenceRequirements: 'Delegering och utbildning i appen.',
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'distansmonitorering',
    category: 'egenvard-och-monitorering',
    name: 'Distansmonitorering',
    summary: 'Den enskilde mäter till exempel blodtryck eller vikt hemma och värdena följs upp av vården på distans.',
    description:
      'Mätvärdena skickas till vårdpersonal som följer upp avvikelser. Används i hemsjukvården och vid kroniska sjukdomar.\n\nKällor: ' +
      `${SOURCES}.`,
    targetGroups: ['home_health_care', 'elderly_care'],
    benefits: ['Tidig upptäckt av försämring', 'Färre resor till vården'],
    legalBasis: [HSL, 'Patientdatalagen (2008:355)', MDR, GDPR],
    ethicalConsiderations: 'Den enskilde ska förstå vem som ser värdena och när.',
    infrastructureRequirements: 'Mätutrustning, uppkoppling och en plattform som vården använder.',
    competenceRequirements: 'Rutiner för uppföljning och ansvarsfördelning mellan kommun och region.',
    standards: [],
    readiness: 'try',
  }),
  t({
    slug: 'digital-paminnelsekalender',
    category: 'kognitivt-stod',
    name: 'Digital påminnelsekalender',
    summary: 'Kalender med tal och bild som påminner om dagens aktiviteter, besök och läkemedel.',
    description:
      'Kalendern visar dag och tid tydligt och kan fjärrstyras av närstående eller personal. Den stöder den som har svårt med tid och minne.\n\nKällor: ' +
      `${SOURCES}.`,
    targetGroups: ['elderly_care', 'disability_support'],
    benefits: ['Struktur i vardagen', 'Mer självständighet'],
    legalBasis: ['Hjälpmedel enligt hälso- och sjukvårdslagen (2017:30)', GDPR],
    ethicalConsiderations: null,
    infrastructureRequirements: 'Bredband eller mobilt nätverk för fjärrstyrning.',
    competenceRequirements: 'Arbetsterapeutisk utprovning.',
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'spisvakt',
    category: 'kognitivt-stod',
    name: 'Spisvakt',
    summary: 'Bryter strömmen till spisen om den lämnas på, och minskar risken för brand.',
    description:
      'Spisvakten känner av värme eller tid och stänger av spisen automatiskt.\n\nKällor: ' +
      `${SOURCES}; MSB, brandskydd i hemmet (msb.se).`,
    targetGroups: ['elderly_care', 'disability_support'],
    benefits: ['Minskad brandrisk', 'Tryggt att fortsätta laga mat själv'],
    legalBasis: ['Hjälpmedel enligt hälso- och sjukvårdslagen (2017:30)'],
    ethicalConsiderations: null,
    infrastructureRequirements: 'Installation av behörig elektriker.',
    competenceRequirements: null,
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'atrobot',
    category: 'maltider-och-hygien',
    name: 'Ätrobot',
    summary: 'Robotarm som den enskilde styr själv för att äta utan att bli matad.',
    description: `Ätroboten lyfter maten till munnen när den enskilde trycker på en knapp.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['disability_support', 'elderly_care'],
    benefits: ['Äta i egen takt', 'Självständighet vid måltider'],
    legalBasis: ['Hjälpmedel enligt hälso- och sjukvårdslagen (2017:30)'],
    ethicalConsiderations: null,
    infrastructureRequirements: null,
    competenceRequirements: 'Arbetsterapeutisk utprovning och träning.',
    standards: [],
    readiness: 'try',
  }),
  t({
    slug: 'duschtoalett',
    category: 'maltider-och-hygien',
    name: 'Duschtoalett',
    summary: 'Toalett som tvättar och torkar, så att den enskilde klarar toalettbesöket själv.',
    description: `Duschtoaletten ger integritet i en situation där många annars behöver hjälp.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['disability_support', 'elderly_care'],
    benefits: ['Integritet', 'Färre hjälpinsatser'],
    legalBasis: [
      'Hjälpmedel enligt hälso- och sjukvårdslagen (2017:30)',
      'Lagen (2018:222) om bostadsanpassningsbidrag',
    ],
    ethicalConsiderations: null,
    infrastructureRequirements: 'Vatten och el vid toaletten.',
    competenceRequirements: null,
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'videosamtal',
    category: 'kommunikation-och-delaktighet',
    name: 'Videosamtal',
    summary: 'Enkla videosamtal med närstående, personal eller vården på en surfplatta eller tv.',
    description: `Videosamtal kan ersätta vissa besök, till exempel påminnelser, och bryta ensamhet.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['elderly_care', 'disability_support', 'individual_family_care'],
    benefits: ['Mindre ensamhet', 'Färre resor för personalen'],
    legalBasis: [SOL, CONSENT, GDPR],
    ethicalConsiderations: 'Ett videobesök ska inte ersätta ett besök som den enskilde behöver.',
    infrastructureRequirements: 'Bredband; säker videotjänst.',
    competenceRequirements: 'Stöd till den enskilde att komma igång.',
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'social-robot',
    category: 'kommunikation-och-delaktighet',
    name: 'Social robot',
    summary: 'Robot som samtalar, påminner och uppmuntrar till aktivitet.',
    description: `Sociala robotar prövas för sällskap och aktivering. Nyttan är ännu inte väl belagd.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['elderly_care'],
    benefits: ['Aktivering', 'Påminnelser'],
    legalBasis: [CONSENT, GDPR],
    ethicalConsiderations: 'Risk att roboten ersätter mänsklig kontakt; den enskilde ska förstå att det är en maskin.',
    infrastructureRequirements: 'Bredband.',
    competenceRequirements: null,
    standards: [],
    readiness: 'watch',
  }),
  t({
    slug: 'robotkatt',
    category: 'kommunikation-och-delaktighet',
    name: 'Interaktiva robotdjur',
    summary: 'Robotkatter och -hundar som reagerar på beröring och kan ge lugn vid demenssjukdom.',
    description: `Robotdjur används inom demensvården för att lugna och väcka minnen.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['elderly_care'],
    benefits: ['Lugn och välbefinnande', 'Samtalsämne'],
    legalBasis: [CONSENT],
    ethicalConsiderations: 'Den enskildes värdighet: roboten ska erbjudas, inte ges som ett riktigt djur.',
    infrastructureRequirements: null,
    competenceRequirements: null,
    standards: [],
    readiness: 'try',
  }),
  t({
    slug: 'virtuell-verklighet',
    category: 'kommunikation-och-delaktighet',
    name: 'Virtuell verklighet (VR) för upplevelser',
    summary: 'VR-glasögon som tar den enskilde till platser hen inte längre kan besöka.',
    description: `VR prövas inom äldreomsorgen för upplevelser och minnesaktivering.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['elderly_care'],
    benefits: ['Upplevelser och samtal'],
    legalBasis: [CONSENT],
    ethicalConsiderations: 'Risk för obehag och yrsel; kortare pass och personal närvarande.',
    infrastructureRequirements: null,
    competenceRequirements: 'Personal som handleder.',
    standards: [],
    readiness: 'watch',
  }),
  t({
    slug: 'digitala-inkop',
    category: 'arbetssatt-och-verksamhet',
    name: 'Digitala inköp av dagligvaror',
    summary:
      'Den enskilde eller personalen beställer varor på nätet som levereras hem, i stället för att handla i butik.',
    description: `Frigör personaltid och ger den enskilde större valfrihet.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['elderly_care'],
    benefits: ['Mer tid för annat än inköp', 'Valfrihet'],
    legalBasis: [SOL, CONSENT, GDPR],
    ethicalConsiderations: 'Inköp kan vara en social stund; den enskilde väljer.',
    infrastructureRequirements: 'Butik som levererar i kommunen.',
    competenceRequirements: null,
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'mobil-dokumentation',
    category: 'arbetssatt-och-verksamhet',
    name: 'Mobil dokumentation',
    summary: 'Personalen läser och dokumenterar i mobilen hos den enskilde i stället för på kontoret.',
    description: `Aktuell information finns där arbetet görs och dokumentationen blir gjord direkt.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['elderly_care', 'home_health_care', 'disability_support'],
    benefits: ['Rätt information på plats', 'Mindre dubbelarbete'],
    legalBasis: [SOL, 'Patientdatalagen (2008:355)', GDPR],
    ethicalConsiderations: null,
    infrastructureRequirements: 'Mobila enheter med säker inloggning; verksamhetssystem som stöder mobil åtkomst.',
    competenceRequirements: 'Utbildning i dokumentation och informationssäkerhet.',
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'digital-planering-av-hemtjanst',
    category: 'arbetssatt-och-verksamhet',
    name: 'Digital planering av hemtjänst',
    summary: 'Planeringsverktyg som fördelar besök och körvägar utifrån beslut och personal.',
    description: `Planeringen blir jämnare och förändringar når personalen direkt i mobilen.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['elderly_care'],
    benefits: ['Kontinuitet för den enskilde', 'Kortare körvägar'],
    legalBasis: [SOL, GDPR],
    ethicalConsiderations: null,
    infrastructureRequirements: 'Koppling till verksamhetssystemet.',
    competenceRequirements: 'Planerare med utbildning i verktyget.',
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'passiva-larm-i-sarskilt-boende',
    category: 'larm',
    name: 'Passiva larm i särskilt boende',
    summary: 'Sensorer vid säng eller dörr som larmar personalen, till exempel när någon stiger upp nattetid.',
    description:
      'Används för att personalen ska kunna komma när den enskilde behöver hjälp. Larm som begränsar rörelsefriheten får inte användas som tvång; det saknas lagstöd för tvångsåtgärder inom äldreomsorgen.\n\nKällor: ' +
      `${SOURCES}; Socialstyrelsen om skydds- och begränsningsåtgärder.`,
    targetGroups: ['elderly_care'],
    benefits: ['Hjälp i rätt stund', 'Färre fall'],
    legalBasis: [SOL, CONSENT, GDPR],
    ethicalConsiderations: 'Gränsen mot tvång: samtycke krävs och larmet får inte hindra den enskilde.',
    infrastructureRequirements: 'Larmsystem i boendet som når personalen.',
    competenceRequirements: 'Etisk bedömning och dokumentation av samtycke.',
    standards: [SOCIAL_ALARM],
    readiness: 'established',
  }),
  t({
    slug: 'digital-tillsyn-med-sensor',
    category: 'tillsyn',
    name: 'Digital tillsyn med sensor',
    summary: 'Radar- eller rörelsesensor som nattetid visar om den enskilde ligger i sängen, utan kamerabild.',
    description: `Ett alternativ till kamera för den som inte vill bli sedd men vill slippa besök.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['elderly_care'],
    benefits: ['Ostörd nattsömn', 'Ingen bild av den enskilde'],
    legalBasis: [SOL, CONSENT, GDPR],
    ethicalConsiderations: 'Mindre integritetsintrång än kamera men fortfarande registrering i hemmet.',
    infrastructureRequirements: 'Bredband eller mobilt nätverk.',
    competenceRequirements: 'Rutiner för att tolka och agera på signalen.',
    standards: [],
    readiness: 'try',
  }),
  t({
    slug: 'digitala-stodsamtal',
    category: 'kommunikation-och-delaktighet',
    name: 'Digitala stödsamtal inom individ- och familjeomsorgen',
    summary: 'Samtal och uppföljning via video och chatt med socialsekreterare eller behandlare.',
    description: `Gör stödet tillgängligt för den som har svårt att komma till kontoret.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['individual_family_care'],
    benefits: ['Tillgänglighet', 'Kontinuitet'],
    legalBasis: [SOL, 'Offentlighets- och sekretesslagen (2009:400)', GDPR],
    ethicalConsiderations: 'Säker identifiering och att samtalet förs där ingen annan lyssnar.',
    infrastructureRequirements: 'Säker video- och chattjänst med inloggning.',
    competenceRequirements: 'Metodstöd för digitala samtal.',
    standards: [],
    readiness: 'try',
  }),
  t({
    slug: 'larm-for-personer-med-epilepsi',
    category: 'larm',
    name: 'Epilepsilarm',
    summary: 'Sensor i sängen eller på kroppen som larmar vid anfall under sömnen.',
    description: `Ger trygghet för den enskilde och närstående nattetid.\n\nKällor: ${SOURCES}.`,
    targetGroups: ['disability_support'],
    benefits: ['Snabb hjälp vid anfall nattetid'],
    legalBasis: ['Hjälpmedel enligt hälso- och sjukvårdslagen (2017:30)', CONSENT],
    ethicalConsiderations: null,
    infrastructureRequirements: 'Mottagare hos närstående eller personal.',
    competenceRequirements: 'Utprovning.',
    standards: [],
    readiness: 'established',
  }),
  t({
    slug: 'ai-stod-for-dokumentation',
    category: 'arbetssatt-och-verksamhet',
    name: 'AI-stöd för dokumentation',
    summary: 'Taligenkänning och språkmodeller som hjälper personalen att skriva journalanteckningar.',
    description:
      'Prövas för att minska tiden för dokumentation. Kräver noggrann bedömning av informationssäkerhet och var data behandlas.\n\nKällor: ' +
      `${SOURCES}; IMY om AI och dataskydd (imy.se).`,
    targetGroups: ['elderly_care', 'home_health_care', 'disability_support', 'individual_family_care'],
    benefits: ['Mer tid för den enskilde'],
    legalBasis: [
      GDPR,
      'Offentlighets- och sekretesslagen (2009:400)',
      'Förordning (EU) 2024/1689 om artificiell intelligens',
    ],
    ethicalConsiderations:
      'Personalen ansvarar för varje anteckning; risk för fel och för att känslig information lämnar verksamheten.',
    infrastructureRequirements: 'Tjänst som behandlar data inom EU under avtal som medger sekretessbelagd information.',
    competenceRequirements: 'Kunskap om verktygets begränsningar.',
    standards: [],
    readiness: 'wait',
  }),
];
