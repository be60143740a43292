import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { pickerQueries } from '../organisations/queries.ts';
import { m } from './messages.ts';
import { type Municipality, municipalityQueries } from './queries.ts';

/** The 290 municipalities, by county and a forgiving name search ("gotebrg" finds Göteborg). */
export function MunicipalityList() {
  const { search, offset, limit } = useListSearch();
  const municipalities = useQuery(municipalityQueries.list(search, offset, limit));
  const counties = useQuery(pickerQueries.counties());
  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">{m.title}</h1>
      <FilterBar
        label={m.filterLabel}
        searchLabel={m.search}
        filters={[
          {
            name: 'county',
            label: m.county,
            allLabel: m.allCounties,
            options: (counties.data ?? []).map((c) => ({ value: c.code, label: c.name })),
          },
        ]}
      />
      <DataTable<Municipality>
        caption={m.title}
        query={municipalities}
        rowKey={(x) => x.code}
        noun={m.count}
        empty={m.empty}
        columns={[
          { header: m.fields.code, sort: 'code', cell: (x) => x.code },
          {
            header: m.fields.name,
            sort: 'name',
            rowHeader: true,
            cell: (x) => (
              <Link to="/kommuner/$code" params={{ code: x.code }}>
                {x.name}
              </Link>
            ),
          },
          { header: m.fields.county, cell: (x) => x.county.name },
          { header: m.fields.associations, cell: (x) => x.associations.map((a) => a.name).join(', ') },
        ]}
      />
    </section>
  );
}
