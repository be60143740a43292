import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DemoNotice } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { m as common } from '../../components/messages.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { categoryOptions, categoryQueries } from '../categories/queries.ts';
import { useAssociationChoice } from '../organisations/scope.ts';
import './adoptions.css';
import { m } from './messages.ts';
import { type Adoption, adoptionQueries } from './queries.ts';

/**
 * Införande: an association's members (rows) against the technologies (columns), each cell the
 * municipality's status in words, a link to record or change it. Only municipalities in the person's
 * reach are shown, so an editor is never offered one they may not change.
 */
export function AdoptionOverview() {
  const { search } = useListSearch();
  const { association, options, name, reach } = useAssociationChoice();
  const category = typeof search.category === 'string' ? search.category : undefined;
  const categories = useQuery(categoryQueries.all());
  const technologies = useQuery(adoptionQueries.technologies(category));
  const members = useQuery(adoptionQueries.members(association));
  const adoptions = useQuery(adoptionQueries.ofAssociation(association, category));
  const error = reach.error ?? categories.error ?? technologies.error ?? members.error ?? adoptions.error;

  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">{m.title}</h1>
      <p className="actions">
        <Link to="/inforande/karta" search={{ association: association || undefined }}>
          {m.mapLink}
        </Link>
      </p>
      <FilterBar
        label={m.filterLabel}
        filters={[
          {
            name: 'association',
            label: m.association,
            allLabel: m.chooseAssociation,
            options,
          },
          {
            name: 'category',
            label: m.category,
            allLabel: m.allCategories,
            options: categoryOptions(categories.data?.items ?? []),
          },
        ]}
      />
      {error ? <ErrorNotice error={error} /> : null}
      {reach.data && options.length === 0 ? <p className="notice">{m.noAssociations}</p> : null}
      {association === '' ? (
        <p className="summary">{m.pickAssociation}</p>
      ) : (
        <Matrix
          association={name}
          municipalities={(members.data ?? []).filter((x) => reach.data?.municipalities.some((r) => r.code === x.code))}
          technologies={technologies.data ?? []}
          adoptions={adoptions.data}
          busy={adoptions.isFetching}
          search={{ association, category }}
        />
      )}
    </section>
  );
}

function Matrix({
  association,
  municipalities,
  technologies,
  adoptions,
  busy,
  search,
}: {
  association: string;
  municipalities: { code: string; name: string }[];
  technologies: { slug: string; name: string }[];
  adoptions: Adoption[] | undefined;
  busy: boolean;
  search: { association: string; category: string | undefined };
}) {
  if (!adoptions) return <p aria-live="polite">{common.loading}</p>;
  const cells = new Map(adoptions.map((a) => [`${a.municipality.code}/${a.technology.slug}`, a]));
  const shown = adoptions.filter(
    (a) =>
      municipalities.some((x) => x.code === a.municipality.code) &&
      technologies.some((t) => t.slug === a.technology.slug),
  );
  return (
    <>
      <p className="summary" aria-live="polite">
        {m.count(municipalities.length, technologies.length, shown.length)}
      </p>
      <p>{m.overviewIntro}</p>
      <DemoNotice shown={shown.some((a) => a.demo)} />
      <ScrollRegion label={m.matrixCaption(association)} className="matrix">
        <table aria-busy={busy}>
          <caption className="visually-hidden">{m.matrixCaption(association)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.municipality}</th>
              {technologies.map((t) => (
                <th scope="col" key={t.slug}>
                  {t.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {municipalities.map((x) => (
              <tr key={x.code}>
                <th scope="row">{x.name}</th>
                {technologies.map((t) => {
                  const adoption = cells.get(`${x.code}/${t.slug}`);
                  const status = adoption ? (m.status[adoption.status] ?? adoption.status) : m.notRecorded;
                  return (
                    <td key={t.slug} className={`adoption-cell ${adoption?.status ?? 'none'}`}>
                      <Link
                        to="/inforande/$code/$technology"
                        params={{ code: x.code, technology: t.slug }}
                        search={{ association: search.association, category: search.category }}
                        aria-label={m.cellLabel(x.name, t.name, status)}
                      >
                        {adoption ? status : m.notRecordedShort}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
