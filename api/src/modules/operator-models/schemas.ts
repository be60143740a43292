import Type from 'typebox';
import { consultationPosition, costSharing, legalForm, operatorModelStatus } from '../../db/schema/index.ts';
import { anyOf, listParameters, searchParameter, summaryPageSchema } from '../../lib/lists.ts';
import { nullable, optional } from '../../lib/nullable.ts';
import { demoProperty, slugSchema, timestampProperties } from '../../lib/properties.ts';
import { AssociationSlug, MunicipalityCode } from '../municipalities/schemas.ts';
import { ORGANISATION_KINDS } from '../procurements/schemas.ts';
import { PublicBodyKind, PublicBodySlug } from '../public-bodies/schemas.ts';

export const OperatorModelSlug = slugSchema({
  description: 'an operator model slug such as gemensam-namnd-larm',
  examples: ['gemensam-namnd-larm'],
});
export const LegalForm = Type.Enum(legalForm.enumValues, {
  description:
    '`own_operation` (egen regi), `host_municipality` (avtalssamverkan med värdkommun, KL 9 kap. 37 §), ' +
    '`joint_committee` (gemensam nämnd, KL 9 kap. 19 §), `municipal_association` (kommunalförbund, KL 9 kap. 3 §), ' +
    '`joint_company` (gemensamt aktiebolag) or `external_provider` (upphandlad extern leverantör)',
});
export const CostSharing = Type.Enum(costSharing.enumValues, {
  description:
    '`per_capita` (by population), `per_user` (by users of the services), `fixed_plus_variable` (a fixed part split equally, the rest per capita) or `equal_share`',
});
export const ModelStatus = Type.Enum(operatorModelStatus.enumValues, {
  description: 'proposal → consultation → decided → operating → discontinued (back to proposal from consultation)',
});
export const Service = Type.Enum(
  [
    'alarm_reception_24_7',
    'helpdesk',
    'installation',
    'logistics',
    'system_management',
    'training',
    'procurement',
    'information_security',
    'integration',
  ],
  { description: 'A service the operator organisation provides' },
);
const ANSWERED_POSITIONS = consultationPosition.enumValues.filter(
  (position): position is Exclude<typeof position, 'no_response'> => position !== 'no_response',
);
export const Position = Type.Enum(consultationPosition.enumValues, {
  description: '`supports`, `supports_with_reservations`, `rejects`, or `no_response` where nothing was answered',
});
// What an answer may say: every position but the one that stands for no answer.
const AnsweredPosition = Type.Enum(ANSWERED_POSITIONS, {
  description: '`supports`, `supports_with_reservations` or `rejects`',
});
const Day = Type.String({ format: 'date', examples: ['2026-10-01'] });

const texts = (description: string) =>
  Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { maxItems: 30, description });

