import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { CreatePage, EditPage } from '../../components/EditPage.tsx';
import { m } from './messages.ts';
import { NeedForm } from './NeedForm.tsx';
import { needQueries } from './queries.ts';

const route = getRouteApi('/behov/$id/redigera');

export function NeedEdit() {
  const { id } = route.useParams();
  const query = useQuery({ ...needQueries.detail(id), staleTime: 0, refetchOnMount: 'always' });
  const back = (
    <Link to="/behov/$id" params={{ id }}>
      {m.backToNeed}
    </Link>
  );
  return (
    <EditPage back={back} query={query} notFound={m.notFound} title={(n) => m.editTitle(n.title)}>
      {(opened) => <NeedForm opened={opened} />}
    </EditPage>
  );
}

export function NeedCreate() {
  return (
    <CreatePage back={<Link to="/behov">{m.back}</Link>} title={m.createTitle}>
      <NeedForm />
    </CreatePage>
  );
}
