import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { DemoBadge, DemoNotice } from '../../components/DemoBadge.tsx';
import { FilterBar, optionsOf } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { categoryOptions, categoryQueries } from '../categories/queries.ts';
import { pickerQueries } from '../organisations/queries.ts';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { type ProcurementSummary, procurementQueries } from './queries.ts';

/** The procurement collaborations: searchable, filtered by stage, association, participant and whether they take members. */
export function ProcurementList() {
  const { search, offset, limit } = useListSearch();
  const scope = useScope();
  const procurements = useQuery(procurementQueries.list(search, offset, limit));
  const associations = useQuery(pickerQueries.associations());
  const municipalities = useQuery(pickerQueries.municipalities());
  const categories = useQuery(categoryQueries.all());
  return (
    <section aria-labelledby="page-heading">
      <div className="page-head">
        <h1 id="page-heading">{m.title}</h1>
        {scope.admin ? (
          <Link to="/upphandlingar/ny" className="button primary">
            {m.create}
          </Link>
        ) : null}
      </div>
      <FilterBar
        label={m.filterLabel}
        searchLabel={m.search}
        filters={[
          { name: 'stage', label: m.fields.stage, options: optionsOf(m.stages) },
          {
            name: 'association',
            label: m.association,
            options: (associations.data ?? []).map((a) => ({ value: a.slug, label: a.name })),
          },
          {
            name: 'participant',
            label: m.participant,
            options: (municipalities.data ?? []).map((item) => ({ value: item.code, label: item.name })),
          },
          { name: 'category', label: m.fields.categories, options: categoryOptions(categories.data?.items ?? []) },
          {
            name: 'openForParticipants',
            label: m.fields.openForParticipants,
            options: [
              { value: 'true', label: m.yes },
              { value: 'false', label: m.no },
            ],
          },
        ]}
      />
      <DemoNotice shown={procurements.data?.items.some((p) => p.demo) ?? false} />
      <DataTable<ProcurementSummary>
        caption={m.title}
        query={procurements}
        rowKey={(p) => p.id}
        noun={m.count}
        empty={m.empty}
        columns={[
          {
            header: m.fields.title,
            rowHeader: true,
            cell: (p) => (
              <>
                <Link to="/upphandlingar/$id" params={{ id: p.id }}>
                  {p.title}
                </Link>{' '}
                {p.demo ? <DemoBadge /> : null}
              </>
            ),
          },
          { header: m.fields.reference, sort: 'reference', cell: (p) => p.reference },
          { header: m.fields.stage, cell: (p) => m.stages[p.stage] ?? p.stage },
          { header: m.fields.lead, cell: (p) => p.lead.name },
          { header: m.fields.participants, cell: (p) => p.participantCount },
          { header: m.fields.needCount, cell: (p) => p.needCount },
          { header: m.fields.openForParticipants, cell: (p) => (p.openForParticipants ? m.yes : m.no) },
          {
            header: m.fields.contractEnd,
            sort: 'contractEnd',
            cell: (p) => p.timeline.contractPeriod.end ?? m.none,
          },
          {
            header: m.fields.updatedAt,
            sort: 'updatedAt',
            cell: (p) => new Date(p.updatedAt).toLocaleDateString('sv-SE'),
          },
        ]}
      />
    </section>
  );
}
