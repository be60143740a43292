import Type from 'typebox';
import {
  collaborationType,
  participantCommitment,
  participantRole,
  procurementProcedure,
  procurementStage,
  relatedProcessRelationship,
} from '../../db/schema/index.ts';
import { anyOf, listParameters, rankedSortParameter, searchParameter, summaryPageSchema } from '../../lib/lists.ts';
import { nullable, optional } from '../../lib/nullable.ts';
import { demoProperty, timestampProperties } from '../../lib/properties.ts';
import { AssociationSlug, MunicipalityCode } from '../municipalities/schemas.ts';
import { PublicBodySlug } from '../public-bodies/schemas.ts';
import { TechnologySlug } from '../technologies/schemas.ts';
import { CategorySlug } from '../technology-categories/schemas.ts';

/** What a lead or host is: one of the register's associations or municipalities, or an organisation outside it. */
export const ORGANISATION_KINDS = ['association', 'municipality', 'external'] as const;

export const Stage = Type.Enum(procurementStage.enumValues, {
  description:
    'planning → needs_analysis → market_dialogue → tender → evaluation → awarded → contract_active → expired; the two ' +
    'early steps may be skipped; cancelled from any step before a contract',
});
export const CollaborationType = Type.Enum(collaborationType.enumValues, {
  description:
    '`temporary` (one-off joint procurement), `lasting` (standing collaboration), `central_purchasing_framework` (call-off from a central purchasing body such as Adda) or `innovation` (innovation procurement)',
});
export const Procedure = Type.Enum(procurementProcedure.enumValues, {
  description: 'Procedure under LOU (2016:1145)',
});
export const Role = Type.Enum(participantRole.enumValues, {
  description: '`lead`, `participant`, `reference_group` or `observer`',
});
export const Commitment = Type.Enum(participantCommitment.enumValues, {
  description:
    '`interested` → `mandate_given` (fullmakt) → `call_off_registered` (avropsanmälan); `withdrawn` before call-off',
});
const Relationship = Type.Enum(relatedProcessRelationship.enumValues, {
  description: 'How the other procurement relates to this one (OCDS relatedProcess codes)',
});

const Cpv = Type.String({ pattern: '^[0-9]{8}-[0-9]$', description: 'A CPV code', examples: ['85311000-2'] });
const Day = Type.String({ format: 'date', examples: ['2026-09-01'] });
const Period = (description: string) =>
  Type.Object({ start: nullable(Day), end: nullable(Day) }, { additionalProperties: false, description });
const Lot = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 20, examples: ['1'] }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    estimatedValueSek: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
const Document = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    url: Type.String({ format: 'uri', maxLength: 2000 }),
    kind: Type.String({
      minLength: 1,
      maxLength: 60,
      description: 'OCDS documentType, such as tenderNotice, biddingDocuments, contractSigned',
      examples: ['tenderNotice'],
    }),
  },
  { additionalProperties: false },
);
const AwardedSupplier = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 300 }),
    organisationNumber: Type.Optional(Type.String({ pattern: '^[0-9]{6}-[0-9]{4}$' })),
    lot: Type.Optional(Type.String({ maxLength: 20, description: 'The lot it won, when there are lots' })),
    rank: Type.Integer({ minimum: 1, maximum: 50, description: '1 for the first-ranked supplier' }),
  },
  { additionalProperties: false },
);

const editable = {
  reference: Type.String({ minLength: 1, maxLength: 60, examples: ['VK-2026-01'] }),
  title: Type.String({ minLength: 1, maxLength: 300, examples: ['Digitala trygghetslarm och larmmottagning'] }),
  description: Type.String({ maxLength: 20000 }),
  collaborationType: CollaborationType,
  procedure: nullable(Procedure),
  cpvCodes: Type.Array(Cpv, { uniqueItems: true, maxItems: 20 }),
  timeline: Type.Object(
    {
      plannedPublication: nullable(Day),
      tenderPeriod: Period('When tenders may be submitted'),
      awardDate: nullable(Day),
      contractPeriod: Period('The contract term, without extensions'),
      extensionOptionsMonths: nullable(Type.Integer({ minimum: 0, maximum: 120 })),
    },
    { additionalProperties: false },
  ),
  estimatedValueSek: nullable(Type.Integer({ minimum: 0 })),
  lots: Type.Array(Lot, { maxItems: 50 }),
  documents: Type.Array(Document, { maxItems: 100 }),
  awardedSuppliers: Type.Array(AwardedSupplier, { maxItems: 100 }),
};
const links = {
  technologies: Type.Array(TechnologySlug, { uniqueItems: true, maxItems: 30 }),
  categories: Type.Array(CategorySlug, { uniqueItems: true, maxItems: 30 }),
  needs: Type.Array(Type.String({ format: 'uuid' }), {
    uniqueItems: true,
    maxItems: 100,
    description: 'Published needs it takes on; they move to in_procurement when it enters tender',
  }),
  relatedProcesses: Type.Array(
    Type.Object(
      { procurement: Type.String({ format: 'uuid' }), relationship: Relationship },
      { additionalProperties: false },
    ),
    { maxItems: 20 },
  ),
};
const Lead = Type.Object(
  {
    association: Type.Optional(AssociationSlug),
    municipality: Type.Optional(MunicipalityCode),
    external: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'A central purchasing body outside the register' }),
    ),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 1,
    description:
      'Who leads it: `{ "association": … }`, `{ "municipality": … }` or `{ "external": "Adda Inköpscentral" }`',
  },
);