const editable = {
  name: Type.String({ minLength: 1, maxLength: 200, examples: ['Gemensam nämnd för larm och välfärdsteknik'] }),
  legalForm: LegalForm,
  description: Type.String({ maxLength: 20000, description: 'Markdown, served as text' }),
  governance: nullable(Type.String({ maxLength: 5000 }), { description: 'How members steer and follow up' }),
  costSharing: CostSharing,
  fixedSharePercent: nullable(Type.Integer({ minimum: 0, maximum: 100 }), {
    description: 'For fixed_plus_variable: the percentage split equally; the rest goes per capita',
  }),
  services: Type.Array(
    Type.Object(
      {
        service: Service,
        sla: Type.String({ minLength: 1, maxLength: 1000, examples: ['Larm besvaras inom 60 sekunder, dygnet runt'] }),
      },
      { additionalProperties: false },
    ),
    { maxItems: 20, description: 'The services provided, each with its service level' },
  ),
  advantages: texts('What speaks for it'),
  risks: texts('What speaks against it'),
};
const Host = Type.Object(
  {
    association: Type.Optional(AssociationSlug),
    municipality: Type.Optional(MunicipalityCode),
    external: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false, maxProperties: 1, description: 'The host organisation; `{}` for none' },
);
const ConsultationInput = Type.Object(
  {
    association: nullable(AssociationSlug),
    opens: nullable(Day),
    closes: nullable(Day),
    publicBodies: Type.Optional(
      Type.Array(PublicBodySlug, {
        uniqueItems: true,
        maxItems: 50,
        description: 'The public bodies consulted besides the municipalities (replaces them); unchanged when left out',
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Whose members are consulted (an umbrella includes its children), which public bodies, and when',
  },
);
const MemberInput = Type.Object(
  {
    municipality: MunicipalityCode,
    since: Type.Optional(nullable(Day)),
    users: Type.Optional(nullable(Type.Integer({ minimum: 0, maximum: 1_000_000 }))),
  },
  { additionalProperties: false },
);

const named = { name: Type.String() };

export const OperatorModel = Type.Object(
  {
    slug: OperatorModelSlug,
    ...editable,
    host: nullable(
      Type.Object({
        kind: Type.Enum(ORGANISATION_KINDS),
        code: nullable(MunicipalityCode),
        slug: nullable(AssociationSlug),
        ...named,
      }),
    ),
    status: ModelStatus,
    consultation: Type.Object({
      association: nullable(Type.Object({ slug: AssociationSlug, ...named })),
      opens: nullable(Day),
      closes: nullable(Day),
      publicBodies: Type.Array(Type.Ref('PublicBodyRef'), {
        description: 'The public bodies consulted besides the municipalities (regions, cooperation bodies, GITS…)',
      }),
    }),
    members: Type.Array(
      Type.Object({
        municipality: Type.Object({ code: MunicipalityCode, ...named }),
        since: nullable(Day),
        users: nullable(Type.Integer({ minimum: 0 })),
      }),
    ),
    ...demoProperty,
    ...timestampProperties,
  },
  {
    $id: 'OperatorModel',
    description: 'A way of running welfare technology operations together (driftmodell).',
  },
);

/** A list item: what a list of operator models is for (comparing them); `GET /v1/operator-models/{slug}` gives everything. */
export const OperatorModelSummary = Type.Object(
  {
    slug: OperatorModelSlug,
    name: editable.name,
    legalForm: LegalForm,
    costSharing: CostSharing,
    fixedSharePercent: editable.fixedSharePercent,
    host: OperatorModel.properties.host,
    status: ModelStatus,
    consultation: OperatorModel.properties.consultation,
    memberCount: Type.Integer({ minimum: 0, description: 'How many municipalities are members' }),
    responseCount: Type.Integer({ minimum: 0, description: 'How many municipalities have answered its consultation' }),
    publicBodyResponseCount: Type.Integer({
      minimum: 0,
      description: 'How many of the public bodies it consults have answered',
    }),
    ...demoProperty,
    ...timestampProperties,
  },
  {
    $id: 'OperatorModelSummary',
    description:
      'An operator model as a list shows it; its description, governance, services, advantages, risks and members ' +
      'are in `OperatorModel`, from `GET /v1/operator-models/{slug}`; the answers per municipality at ' +
      '`GET /v1/operator-models/{slug}/consultation`.',
  },
);

export const OperatorModelPage = summaryPageSchema(OperatorModelSummary, 'operator models');

export const NewOperatorModel = Type.Object(
  {
    slug: OperatorModelSlug,
    name: editable.name,
    legalForm: editable.legalForm,
    costSharing: editable.costSharing,
    ...optional({
      description: editable.description,
      governance: editable.governance,
      fixedSharePercent: editable.fixedSharePercent,
      services: editable.services,
      advantages: editable.advantages,
      risks: editable.risks,
      host: Host,
      consultation: ConsultationInput,
      members: Type.Array(MemberInput, { maxItems: 290 }),
    }),
  },
  {
    $id: 'NewOperatorModel',
    additionalProperties: false,
    description: 'A new operator model starts as a proposal.',
    examples: [
      {
        slug: 'gemensam-namnd-larm',
        name: 'Gemensam nämnd för larm och välfärdsteknik',
        legalForm: 'joint_committee',
        costSharing: 'per_capita',
        host: { municipality: '1490' },
        consultation: {
          association: 'vastkom',
          opens: '2026-10-01',
          closes: '2026-12-15',
          publicBodies: ['vastra-gotalandsregionen'],
        },
      },
    ],
  },
);

export const OperatorModelChanges = Type.Object(
  {
    ...optional({
      ...editable,
      host: Host,
      consultation: ConsultationInput,
      members: Type.Array(MemberInput, { maxItems: 290 }),
    }),
    status: Type.Optional(ModelStatus),
  },
  {
    $id: 'OperatorModelChanges',
    additionalProperties: false,
    minProperties: 1,
    description:
      'The fields to change (`members` replaces the members); `status` moves it along its workflow. Needs If-Match.',
    examples: [{ status: 'consultation' }],
  },
);

export const ConsultationResponse = Type.Object(
  {
    model: Type.Object({ slug: OperatorModelSlug, ...named }),
    municipality: Type.Object({ code: MunicipalityCode, ...named }),
    position: Position,
    comment: nullable(Type.String()),
    respondedOn: Day,
    ...demoProperty,
    ...timestampProperties,
  },
  { $id: 'ConsultationResponse', description: "A municipality's consultation response (remissvar) on a model." },
);

export const PublicBodyConsultationResponse = Type.Object(
  {
    model: Type.Object({ slug: OperatorModelSlug, ...named }),
    publicBody: Type.Ref('PublicBodyRef'),
    position: Position,
    comment: nullable(Type.String()),
    respondedOn: Day,
    ...demoProperty,
    ...timestampProperties,
  },
  {
    $id: 'PublicBodyConsultationResponse',
    description: "A consulted public body's consultation response (remissvar) on a model.",
  },
);

export const ConsultationResponseInput = Type.Object(
  {
    position: AnsweredPosition,
    comment: Type.Optional(nullable(Type.String({ maxLength: 10000 }))),
    respondedOn: Type.Optional(Day),
  },
  {
    $id: 'ConsultationResponseInput',
    additionalProperties: false,
    description: 'The answer; respondedOn defaults to today. Replacing an answer needs If-Match.',
    examples: [{ position: 'supports_with_reservations', comment: 'Kostnadsfördelningen behöver ses över.' }],
  },
);

const Totals = Type.Object({
  supports: Type.Integer({ minimum: 0 }),
  supports_with_reservations: Type.Integer({ minimum: 0 }),
  rejects: Type.Integer({ minimum: 0 }),
  no_response: Type.Integer({ minimum: 0 }),
  total: Type.Integer({ minimum: 0 }),
});

export const ConsultationSummary = Type.Object(
  {
    model: Type.Object({ slug: OperatorModelSlug, ...named, status: ModelStatus }),
    consultation: Type.Object({
      association: nullable(Type.Object({ slug: AssociationSlug, ...named })),
      opens: nullable(Day),
      closes: nullable(Day),
    }),
    totals: Totals,
    associations: Type.Array(
      Type.Object({
        association: nullable(Type.Object({ slug: AssociationSlug, ...named }), {
          description: 'null for the members of a model consulted without an association',
        }),
        totals: Totals,
        municipalities: Type.Array(
          Type.Object({
            code: MunicipalityCode,
            ...named,
            position: Position,
            comment: nullable(Type.String()),
            respondedOn: nullable(Day),
            demo: Type.Boolean(),
          }),
        ),
      }),
    ),
    publicBodies: Type.Object(
      {
        totals: Totals,
        bodies: Type.Array(
          Type.Object({
            slug: PublicBodySlug,
            ...named,
            kind: PublicBodyKind,
            position: Position,
            comment: nullable(Type.String()),
            respondedOn: nullable(Day),
            demo: Type.Boolean(),
          }),
        ),
      },
      { description: 'The public bodies consulted besides the municipalities, a group of their own' },
    ),
  },
  {
    $id: 'ConsultationSummary',
    description:
      'Every consulted municipality with its position, `no_response` where nothing was answered, grouped by ' +
      'association; and the consulted public bodies in a group of their own.',
  },
);

export const CostPreview = Type.Object(
  {
    model: Type.Object({ slug: OperatorModelSlug, ...named }),
    costSharing: CostSharing,
    fixedSharePercent: nullable(Type.Integer()),
    annualCostSek: Type.Integer({ minimum: 0 }),
    basis: Type.Enum(['members', 'consulted'], {
      description: '`members`, or the consulted municipalities when the model has no members yet',
    }),
    complete: Type.Boolean({ description: 'false when some shares could not be computed (see notes)' }),
    allocatedSek: Type.Integer({ minimum: 0 }),
    shares: Type.Array(
      Type.Object({
        municipality: Type.Object({ code: MunicipalityCode, ...named }),
        population: nullable(Type.Integer()),
        users: nullable(Type.Integer()),
        shareSek: nullable(Type.Integer(), { description: 'null where the rule needs a figure that is not known' }),
        sharePercent: nullable(Type.Number()),
        note: nullable(Type.String()),
      }),
    ),
    notes: Type.Array(Type.String()),
  },
  { $id: 'CostPreview', description: "A year's cost split across the model's municipalities by its rule." },
);

export const OperatorModelListQuery = Type.Object(
  {
    legalForm: anyOf(LegalForm, 'With this legal form.'),
    status: anyOf(ModelStatus, 'With this status.'),
    costSharing: anyOf(CostSharing, 'With this cost sharing.'),
    association: anyOf(
      AssociationSlug,
      'Consulted in, or hosted by, this association (an umbrella includes its children).',
    ),
    member: anyOf(MunicipalityCode, 'With this municipality as a member.'),
    consulted: anyOf(
      Type.Union([MunicipalityCode, PublicBodySlug]),
      'Consulting this municipality (code; through the consultation association, or as a member of a model consulted ' +
        'without one) or public body (slug).',
    ),
    q: searchParameter("name, the host's name and description", 'vardkommun'),
    ...listParameters,
  },
  { additionalProperties: false },
);

export const OperatorModelParams = Type.Object({ slug: OperatorModelSlug }, { additionalProperties: false });
export const ResponseParams = Type.Object(
  { slug: OperatorModelSlug, code: MunicipalityCode },
  { additionalProperties: false },
);
export const PublicBodyResponseParams = Type.Object(
  { slug: OperatorModelSlug, publicBody: PublicBodySlug },
  { additionalProperties: false },
);
export const CostPreviewQuery = Type.Object(
  {
    annualCostSek: Type.Integer({
      minimum: 0,
      maximum: 10_000_000_000,
      description: 'The yearly cost to split, in kronor',
      examples: [12_000_000],
    }),
  },
  { additionalProperties: false },
);

export const components = [
  OperatorModel,
  OperatorModelSummary,
  OperatorModelPage,
  NewOperatorModel,
  OperatorModelChanges,
  ConsultationResponse,
  PublicBodyConsultationResponse,
  ConsultationResponseInput,
  ConsultationSummary,
  CostPreview,
];
