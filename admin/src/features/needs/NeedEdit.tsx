import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { m } from './messages.ts';
import { NeedForm } from './NeedForm.tsx';
import { needQueries } from './queries.ts';

const route = getRouteApi('/behov/$id/redigera');

export function NeedEdit() {
  const { id } = route.useParams();
  // The version opened here is the one the save names in If-Match; a later refetch does not move it.
  const query = useQuery({ ...needQueries.detail(id), staleTime: 0, refetchOnMount: 'always' });
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/behov/$id" params={{ id }}>
          {m.backToNeed}
        </Link>
      </p>
      <QueryState
        query={{ ...query, isPending: query.isPending || (query.isFetching && !query.isFetchedAfterMount) }}
        notFound={m.notFound}
      >
        {(opened) => (
          <>
            <h1 id="page-heading">{m.editTitle(opened.data.title)}</h1>
            <NeedForm opened={opened} />
          </>
        )}
      </QueryState>
    </section>
  );
}

export function NeedCreate() {
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/behov">{m.back}</Link>
      </p>
      <h1 id="page-heading">{m.createTitle}</h1>
      <NeedForm />
    </section>
  );
}
