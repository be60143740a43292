import type { Schemas } from '@valfardsnavet/client';
import { linesOf, orNull } from '../../components/slug.ts';
import type { OperatorModel } from './queries.ts';

/** The form's values: the host as `municipality:1490`, `association:…`, `external:` or '' for none; lists as lines. */
export interface ModelValues {
  slug: string;
  name: string;
  legalForm: OperatorModel['legalForm'];
  description: string;
  host: string;
  hostExternal: string;
  governance: string;
  costSharing: OperatorModel['costSharing'];
  fixedSharePercent: string;
  services: { service: string; sla: string }[];
  advantages: string;
  risks: string;
  members: { municipality: string; since: string; users: string }[];
  /** The consulted public bodies by slug; the rest of the consultation (association, dates) is carried as it is. */
  publicBodies: string[];
  consultation: { association: string | null; opens: string | null; closes: string | null };
}

export const EMPTY: ModelValues = {
  slug: '',
  name: '',
  legalForm: 'host_municipality',
  description: '',
  host: '',
  hostExternal: '',
  governance: '',
  costSharing: 'per_capita',
  fixedSharePercent: '',
  services: [],
  advantages: '',
  risks: '',
  members: [],
  publicBodies: [],
  consultation: { association: null, opens: null, closes: null },
};

const hostValue = (host: OperatorModel['host']) =>
  !host
    ? ''
    : host.kind === 'external'
      ? 'external:'
      : host.kind === 'municipality'
        ? `municipality:${host.code}`
        : `association:${host.slug}`;

export const toForm = (model: OperatorModel): ModelValues => ({
  slug: model.slug,
  name: model.name,
  legalForm: model.legalForm,
  description: model.description,
  host: hostValue(model.host),
  hostExternal: model.host?.kind === 'external' ? model.host.name : '',
  governance: model.governance ?? '',
  costSharing: model.costSharing,
  fixedSharePercent: model.fixedSharePercent === null ? '' : String(model.fixedSharePercent),
  services: model.services.map((s) => ({ ...s })),
  advantages: model.advantages.join('\n'),
  risks: model.risks.join('\n'),
  members: model.members.map((member) => ({
    municipality: member.municipality.code,
    since: member.since ?? '',
    users: member.users === null ? '' : String(member.users),
  })),
  publicBodies: model.consultation.publicBodies.map((b) => b.slug),
  consultation: {
    association: model.consultation.association?.slug ?? null,
    opens: model.consultation.opens,
    closes: model.consultation.closes,
  },
});

const hostOf = (v: ModelValues): Schemas['OperatorModelChanges']['host'] => {
  const [kind, key] = v.host.split(':');
  if (kind === 'external') return { external: v.hostExternal.trim() };
  if (kind === 'municipality') return { municipality: key };
  if (kind === 'association') return { association: key };
  return {};
};

/** The body both create and change send: every field but the slug (create adds it) and the status. */
export const toBody = (v: ModelValues) => ({
  name: v.name,
  legalForm: v.legalForm,
  description: v.description,
  host: hostOf(v),
  governance: orNull(v.governance),
  costSharing: v.costSharing,
  fixedSharePercent: v.fixedSharePercent.trim() === '' ? null : Number(v.fixedSharePercent),
  services: v.services.map((s) => ({ service: s.service as OperatorModel['services'][number]['service'], sla: s.sla })),
  advantages: linesOf(v.advantages),
  risks: linesOf(v.risks),
  members: v.members.map((member) => ({
    municipality: member.municipality,
    since: orNull(member.since),
    users: member.users.trim() === '' ? null : Number(member.users),
  })),
  consultation: { ...v.consultation, publicBodies: v.publicBodies },
});

export const fieldOf = (field: string) =>
  field === 'host.external'
    ? 'hostExternal'
    : field.startsWith('host')
      ? 'host'
      : field.startsWith('consultation.publicBodies')
        ? 'publicBodies'
        : /^(advantages|risks)\./.test(field)
          ? (field.split('.')[0] ?? field)
          : field;
