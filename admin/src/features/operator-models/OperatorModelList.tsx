import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { DemoBadge, DemoNotice } from '../../components/DemoBadge.tsx';
import { FilterBar, optionsOf } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { pickerQueries } from '../organisations/queries.ts';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { modelQueries, type OperatorModelSummary } from './queries.ts';

/** The ways of running operations together: searchable, filtered by status, legal form, cost sharing and association. */
export function OperatorModelList() {
  const { search, offset, limit } = useListSearch();
  const scope = useScope();
  const models = useQuery(modelQueries.list(search, offset, limit));
  const associations = useQuery(pickerQueries.associations());
  return (
    <section aria-labelledby="page-heading">
      <div className="page-head">
        <h1 id="page-heading">{m.title}</h1>
        {scope.admin ? (
          <Link to="/driftmodeller/ny" className="button primary">
            {m.create}
          </Link>
        ) : null}
      </div>
      <FilterBar
        label={m.filterLabel}
        searchLabel={m.search}
        filters={[
          { name: 'status', label: m.fields.status, options: optionsOf(m.status) },
          { name: 'legalForm', label: m.fields.legalForm, options: optionsOf(m.legalForms) },
          { name: 'costSharing', label: m.fields.costSharing, options: optionsOf(m.costSharings) },
          {
            name: 'association',
            label: m.association,
            options: (associations.data ?? []).map((a) => ({ value: a.slug, label: a.name })),
          },
        ]}
      />
      <DemoNotice shown={models.data?.items.some((model) => model.demo) ?? false} />
      <DataTable<OperatorModelSummary>
        caption={m.title}
        query={models}
        rowKey={(model) => model.slug}
        noun={m.count}
        empty={m.empty}
        columns={[
          {
            header: m.fields.name,
            rowHeader: true,
            cell: (model) => (
              <>
                <Link to="/driftmodeller/$slug" params={{ slug: model.slug }}>
                  {model.name}
                </Link>{' '}
                {model.demo ? <DemoBadge /> : null}
              </>
            ),
          },
          { header: m.fields.legalForm, cell: (model) => m.legalForms[model.legalForm] },
          { header: m.fields.costSharing, cell: (model) => m.costSharings[model.costSharing] },
          { header: m.fields.status, cell: (model) => m.status[model.status] },
          { header: m.fields.members, cell: (model) => model.memberCount },
          { header: m.fields.responses, cell: (model) => model.responseCount },
          { header: m.fields.updatedAt, cell: (model) => new Date(model.updatedAt).toLocaleDateString('sv-SE') },
        ]}
      />
    </section>
  );
}
