import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { m } from './messages.ts';
import { type GuideSummary, guideQueries } from './queries.ts';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function GuideList() {
  const { search, offset, limit } = useListSearch();
  const guides = useQuery(guideQueries.list(search, offset, limit));
  return (
    <section aria-labelledby="page-heading">
      <div className="page-head">
        <h1 id="page-heading">{m.title}</h1>
        <Link to="/vagledningar/ny" className="button primary">
          {m.create}
        </Link>
      </div>
      <FilterBar
        label={m.filterLabel}
        searchLabel={m.search}
        filters={[
          { name: 'kind', label: m.fields.kind ?? '', options: options(m.kinds) },
          { name: 'status', label: m.fields.status ?? '', options: options(m.status) },
        ]}
      />
      <DataTable<GuideSummary>
        caption={m.title}
        query={guides}
        rowKey={(g) => g.slug}
        noun={m.count}
        empty={m.empty}
        columns={[
          {
            header: m.fields.title ?? '',
            rowHeader: true,
            cell: (g) => (
              <Link to="/vagledningar/$slug" params={{ slug: g.slug }}>
                {g.title}
              </Link>
            ),
          },
          { header: m.fields.kind ?? '', cell: (g) => m.kinds[g.kind] },
          {
            header: m.fields.status ?? '',
            cell: (g) => <span className={`status ${g.status}`}>{m.status[g.status]}</span>,
          },
          { header: m.fields.technologies ?? '', cell: (g) => g.technologies.map((t) => t.name).join(', ') || m.none },
        ]}
      />
    </section>
  );
}
