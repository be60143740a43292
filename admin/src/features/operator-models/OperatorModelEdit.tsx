import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { m } from './messages.ts';
import { OperatorModelForm } from './OperatorModelForm.tsx';
import { modelQueries } from './queries.ts';

const route = getRouteApi('/driftmodeller/$slug/redigera');

export function OperatorModelEdit() {
  const { slug } = route.useParams();
  // The version opened here is the one the save names in If-Match; a later refetch does not move it.
  const query = useQuery({ ...modelQueries.detail(slug), staleTime: 0, refetchOnMount: 'always' });
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/driftmodeller/$slug" params={{ slug }}>
          {m.backToModel}
        </Link>
      </p>
      <QueryState
        query={{ ...query, isPending: query.isPending || (query.isFetching && !query.isFetchedAfterMount) }}
        notFound={m.notFound}
      >
        {(opened) => (
          <>
            <h1 id="page-heading">{m.editTitle(opened.data.name)}</h1>
            <OperatorModelForm opened={opened} />
          </>
        )}
      </QueryState>
    </section>
  );
}

export function OperatorModelCreate() {
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/driftmodeller">{m.back}</Link>
      </p>
      <h1 id="page-heading">{m.createTitle}</h1>
      <OperatorModelForm />
    </section>
  );
}
