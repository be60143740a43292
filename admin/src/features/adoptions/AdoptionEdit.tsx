import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { flash } from '../../components/flash.tsx';
import { m as common } from '../../components/messages.ts';
import { useReach } from '../organisations/scope.ts';
import { AdoptionForm } from './AdoptionForm.tsx';
import { m } from './messages.ts';
import { adoptionQueries } from './queries.ts';

const route = getRouteApi('/inforande/$code/$technology');

/** One cell of the overview: what a municipality has recorded about a technology, to record or change. */
export function AdoptionEdit() {
  const { code, technology } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate();
  const back = { association: search.association, category: search.category };
  // The version opened here is the one the save names in If-Match; a later refetch does not move it.
  const detail = useQuery({ ...adoptionQueries.detail(code, technology), staleTime: 0, refetchOnMount: 'always' });
  const technologies = useQuery(adoptionQueries.technologies(undefined));
  const reach = useReach();
  const municipality = reach.data?.municipalities.find((x) => x.code === code);
  const names = {
    municipality: detail.data?.data.municipality.name ?? municipality?.name ?? code,
    technology:
      detail.data?.data.technology.name ?? technologies.data?.find((t) => t.slug === technology)?.name ?? technology,
  };
  const loading = detail.isPending || (detail.isFetching && !detail.isFetchedAfterMount) || reach.isPending;
  const error = detail.error ?? reach.error;

  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/inforande" search={back}>
          {m.back}
        </Link>
      </p>
      <h1 id="page-heading">{m.editTitle(names.municipality, names.technology)}</h1>
      {error ? (
        <ErrorNotice error={error} retry={() => detail.refetch()} />
      ) : loading ? (
        <p aria-live="polite">{common.loading}</p>
      ) : !municipality ? (
        <p className="notice">{m.readOnly}</p>
      ) : (
        <AdoptionForm
          code={code}
          technology={technology}
          names={names}
          opened={detail.data ?? undefined}
          onDone={(message) => void navigate({ to: '/inforande', search: back }).then(() => flash(message))}
        />
      )}
    </section>
  );
}
