import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { DemoBadge, DemoNotice } from '../../components/DemoBadge.tsx';
import { FilterBar, optionsOf } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { categoryOptions, categoryQueries } from '../categories/queries.ts';
import { pickerQueries } from '../organisations/queries.ts';
import { useSession } from '../session/queries.ts';
import { m } from './messages.ts';
import { type NeedSummary, needQueries } from './queries.ts';

/** Needs with their pooled volume: searchable, filtered by status, county, association and target group. */
export function NeedList() {
  const session = useSession().data ?? null;
  const { search, offset, limit } = useListSearch();
  const needs = useQuery({ ...needQueries.list(search, offset, limit), enabled: session !== null });
  const counties = useQuery(pickerQueries.counties());
  const associations = useQuery(pickerQueries.associations());
  const categories = useQuery(categoryQueries.all());
  if (!session) return <p className="hint">{m.signInFirst}</p>;
  return (
    <section aria-labelledby="page-heading">
      <div className="page-head">
        <h1 id="page-heading">{m.title}</h1>
        <Link to="/behov/nytt" className="button primary">
          {m.create}
        </Link>
      </div>
      <FilterBar
        label={m.filterLabel}
        searchLabel={m.search}
        filters={[
          { name: 'status', label: m.fields.status, options: optionsOf(m.status) },
          {
            name: 'county',
            label: m.county,
            options: (counties.data ?? []).map((c) => ({ value: c.code, label: c.name })),
          },
          {
            name: 'association',
            label: m.association,
            options: (associations.data ?? []).map((a) => ({ value: a.slug, label: a.name })),
          },
          { name: 'targetGroup', label: m.fields.targetGroup, options: optionsOf(m.targetGroups) },
          { name: 'category', label: m.fields.categories, options: categoryOptions(categories.data?.items ?? []) },
        ]}
      />
      <DemoNotice shown={needs.data?.items.some((n) => n.demo) ?? false} />
      <DataTable<NeedSummary>
        caption={m.title}
        query={needs}
        rowKey={(n) => n.id}
        noun={m.count}
        empty={m.empty}
        columns={[
          {
            header: m.fields.title,
            rowHeader: true,
            cell: (n) => (
              <>
                <Link to="/behov/$id" params={{ id: n.id }}>
                  {n.title}
                </Link>{' '}
                {n.demo ? <DemoBadge /> : null}
              </>
            ),
          },
          { header: m.fields.owner, cell: (n) => n.owner.name },
          { header: m.fields.municipalityCount, cell: (n) => n.municipalityCount },
          { header: m.fields.pooledVolume, sort: 'pooledVolume', cell: (n) => n.pooledVolume },
          { header: m.fields.status, cell: (n) => <span className={`status ${n.status}`}>{m.status[n.status]}</span> },
          { header: m.fields.desiredStart, sort: 'desiredStart', cell: (n) => n.desiredStart ?? m.none },
          {
            header: m.fields.updatedAt,
            sort: 'updatedAt',
            cell: (n) => new Date(n.updatedAt).toLocaleDateString('sv-SE'),
          },
        ]}
      />
    </section>
  );
}
