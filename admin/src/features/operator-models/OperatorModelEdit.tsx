import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { CreatePage, EditPage } from '../../components/EditPage.tsx';
import { m } from './messages.ts';
import { OperatorModelForm } from './OperatorModelForm.tsx';
import { modelQueries } from './queries.ts';

const route = getRouteApi('/driftmodeller/$slug/redigera');

export function OperatorModelEdit() {
  const { slug } = route.useParams();
  const query = useQuery({ ...modelQueries.detail(slug), staleTime: 0, refetchOnMount: 'always' });
  const back = (
    <Link to="/driftmodeller/$slug" params={{ slug }}>
      {m.backToModel}
    </Link>
  );
  return (
    <EditPage back={back} query={query} notFound={m.notFound} title={(model) => m.editTitle(model.name)}>
      {(opened) => <OperatorModelForm opened={opened} />}
    </EditPage>
  );
}

export function OperatorModelCreate() {
  return (
    <CreatePage back={<Link to="/driftmodeller">{m.back}</Link>} title={m.createTitle}>
      <OperatorModelForm />
    </CreatePage>
  );
}