/** What a participation says, whoever takes part: a municipality or a region. */
const participation = {
  role: Role,
  commitment: Commitment,
  commitmentDates: Type.Record(Type.String(), Type.String({ format: 'date' }), {
    description: 'The day each commitment was reached: `{ "interested": "2026-02-01", "mandate_given": … }`',
  }),
  estimatedVolume: nullable(Type.Integer({ minimum: 0 })),
  ...demoProperty,
  ...timestampProperties,
};
const ofProcurement = Type.Object({ id: Type.String({ format: 'uuid' }), reference: Type.String() });

export const Participant = Type.Object(
  {
    procurement: ofProcurement,
    municipality: Type.Object({ code: MunicipalityCode, name: Type.String() }),
    ...participation,
  },
  { $id: 'Participant', description: "A municipality's part in a procurement collaboration." },
);

export const PublicBodyParticipant = Type.Object(
  { procurement: ofProcurement, publicBody: Type.Ref('PublicBodyRef'), ...participation },
  {
    $id: 'PublicBodyParticipant',
    description: "A region's part in a procurement collaboration, with the municipalities' commitment steps.",
  },
);

export const ParticipantInput = Type.Object(
  {
    role: Type.Optional(Role),
    commitment: Commitment,
    estimatedVolume: Type.Optional(nullable(Type.Integer({ minimum: 0, maximum: 10_000_000 }))),
  },
  {
    $id: 'ParticipantInput',
    additionalProperties: false,
    description:
      'A new participant starts as interested; then one step at a time (409 for a skipped step). Replacing needs If-Match.',
    examples: [{ role: 'participant', commitment: 'interested', estimatedVolume: 400 }],
  },
);

export const Procurement = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    ...editable,
    lead: Type.Object({
      kind: Type.Enum(ORGANISATION_KINDS),
      code: nullable(MunicipalityCode),
      slug: nullable(AssociationSlug),
      name: Type.String(),
    }),
    technologies: Type.Array(Type.Object({ slug: TechnologySlug, name: Type.String() })),
    categories: Type.Array(Type.Object({ slug: CategorySlug, name: Type.String() })),
    needs: Type.Array(
      Type.Object({ id: Type.String({ format: 'uuid' }), title: Type.String(), status: Type.String() }),
    ),
    relatedProcesses: Type.Array(
      Type.Object({
        procurement: Type.Object({
          id: Type.String({ format: 'uuid' }),
          reference: Type.String(),
          title: Type.String(),
        }),
        relationship: Relationship,
      }),
    ),
    stage: Stage,
    stageHistory: Type.Array(
      Type.Object({ from: nullable(Stage), to: Stage, at: Type.String({ format: 'date-time' }) }),
      { description: 'Every stage it entered, and when' },
    ),
    openForParticipants: Type.Boolean({ description: 'Still before tender: municipalities can join' }),
    participants: Type.Array(Type.Ref('Participant')),
    publicBodyParticipants: Type.Array(Type.Ref('PublicBodyParticipant'), {
      description: 'Regions taking part beside the municipalities',
    }),
    ...demoProperty,
    ...timestampProperties,
  },
  {
    $id: 'Procurement',
    description: 'A procurement collaboration (samverkansupphandling), modelled on OCDS 1.1.',
  },
);

