import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DemoBadge, DemoNotice } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { ADOPTION_PAGE_SIZE, catalogueQueries } from './queries.ts';

const STATUS_NAMES: Record<string, string> = {
  planned: 'Planerad',
  pilot: 'Pilot',
  implemented: 'Införd',
  scaled: 'I bred användning',
  discontinued: 'Avslutad',
};

/** Which municipalities use a technology and how far they have come; demo data marked on every row. */
export function AdoptionList() {
  const [technology, setTechnology] = useState('');
  const [offset, setOffset] = useState(0);
  const technologies = useQuery(catalogueQueries.technologies());
  const adoptions = useQuery(catalogueQueries.adoptions({ technology, offset }));
  const page = adoptions.data;
  const total = page?.total ?? 0;

  return (
    <section aria-labelledby="adoptions-heading">
      <h1 id="adoptions-heading">Införande av välfärdsteknik</h1>
      <form className="filters" aria-label="Välj teknik" onSubmit={(event) => event.preventDefault()}>
        <label>
          Teknik
          <select
            value={technology}
            onChange={(event) => {
              setTechnology(event.target.value);
              setOffset(0);
            }}
          >
            <option value="">Välj en teknik</option>
            {technologies.data?.items.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      </form>
      {technologies.error ? <ErrorNotice error={technologies.error} /> : null}
      {adoptions.error ? <ErrorNotice error={adoptions.error} /> : null}
      {technology === '' ? (
        <p className="summary">Välj en teknik för att se vilka kommuner som använder den.</p>
      ) : (
        <>
          <p aria-live="polite" className="summary">
            {adoptions.isPending ? 'Hämtar införanden…' : `${total} kommuner har registrerat tekniken`}
          </p>
          <DemoNotice shown={page?.items.some((a) => a.demo) ?? false} />
          <table aria-busy={adoptions.isFetching}>
            <thead>
              <tr>
                <th scope="col">Kommun</th>
                <th scope="col">Status</th>
                <th scope="col">Sedan</th>
                <th scope="col">Användare</th>
                <th scope="col">Källa</th>
              </tr>
            </thead>
            <tbody>
              {page?.items.map((a) => (
                <tr key={a.municipality.code}>
                  <td>{a.municipality.name}</td>
                  <td>{STATUS_NAMES[a.status] ?? a.status}</td>
                  <td>{a.startedOn ?? '–'}</td>
                  <td>{a.usersCount ?? '–'}</td>
                  <td>{a.demo ? <DemoBadge /> : 'Kommunen'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="Sidor">
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - ADOPTION_PAGE_SIZE))}
            >
              Föregående
            </button>
            <span>
              {total === 0 ? 0 : offset + 1}–{Math.min(offset + ADOPTION_PAGE_SIZE, total)} av {total}
            </span>
            <button
              type="button"
              disabled={offset + ADOPTION_PAGE_SIZE >= total}
              onClick={() => setOffset(offset + ADOPTION_PAGE_SIZE)}
            >
              Nästa
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
