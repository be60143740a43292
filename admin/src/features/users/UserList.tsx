import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { pickerQueries } from '../organisations/queries.ts';
import { m } from './messages.ts';
import { type User, userQueries } from './queries.ts';

export function UserList() {
  const { search, offset, limit } = useListSearch();
  const users = useQuery(userQueries.list(search, offset, limit));
  const scopeName = useScopeName();
  return (
    <section aria-labelledby="page-heading">
      <div className="page-head">
        <h1 id="page-heading">{m.title}</h1>
        <Link to="/anvandare/ny" className="button primary">
          {m.create}
        </Link>
      </div>
      <FilterBar
        label={m.filterLabel}
        filters={[
          {
            name: 'role',
            label: m.fields.role ?? '',
            options: Object.entries(m.roles).map(([value, label]) => ({ value, label })),
          },
        ]}
      />
      <DataTable<User>
        caption={m.title}
        query={users}
        rowKey={(u) => u.id}
        noun={m.count}
        empty={m.empty}
        columns={[
          {
            header: m.fields.name ?? '',
            sort: 'name',
            rowHeader: true,
            cell: (u) => (
              <Link to="/anvandare/$id" params={{ id: u.id }}>
                {u.name}
              </Link>
            ),
          },
          { header: m.fields.email ?? '', sort: 'email', cell: (u) => u.email },
          { header: m.fields.role ?? '', cell: (u) => m.roles[u.role] },
          { header: m.fields.scope ?? '', cell: (u) => scopeName(u) },
          { header: m.fields.active ?? '', cell: (u) => (u.active ? m.activeYes : m.activeNo) },
        ]}
      />
    </section>
  );
}

/** A user's scope by name: "Boråsregionen", "Göteborg", "Västra Götalandsregionen", or "Allt" for an admin. */
export function useScopeName() {
  const associations = useQuery(pickerQueries.associations());
  const municipalities = useQuery(pickerQueries.municipalities());
  const publicBodies = useQuery(pickerQueries.publicBodies());
  return (u: User) => {
    if (u.role === 'admin') return m.everything;
    if (u.scope.publicBody)
      return publicBodies.data?.find((b) => b.slug === u.scope.publicBody)?.name ?? u.scope.publicBody;
    if (u.scope.association)
      return associations.data?.find((a) => a.slug === u.scope.association)?.name ?? u.scope.association;
    return municipalities.data?.find((x) => x.code === u.scope.municipality)?.name ?? u.scope.municipality ?? '';
  };
}
