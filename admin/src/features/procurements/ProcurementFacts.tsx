import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Facts } from '../../components/Facts.tsx';
import { PlainTable } from '../../components/PlainTable.tsx';
import { m as needWords } from '../needs/messages.ts';
import { m } from './messages.ts';
import type { Procurement } from './queries.ts';

const day = (value: string | null) => value ?? m.none;
const sek = (value: number | null | undefined) =>
  value === null || value === undefined ? m.none : `${value.toLocaleString('sv-SE')} kr`;

/** Every field of a procurement as a reader wants it: the facts, timeline, needs, stages, lots, documents, awards. */
export function ProcurementFacts({ p }: { p: Procurement }) {
  const list = (items: { name: string }[]) => (items.length ? items.map((item) => item.name).join(', ') : m.none);
  const { timeline: t } = p;
  const rows: [string, ReactNode][] = [
    [m.fields.reference, p.reference],
    [m.fields.lead, p.lead.name],
    [m.fields.collaborationType, m.collaborationTypes[p.collaborationType] ?? p.collaborationType],
    [m.fields.procedure, p.procedure ? (m.procedures[p.procedure] ?? p.procedure) : m.none],
    [m.fields.cpvCodes, p.cpvCodes.length ? p.cpvCodes.join(', ') : m.none],
    [m.fields.technologies, list(p.technologies)],
    [m.fields.categories, list(p.categories)],
    [m.fields.estimatedValueSek, sek(p.estimatedValueSek)],
    [m.fields.plannedPublication, day(t.plannedPublication)],
    [m.fields.tenderStart, day(t.tenderPeriod.start)],
    [m.fields.tenderEnd, day(t.tenderPeriod.end)],
    [m.fields.awardDate, day(t.awardDate)],
    [m.fields.contractStart, day(t.contractPeriod.start)],
    [m.fields.contractEnd, day(t.contractPeriod.end)],
    [m.fields.extensionOptionsMonths, t.extensionOptionsMonths ?? m.none],
    [m.fields.openForParticipants, p.openForParticipants ? m.yes : m.no],
  ];
  return (
    <>
      <Facts rows={rows} />
      {p.description ? <p className="prose">{p.description}</p> : null}
      <section aria-labelledby="needs-heading">
        <h2 id="needs-heading">{m.fields.needs}</h2>
        {p.needs.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <ul>
            {p.needs.map((need) => (
              <li key={need.id}>
                <Link to="/behov/$id" params={{ id: need.id }}>
                  {need.title}
                </Link>{' '}
                ({needWords.status[need.status] ?? need.status})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="stages-heading">
        <h2 id="stages-heading">{m.stageHistory}</h2>
        <PlainTable
          caption={m.stageHistoryCaption}
          hideCaption
          headers={[m.stageAt, m.stageFrom, m.stageTo]}
          rows={p.stageHistory.map((change) => ({
            key: change.at,
            cells: [
              new Date(change.at).toLocaleDateString('sv-SE'),
              change.from ? m.stages[change.from] : m.none,
              m.stages[change.to],
            ],
          }))}
        />
      </section>
      <section aria-labelledby="lots-heading">
        <h2 id="lots-heading">{m.fields.lots}</h2>
        {p.lots.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <PlainTable
            caption={m.fields.lots}
            hideCaption
            headers={[m.lot.id, m.lot.title, m.lot.value, m.fields.awardedSuppliers]}
            rows={p.lots.map((lot) => ({
              key: lot.id,
              cells: [lot.id, lot.title, sek(lot.estimatedValueSek), suppliersOf(p, lot.id)],
            }))}
          />
        )}
      </section>
      <section aria-labelledby="awards-heading">
        <h2 id="awards-heading">{m.fields.awardedSuppliers}</h2>
        {p.awardedSuppliers.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <PlainTable
            caption={m.fields.awardedSuppliers}
            hideCaption
            headers={[m.supplier.name, m.supplier.organisationNumber, m.supplier.lot, m.supplier.rank]}
            rows={p.awardedSuppliers.map((s) => ({
              key: `${s.lot ?? ''}/${s.name}`,
              cells: [s.name, s.organisationNumber ?? m.none, s.lot ?? m.none, s.rank],
            }))}
          />
        )}
      </section>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{m.fields.documents}</h2>
        {p.documents.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <ul>
            {p.documents.map((d) => (
              <li key={d.url}>
                <a href={d.url}>{d.title}</a> ({d.kind})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

const suppliersOf = (p: Procurement, lot: string) =>
  p.awardedSuppliers
    .filter((s) => s.lot === lot)
    .sort((a, b) => a.rank - b.rank)
    .map((s) => `${s.rank}. ${s.name}`)
    .join(', ') || m.none;
