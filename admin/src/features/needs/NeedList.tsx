import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DemoBadge, DemoNotice } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { pickerQueries } from '../organisations/queries.ts';
import { useSession } from '../session/queries.ts';
import { NEED_PAGE_SIZE, needQueries } from './queries.ts';

const STATUS_NAMES: Record<string, string> = {
  draft: 'Utkast',
  published: 'Publicerat',
  in_dialogue: 'I dialog',
  in_procurement: 'Upphandlas',
  solved: 'Löst',
  withdrawn: 'Återkallat',
};

/** Needs with their pooled volume, largest first: what the municipalities ask the market for together. */
export function NeedList() {
  const session = useSession().data ?? null;
  const [county, setCounty] = useState('');
  const [status, setStatus] = useState('');
  const counties = useQuery(pickerQueries.counties());
  const needs = useQuery({ ...needQueries.needs({ county, status }), enabled: session !== null });
  if (!session) return <p className="hint">Behoven visas för inloggade (Konto) och med API-nyckel.</p>;
  const page = needs.data;

  return (
    <section aria-labelledby="needs-heading">
      <h1 id="needs-heading">Behov</h1>
      <form className="filters" aria-label="Filtrera behov" onSubmit={(event) => event.preventDefault()}>
        <label>
          Län
          <select value={county} onChange={(event) => setCounty(event.target.value)}>
            <option value="">Alla län</option>
            {counties.data?.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">Alla du kan se</option>
            {Object.entries(STATUS_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </form>
      {needs.error ? <ErrorNotice error={needs.error} /> : null}
      <p aria-live="polite" className="summary">
        {needs.isPending
          ? 'Hämtar behov…'
          : `${page?.total ?? 0} behov${(page?.total ?? 0) > NEED_PAGE_SIZE ? `, de ${NEED_PAGE_SIZE} med störst samlad volym visas` : ''}`}
      </p>
      <DemoNotice shown={page?.items.some((n) => n.demo) ?? false} />
      <table aria-busy={needs.isFetching}>
        <thead>
          <tr>
            <th scope="col">Behov</th>
            <th scope="col">Ägare</th>
            <th scope="col">Kommuner</th>
            <th scope="col">Samlad volym</th>
            <th scope="col">Status</th>
            <th scope="col">Källa</th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((n) => (
            <tr key={n.id}>
              <td>{n.title}</td>
              <td>{n.owner.name}</td>
              <td>{n.municipalityCount}</td>
              <td>{n.pooledVolume}</td>
              <td>{STATUS_NAMES[n.status] ?? n.status}</td>
              <td>{n.demo ? <DemoBadge /> : 'Kommunen'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