/** A list item: what a list of procurements is for (following them); `GET /v1/procurements/{id}` gives everything. */
export const ProcurementSummary = Type.Object(
  {
    id: Procurement.properties.id,
    reference: editable.reference,
    title: editable.title,
    collaborationType: editable.collaborationType,
    procedure: editable.procedure,
    cpvCodes: editable.cpvCodes,
    timeline: editable.timeline,
    estimatedValueSek: editable.estimatedValueSek,
    lead: Procurement.properties.lead,
    technologies: Procurement.properties.technologies,
    categories: Procurement.properties.categories,
    stage: Stage,
    openForParticipants: Procurement.properties.openForParticipants,
    participantCount: Type.Integer({
      minimum: 0,
      description: 'How many municipalities are among its participants (as `participants` of the full record)',
    }),
    publicBodyParticipantCount: Type.Integer({
      minimum: 0,
      description: 'How many regions are among its participants (as `publicBodyParticipants` of the full record)',
    }),
    needCount: Type.Integer({ minimum: 0, description: 'How many needs it takes on' }),
    ...demoProperty,
    ...timestampProperties,
  },
  {
    $id: 'ProcurementSummary',
    description:
      'A procurement as a list shows it; its description, lots, documents, awarded suppliers, needs, related ' +
      'procurements, stage history and participants are in `Procurement`, from `GET /v1/procurements/{id}`.',
  },
);

export const ProcurementPage = summaryPageSchema(ProcurementSummary, 'procurement collaborations');

export const NewProcurement = Type.Object(
  {
    lead: Lead,
    reference: editable.reference,
    title: editable.title,
    collaborationType: editable.collaborationType,
    ...optional({
      description: editable.description,
      procedure: editable.procedure,
      cpvCodes: editable.cpvCodes,
      timeline: editable.timeline,
      estimatedValueSek: editable.estimatedValueSek,
      lots: editable.lots,
      documents: editable.documents,
      awardedSuppliers: editable.awardedSuppliers,
      ...links,
    }),
  },
  {
    $id: 'NewProcurement',
    additionalProperties: false,
    description: 'A new procurement collaboration starts in planning.',
    examples: [
      {
        lead: { association: 'vastkom' },
        reference: 'VK-2026-01',
        title: 'Digitala trygghetslarm och larmmottagning',
        collaborationType: 'temporary',
        procedure: 'open',
        cpvCodes: ['85311000-2'],
        technologies: ['digitala-trygghetslarm'],
      },
    ],
  },
);

export const ProcurementChanges = Type.Object(
  { ...optional({ ...editable, ...links, lead: Lead }), stage: Type.Optional(Stage) },
  {
    $id: 'ProcurementChanges',
    additionalProperties: false,
    minProperties: 1,
    description:
      'The fields to change (a timeline replaces the whole timeline); `stage` moves it one step (409 naming the allowed ones). Needs If-Match.',
    examples: [{ stage: 'tender' }],
  },
);

export const OcdsReleasePackage = Type.Object(
  {},
  {
    $id: 'OcdsReleasePackage',
    additionalProperties: true,
    description:
      'An OCDS 1.1 release package with one release: parties (buyer, procuringEntity, supplier), tender, awards, contracts and relatedProcesses. See https://standard.open-contracting.org/1.1/',
  },
);

export const procurementSorts = ['updatedAt', 'reference', 'contractEnd'] as const;

export const ProcurementListQuery = Type.Object(
  {
    stage: anyOf(Stage, 'In this stage.'),
    technology: anyOf(TechnologySlug, 'Procuring this technology.'),
    category: anyOf(CategorySlug, 'In this category; a top-level category includes its children.'),
    participant: anyOf(
      Type.Union([MunicipalityCode, PublicBodySlug]),
      'With this municipality (code) or region (slug) taking part (not withdrawn).',
    ),
    association: anyOf(
      AssociationSlug,
      'Led by this association, or with one of its members taking part (an umbrella includes its children).',
    ),
    lead: anyOf(
      Type.String({ pattern: '^([0-9]{4}|[a-z0-9]+(-[a-z0-9]+)*)$' }),
      'Led by this association (slug) or municipality (code).',
    ),
    openForParticipants: Type.Optional(
      Type.Boolean({ description: 'true: still before tender, so municipalities can join; false: from tender on.' }),
    ),
    contractEndsBefore: Type.Optional(
      Type.String({ format: 'date', description: 'Contract ends before this date.', examples: ['2027-12-31'] }),
    ),
    q: searchParameter("title, reference, the lead's name, CPV codes and description", 'trygghetslarm'),
    sort: rankedSortParameter(
      procurementSorts,
      'Sort by updatedAt, reference or contractEnd (undated last); - for descending. ' +
        'Default: relevance with `q`, otherwise -updatedAt.',
    ),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const ProcurementParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const ParticipantParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), code: MunicipalityCode },
  { additionalProperties: false },
);

export const PublicBodyParticipantParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), publicBody: PublicBodySlug },
  { additionalProperties: false },
);

export const components = [
  Participant,
  PublicBodyParticipant,
  ParticipantInput,
  Procurement,
  ProcurementSummary,
  ProcurementPage,
  NewProcurement,
  ProcurementChanges,
  OcdsReleasePackage,
];
