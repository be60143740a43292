import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { m } from './messages.ts';
import { technologyQueries } from './queries.ts';
import { TechnologyForm } from './TechnologyForm.tsx';

const route = getRouteApi('/teknologier/$slug/redigera');

export function TechnologyEdit() {
  const { slug } = route.useParams();
  // The version opened here is the one the save names in If-Match; a later refetch does not move it.
  const query = useQuery({ ...technologyQueries.detail(slug), staleTime: 0, refetchOnMount: 'always' });
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/teknologier/$slug" params={{ slug }}>
          Tillbaka
        </Link>
      </p>
      <QueryState
        query={{ ...query, isPending: query.isPending || (query.isFetching && !query.isFetchedAfterMount) }}
        notFound="Teknologin finns inte"
      >
        {(opened) => (
          <>
            <h1 id="page-heading">{m.editTitle(opened.data.name)}</h1>
            <TechnologyForm opened={opened} />
          </>
        )}
      </QueryState>
    </section>
  );
}

export function TechnologyCreate() {
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/teknologier">{m.back}</Link>
      </p>
      <h1 id="page-heading">{m.createTitle}</h1>
      <TechnologyForm />
    </section>
  );
}
