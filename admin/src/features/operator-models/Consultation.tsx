import { useQuery } from '@tanstack/react-query';
import { DemoBadge, DemoNotice } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { m as common } from '../../components/messages.ts';
import { PlainTable } from '../../components/PlainTable.tsx';
import { AnswerForm } from './AnswerForm.tsx';
import { m } from './messages.ts';
import { PositionChart } from './PositionChart.tsx';
import { modelQueries } from './queries.ts';

/** The consultation on a model: totals, the chart of positions per association (and public bodies), a table each, and the answer form. */
export function Consultation({ slug }: { slug: string }) {
  const t = m.summary;
  const summary = useQuery(modelQueries.summary(slug));
  if (summary.isPending) return <p>{common.loading}</p>;
  if (summary.error) return <ErrorNotice error={summary.error} />;
  const data = summary.data;
  const bodies = data.publicBodies.bodies;
  const consulted = [...new Map(data.associations.flatMap((g) => g.municipalities).map((c) => [c.code, c])).values()];
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t.heading}</h2>
      {data.totals.total === 0 && bodies.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p className="summary">{t.totals(data.totals)}</p>
          <DemoNotice shown={consulted.some((c) => c.demo) || bodies.some((b) => b.demo)} />
          <PositionChart summary={data} />
          {data.model.status === 'consultation' ? (
            <AnswerForm slug={slug} consulted={consulted} bodies={data.publicBodies.bodies} />
          ) : null}
          {data.associations.map((group) => (
            <PlainTable
              key={group.association?.slug ?? 'members'}
              className="consultation"
              caption={`${group.association?.name ?? t.members} (${group.totals.total})`}
              headers={[t.municipality, t.position, t.comment, t.respondedOn, t.source]}
              rows={group.municipalities.map((c) => ({
                key: c.code,
                data: { 'data-position': c.position },
                cells: [
                  c.name,
                  m.positions[c.position] ?? c.position,
                  c.comment ?? m.none,
                  c.respondedOn ?? m.none,
                  c.demo ? <DemoBadge /> : c.position === 'no_response' ? m.none : m.municipality,
                ],
              }))}
            />
          ))}
          {bodies.length > 0 ? (
            <PlainTable
              className="consultation"
              caption={`${t.publicBodies} (${data.publicBodies.totals.total})`}
              headers={[t.publicBody, t.position, t.comment, t.respondedOn, t.source]}
              rows={bodies.map((b) => ({
                key: b.slug,
                data: { 'data-position': b.position },
                cells: [
                  b.name,
                  m.positions[b.position] ?? b.position,
                  b.comment ?? m.none,
                  b.respondedOn ?? m.none,
                  b.demo ? <DemoBadge /> : b.position === 'no_response' ? m.none : m.publicBody,
                ],
              }))}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
