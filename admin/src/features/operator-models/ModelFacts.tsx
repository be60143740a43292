import type { ReactNode } from 'react';
import { Facts } from '../../components/Facts.tsx';
import { PlainTable } from '../../components/PlainTable.tsx';
import { m } from './messages.ts';
import type { OperatorModel } from './queries.ts';

/** Every field of an operator model: legal form, host, governance, cost sharing, services, pros, cons, members. */
export function ModelFacts({ model }: { model: OperatorModel }) {
  const rows: [string, ReactNode][] = [
    [m.fields.legalForm, m.legalForms[model.legalForm]],
    [m.fields.host, model.host ? `${model.host.name} (${m.host[model.host.kind]})` : m.noHost],
    [m.fields.governance, model.governance ?? m.none],
    [m.fields.costSharing, m.costSharings[model.costSharing]],
    [m.fields.fixedSharePercent, model.fixedSharePercent === null ? m.none : `${model.fixedSharePercent} %`],
  ];
  const list = (items: string[]) =>
    items.length === 0 ? (
      <p>{m.none}</p>
    ) : (
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  return (
    <>
      <Facts rows={rows} />
      {model.description ? <p className="prose">{model.description}</p> : null}
      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{m.sections.services}</h2>
        {model.services.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <PlainTable
            caption={m.sections.services}
            hideCaption
            headers={[m.service.service, m.service.sla]}
            rows={model.services.map((s) => ({ key: s.service, cells: [m.services[s.service] ?? s.service, s.sla] }))}
          />
        )}
      </section>
      <section aria-labelledby="advantages-heading">
        <h2 id="advantages-heading">{m.fields.advantages}</h2>
        {list(model.advantages)}
      </section>
      <section aria-labelledby="risks-heading">
        <h2 id="risks-heading">{m.fields.risks}</h2>
        {list(model.risks)}
      </section>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{m.fields.members}</h2>
        {model.members.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <PlainTable
            caption={m.fields.members}
            hideCaption
            headers={[m.member.municipality, m.member.since, m.member.users]}
            rows={model.members.map((member) => ({
              key: member.municipality.code,
              cells: [member.municipality.name, member.since ?? m.none, member.users ?? m.none],
            }))}
          />
        )}
      </section>
    </>
  );
}
