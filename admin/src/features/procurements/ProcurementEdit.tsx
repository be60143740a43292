import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { m } from './messages.ts';
import { ProcurementForm } from './ProcurementForm.tsx';
import { procurementQueries } from './queries.ts';

const route = getRouteApi('/upphandlingar/$id/redigera');

export function ProcurementEdit() {
  const { id } = route.useParams();
  // The version opened here is the one the save names in If-Match; a later refetch does not move it.
  const query = useQuery({ ...procurementQueries.detail(id), staleTime: 0, refetchOnMount: 'always' });
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/upphandlingar/$id" params={{ id }}>
          {m.backToProcurement}
        </Link>
      </p>
      <QueryState
        query={{ ...query, isPending: query.isPending || (query.isFetching && !query.isFetchedAfterMount) }}
        notFound={m.notFound}
      >
        {(opened) => (
          <>
            <h1 id="page-heading">{m.editTitle(opened.data.title)}</h1>
            <ProcurementForm opened={opened} />
          </>
        )}
      </QueryState>
    </section>
  );
}

export function ProcurementCreate() {
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/upphandlingar">{m.back}</Link>
      </p>
      <h1 id="page-heading">{m.createTitle}</h1>
      <ProcurementForm />
    </section>
  );
}
