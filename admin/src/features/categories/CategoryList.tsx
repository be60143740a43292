import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { m } from './messages.ts';
import { type Category, categoryQueries } from './queries.ts';

export function CategoryList() {
  const { search, offset, limit } = useListSearch();
  const categories = useQuery(categoryQueries.list(search, offset, limit));
  const all = useQuery(categoryQueries.all());
  const parents = (all.data?.items ?? []).filter((c) => !c.parent).map((c) => ({ value: c.slug, label: c.name }));
  return (
    <section aria-labelledby="page-heading">
      <div className="page-head">
        <h1 id="page-heading">{m.title}</h1>
        <Link to="/kategorier/ny" className="button primary">
          {m.create}
        </Link>
      </div>
      <FilterBar
        label={m.filterLabel}
        filters={[{ name: 'parent', label: m.level, options: [{ value: 'none', label: m.topLevel }, ...parents] }]}
      />
      <DataTable<Category>
        caption={m.title}
        query={categories}
        rowKey={(c) => c.slug}
        noun={m.count}
        empty={m.empty}
        columns={[
          {
            header: m.fields.name,
            sort: 'name',
            rowHeader: true,
            cell: (c) => (
              <Link to="/kategorier/$slug" params={{ slug: c.slug }}>
                {c.name}
              </Link>
            ),
          },
          { header: m.fields.parent, cell: (c) => c.parent?.name ?? '–' },
          { header: m.fields.children, cell: (c) => c.children.length },
          { header: m.fields.technologyCount, cell: (c) => c.technologyCount },
        ]}
      />
    </section>
  );
}
