import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DemoBadge, DemoNotice } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { AnswerForm } from './AnswerForm.tsx';
import { consultationQueries } from './queries.ts';

const POSITION_NAMES: Record<string, string> = {
  supports: 'Tillstyrker',
  supports_with_reservations: 'Tillstyrker med reservationer',
  rejects: 'Avstyrker',
  no_response: 'Inget svar',
};

/** The consultation on an operator model: every consulted municipality's position, per association. */
export function ConsultationSummary() {
  const [slug, setSlug] = useState('');
  const models = useQuery(consultationQueries.models());
  const summary = useQuery(consultationQueries.summary(slug));
  const data = summary.data;
  const anyDemo = data?.associations.some((group) => group.municipalities.some((m) => m.demo)) ?? false;

  return (
    <section aria-labelledby="consultation-heading">
      <h1 id="consultation-heading">Remissvar om driftmodeller</h1>
      <form className="filters" aria-label="Välj driftmodell" onSubmit={(event) => event.preventDefault()}>
        <label>
          Driftmodell
          <select value={slug} onChange={(event) => setSlug(event.target.value)}>
            <option value="">Välj en driftmodell</option>
            {models.data?.items.map((model) => (
              <option key={model.slug} value={model.slug}>
                {model.name}
              </option>
            ))}
          </select>
        </label>
      </form>
      {models.error ? <ErrorNotice error={models.error} /> : null}
      {summary.error ? <ErrorNotice error={summary.error} /> : null}
      {data ? (
        <>
          <p aria-live="polite" className="summary">
            {`${data.totals.total} kommuner tillfrågade: ${data.totals.supports} tillstyrker, ` +
              `${data.totals.supports_with_reservations} med reservationer, ${data.totals.rejects} avstyrker, ` +
              `${data.totals.no_response} har inte svarat`}
          </p>
          <DemoNotice shown={anyDemo} />
          <AnswerForm
            slug={data.model.slug}
            municipalities={[
              ...new Map(data.associations.flatMap((g) => g.municipalities).map((m) => [m.code, m])).values(),
            ]}
          />
          {data.associations.map((group) => (
            <table key={group.association?.slug ?? 'members'} className="consultation">
              <caption>
                {group.association?.name ?? 'Modellens medlemmar'} ({group.totals.total})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Kommun</th>
                  <th scope="col">Ställningstagande</th>
                  <th scope="col">Svarade</th>
                  <th scope="col">Källa</th>
                </tr>
              </thead>
              <tbody>
                {group.municipalities.map((m) => (
                  <tr key={m.code} data-position={m.position}>
                    <td>{m.name}</td>
                    <td>{POSITION_NAMES[m.position] ?? m.position}</td>
                    <td>{m.respondedOn ?? '–'}</td>
                    <td>{m.demo ? <DemoBadge /> : m.position === 'no_response' ? '–' : 'Kommunen'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </>
      ) : null}
    </section>
  );
}
