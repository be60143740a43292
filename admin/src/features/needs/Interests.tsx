import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { m as common } from '../../components/messages.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { m } from './messages.ts';
import { needQueries } from './queries.ts';

/** Suppliers' interest in a need: shown to its owners and admins only (the API refuses anyone else). */
export function Interests({ id }: { id: string }) {
  const t = m.interests;
  const interests = useQuery(needQueries.interests(id));
  return (
    <section aria-labelledby="interests-heading">
      <h2 id="interests-heading">{t.heading}</h2>
      <p className="hint">{t.hint}</p>
      {interests.isPending ? (
        <p>{common.loading}</p>
      ) : interests.error ? (
        <ErrorNotice error={interests.error} />
      ) : interests.data.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollRegion label={t.heading}>
          <table>
            <caption className="visually-hidden">{t.heading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.supplier}</th>
                <th scope="col">{t.message}</th>
                <th scope="col">{t.link}</th>
                <th scope="col">{t.date}</th>
              </tr>
            </thead>
            <tbody>
              {interests.data.map((interest) => (
                <tr key={interest.id}>
                  <th scope="row">{interest.supplier.name}</th>
                  <td>{interest.message}</td>
                  <td>{interest.link ? <a href={interest.link}>{interest.link}</a> : m.none}</td>
                  <td>{new Date(interest.createdAt).toLocaleDateString('sv-SE')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
