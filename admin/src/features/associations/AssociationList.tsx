import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { m } from './messages.ts';
import { type Association, associationQueries } from './queries.ts';

export function AssociationList() {
  const { search, offset, limit } = useListSearch();
  const associations = useQuery(associationQueries.list(search, offset, limit));
  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">{m.title}</h1>
      <FilterBar
        label={m.filterLabel}
        filters={[
          { name: 'kind', label: m.kind, options: Object.entries(m.kinds).map(([value, label]) => ({ value, label })) },
        ]}
      />
      <DataTable<Association>
        caption={m.title}
        query={associations}
        rowKey={(a) => a.slug}
        noun={m.count}
        empty={m.empty}
        columns={[
          {
            header: m.fields.name,
            sort: 'name',
            rowHeader: true,
            cell: (a) => (
              <Link to="/forbund/$slug" params={{ slug: a.slug }}>
                {a.name}
              </Link>
            ),
          },
          { header: m.kind, cell: (a) => m.kinds[a.kind] },
          { header: m.fields.memberCount, cell: (a) => a.memberCount },
        ]}
      />
    </section>
  );
}
