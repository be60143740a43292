import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { DemoBadge } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { m as common } from '../../components/messages.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';

const STAGES: Record<string, string> = {
  planning: 'Planering',
  needs_analysis: 'Behovsanalys',
  market_dialogue: 'Marknadsdialog',
  tender: 'Annonserad',
  evaluation: 'Utvärdering',
  awarded: 'Tilldelad',
  contract_active: 'Avtal gäller',
  expired: 'Avtalet har löpt ut',
  cancelled: 'Avbruten',
};

/** Upphandlingar: the joint procurements as they are today (part 2 brings editing). */
export function ProcurementList() {
  const procurements = useQuery({
    queryKey: ['procurements', 'list'],
    queryFn: async () => unwrap(await api.GET('/v1/procurements', { params: { query: { limit: 50 } } })),
  });
  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">Upphandlingar</h1>
      {procurements.isPending ? <p>{common.loading}</p> : null}
      {procurements.error ? <ErrorNotice error={procurements.error} /> : null}
      {procurements.data ? (
        <ScrollRegion label="Gemensamma upphandlingar">
          <table>
            <caption className="visually-hidden">Gemensamma upphandlingar</caption>
            <thead>
              <tr>
                <th scope="col">Upphandling</th>
                <th scope="col">Skede</th>
                <th scope="col">Samordnare</th>
                <th scope="col">Deltagare</th>
                <th scope="col">Tar emot deltagare</th>
              </tr>
            </thead>
            <tbody>
              {procurements.data.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.title} {p.demo ? <DemoBadge /> : null}
                  </th>
                  <td>{STAGES[p.stage] ?? p.stage}</td>
                  <td>{p.lead.name}</td>
                  <td>{p.participantCount}</td>
                  <td>{p.openForParticipants ? 'Ja' : 'Nej'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </section>
  );
}
