import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { DemoBadge } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { m as common } from '../../components/messages.ts';
import { pickerQueries } from '../organisations/queries.ts';
import { useSession } from '../session/queries.ts';

const DIMENSIONS = {
  strategy: 'Strategi',
  organisation: 'Organisation',
  competence: 'Kompetens',
  infrastructure: 'Infrastruktur',
  law_ethics_security: 'Juridik, etik, säkerhet',
  user_competence: 'Brukarnas kompetens',
  procurement_market: 'Upphandling, marknad',
  follow_up: 'Uppföljning',
} as const;

/** Mognad: an association's members' maturity levels for a year, with the median per dimension. */
export function MaturityView() {
  const session = useSession().data;
  const associations = useQuery(pickerQueries.associations());
  const [association, setAssociation] = useState(session?.user.scope.association ?? 'borasregionen');
  const [year, setYear] = useState(2026);
  const comparison = useQuery({
    queryKey: ['maturity', association, year],
    queryFn: async () => unwrap(await api.GET('/v1/maturity', { params: { query: { association, year } } })),
  });
  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">Mognad</h1>
      <form className="filters" aria-label="Välj förbund och år" onSubmit={(event) => event.preventDefault()}>
        <label>
          Förbund
          <select value={association} onChange={(event) => setAssociation(event.target.value)}>
            {associations.data?.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          År
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(event) => setYear(Number(event.target.value))}
          />
        </label>
      </form>
      {comparison.isPending ? <p>{common.loading}</p> : null}
      {comparison.error ? <ErrorNotice error={comparison.error} /> : null}
      {comparison.data ? (
        <>
          <p className="summary">
            {comparison.data.assessedCount} av {comparison.data.members.length} medlemmar har bedömt sin mognad {year}.
          </p>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Mognad per kommun och dimension</caption>
              <thead>
                <tr>
                  <th scope="col">Kommun</th>
                  {Object.values(DIMENSIONS).map((label) => (
                    <th scope="col" key={label}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.data.members.map((member) => (
                  <tr key={member.municipality.code}>
                    <th scope="row">
                      {member.municipality.name} {member.demo ? <DemoBadge /> : null}
                    </th>
                    {Object.keys(DIMENSIONS).map((key) => (
                      <td key={key}>{member.dimensions?.[key as keyof typeof DIMENSIONS]?.level ?? '–'}</td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">Median</th>
                  {Object.keys(DIMENSIONS).map((key) => (
                    <td key={key}>{comparison.data.median[key as keyof typeof DIMENSIONS] ?? '–'}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
