import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DemoBadge, DemoNotice } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { m as common } from '../../components/messages.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useAssociationChoice } from '../organisations/scope.ts';
import { formatLevel, MaturityChart } from './MaturityChart.tsx';
import './maturity.css';
import { DIMENSIONS, m } from './messages.ts';
import { type Comparison, maturityQueries, yearOf } from './queries.ts';
import { YearField } from './YearField.tsx';

/** Mognad: an association's members' maturity levels for a year, as a chart and as a table, with the median. */
export function MaturityView() {
  const { search, update } = useListSearch();
  const { association, options, reach } = useAssociationChoice();
  const year = yearOf(search.year);
  const comparison = useQuery(maturityQueries.comparison(association, year));

  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">{m.title}</h1>
      <p className="actions">
        <Link to="/mognad/bedomning" search={{ year: String(year) }}>
          {m.assessLink}
        </Link>
      </p>
      <div className="filter-row">
        <FilterBar
          label={m.filterLabel}
          filters={[
            {
              name: 'association',
              label: m.association,
              allLabel: m.chooseAssociation,
              options,
            },
          ]}
        />
        <div className="filters">
          <YearField year={year} onChange={(next) => update({ year: String(next) }, { replace: true })} />
        </div>
      </div>
      {reach.error ? <ErrorNotice error={reach.error} /> : null}
      {comparison.error ? <ErrorNotice error={comparison.error} /> : null}
      {association === '' ? (
        <p className="summary">{m.pickAssociation}</p>
      ) : comparison.data ? (
        <>
          <p className="summary" aria-live="polite">
            {m.assessed(comparison.data.assessedCount, comparison.data.members.length, year)}
          </p>
          <DemoNotice shown={comparison.data.members.some((member) => member.demo)} />
          <div className="maturity-views">
            <MaturityChart comparison={comparison.data} title={m.chartTitle(comparison.data.association.name, year)} />
            <MaturityTable
              comparison={comparison.data}
              caption={m.tableCaption(comparison.data.association.name, year)}
            />
          </div>
        </>
      ) : (
        <p aria-live="polite">{common.loading}</p>
      )}
    </section>
  );
}

function MaturityTable({ comparison, caption }: { comparison: Comparison; caption: string }) {
  return (
    <ScrollRegion label={caption}>
      <table className="maturity-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.municipality}</th>
            {DIMENSIONS.map((dimension) => (
              <th scope="col" key={dimension}>
                {m.dimensions[dimension]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.members.map((member) => (
            <tr key={member.municipality.code}>
              <th scope="row">
                {member.municipality.name} {member.demo ? <DemoBadge /> : null}
              </th>
              {DIMENSIONS.map((dimension) => (
                <td key={dimension}>{formatLevel(member.dimensions?.[dimension]?.level)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m.median}</th>
            {DIMENSIONS.map((dimension) => (
              <td key={dimension}>{formatLevel(comparison.median[dimension])}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
