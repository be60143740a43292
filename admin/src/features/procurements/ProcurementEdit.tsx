import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { CreatePage, EditPage } from '../../components/EditPage.tsx';
import { m } from './messages.ts';
import { ProcurementForm } from './ProcurementForm.tsx';
import { procurementQueries } from './queries.ts';

const route = getRouteApi('/upphandlingar/$id/redigera');

export function ProcurementEdit() {
  const { id } = route.useParams();
  const query = useQuery({ ...procurementQueries.detail(id), staleTime: 0, refetchOnMount: 'always' });
  const back = (
    <Link to="/upphandlingar/$id" params={{ id }}>
      {m.backToProcurement}
    </Link>
  );
  return (
    <EditPage back={back} query={query} notFound={m.notFound} title={(p) => m.editTitle(p.title)}>
      {(opened) => <ProcurementForm opened={opened} />}
    </EditPage>
  );
}

export function ProcurementCreate() {
  return (
    <CreatePage back={<Link to="/upphandlingar">{m.back}</Link>} title={m.createTitle}>
      <ProcurementForm />
    </CreatePage>
  );
}
