import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { m as common } from '../../components/messages.ts';
import { PlainTable } from '../../components/PlainTable.tsx';
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
        <PlainTable
          caption={t.heading}
          hideCaption
          headers={[t.supplier, t.message, t.link, t.date]}
          rows={interests.data.map((interest) => ({
            key: interest.id,
            cells: [
              interest.supplier.name,
              interest.message,
              interest.link ? <a href={interest.link}>{interest.link}</a> : m.none,
              new Date(interest.createdAt).toLocaleDateString('sv-SE'),
            ],
          }))}
        />
      )}
    </section>
  );
}
