import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { organisationQueries, PAGE_SIZE } from './queries.ts';

/** The municipalities, filtered by county and a forgiving name search. */
export function MunicipalityList() {
  const [county, setCounty] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const q = useDeferredValue(search.trim());

  const counties = useQuery(organisationQueries.counties());
  const municipalities = useQuery(organisationQueries.municipalities({ county, q, offset }));
  const page = municipalities.data;
  const total = page?.total ?? 0;

  return (
    <section aria-labelledby="municipalities-heading">
      <h2 id="municipalities-heading">Kommuner</h2>
      <form className="filters" aria-label="Filtrera kommuner" onSubmit={(event) => event.preventDefault()}>
        <label>
          Län
          <select
            value={county}
            onChange={(event) => {
              setCounty(event.target.value);
              setOffset(0);
            }}
          >
            <option value="">Alla län</option>
            {counties.data?.items.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sök kommun
          <input
            type="search"
            value={search}
            placeholder="t.ex. Östersund"
            onChange={(event) => {
              setSearch(event.target.value);
              setOffset(0);
            }}
          />
        </label>
      </form>

      {municipalities.error ? <ErrorMessage error={municipalities.error} /> : null}
      {counties.error ? <ErrorMessage error={counties.error} /> : null}

      <p aria-live="polite" className="summary">
        {municipalities.isPending ? 'Hämtar kommuner…' : `${total} kommuner`}
      </p>
      <table aria-busy={municipalities.isFetching}>
        <thead>
          <tr>
            <th scope="col">Kod</th>
            <th scope="col">Kommun</th>
            <th scope="col">Län</th>
            <th scope="col">Kommunalförbund</th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((m) => (
            <tr key={m.code}>
              <td>{m.code}</td>
              <td>{m.name}</td>
              <td>{m.county.name}</td>
              <td>{m.associations.map((a) => a.shortName ?? a.name).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label="Sidor">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
          Föregående
        </button>
        <span>
          {total === 0 ? 0 : offset + 1}–{Math.min(offset + PAGE_SIZE, total)} av {total}
        </span>
        <button type="button" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
          Nästa
        </button>
      </nav>
    </section>
  );
}
