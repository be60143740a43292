import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { categoryOptions, categoryQueries } from '../categories/queries.ts';
import { m } from './messages.ts';
import { type Technology, technologyQueries } from './queries.ts';

/** All technologies, drafts and archived included, searchable and filtered by status, category, readiness. */
export function TechnologyList() {
  const { search, offset, limit } = useListSearch();
  const technologies = useQuery(technologyQueries.list(search, offset, limit));
  const categories = useQuery(categoryQueries.all());
  return (
    <section aria-labelledby="page-heading">
      <div className="page-head">
        <h1 id="page-heading">{m.title}</h1>
        <Link to="/teknologier/ny" className="button primary">
          {m.create}
        </Link>
      </div>
      <FilterBar
        label={m.filterLabel}
        searchLabel={m.search}
        filters={[
          { name: 'status', label: m.fields.status, options: options(m.status) },
          { name: 'category', label: m.fields.category, options: categoryOptions(categories.data?.items ?? []) },
          { name: 'readiness', label: m.fields.readiness, options: options(m.readiness) },
        ]}
      />
      <DataTable<Technology>
        caption={m.title}
        query={technologies}
        rowKey={(t) => t.slug}
        noun={m.count}
        empty={m.empty}
        columns={[
          {
            header: m.fields.name,
            sort: 'name',
            rowHeader: true,
            cell: (t) => (
              <Link to="/teknologier/$slug" params={{ slug: t.slug }}>
                {t.name}
              </Link>
            ),
          },
          { header: m.fields.category, cell: (t) => t.category.name },
          { header: m.fields.status, cell: (t) => <span className={`status ${t.status}`}>{m.status[t.status]}</span> },
          { header: m.fields.readiness, cell: (t) => m.readiness[t.readiness] },
          { header: 'Kommuner', sort: 'adoptionCount', cell: (t) => t.adoptionSummary.total },
          {
            header: m.fields.updatedAt,
            sort: 'updatedAt',
            cell: (t) => new Date(t.updatedAt).toLocaleDateString('sv-SE'),
          },
        ]}
      />
    </section>
  );
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
