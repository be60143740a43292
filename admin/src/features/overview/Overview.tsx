import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { m as common } from '../../components/messages.ts';
import { EventItem } from '../audit/History.tsx';
import { auditQueries } from '../audit/queries.ts';
import { useSession } from '../session/queries.ts';

/** Översikt: what needs attention now. */
export function Overview() {
  const session = useSession().data;
  const admin = session?.user.role === 'admin';
  const attention = useQuery({
    queryKey: ['overview', admin],
    queryFn: async () => {
      const [technologies, guides, models, needs, procurements] = await Promise.all([
        admin
          ? api
              .GET('/v1/technologies', { params: { query: { status: ['draft'], limit: 5, sort: '-updatedAt' } } })
              .then(unwrap)
          : null,
        admin ? api.GET('/v1/guides', { params: { query: { status: ['draft'], limit: 5 } } }).then(unwrap) : null,
        api.GET('/v1/operator-models', { params: { query: { status: ['consultation'], limit: 10 } } }).then(unwrap),
        api
          .GET('/v1/needs', { params: { query: { status: ['published'], limit: 100, sort: '-updatedAt' } } })
          .then(unwrap),
        api.GET('/v1/procurements', { params: { query: { openForParticipants: true, limit: 10 } } }).then(unwrap),
      ]);
      return { technologies, guides, models, needs, procurements };
    },
  });
  const recent = useQuery({ ...auditQueries.list({}, 0, 5), enabled: admin });
  const data = attention.data;
  const lonelyNeeds = data?.needs.items.filter((need) => need.coOwnerCount === 0) ?? [];
  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">Översikt</h1>
      <p>Det här behöver uppmärksamhet just nu.</p>
      {attention.isPending ? <p>{common.loading}</p> : null}
      {attention.error ? <ErrorNotice error={attention.error} retry={() => attention.refetch()} /> : null}
      {data ? (
        <div className="cards">
          {data.technologies ? (
            <Card title="Teknologier som är utkast" count={data.technologies.total ?? 0}>
              {data.technologies.items.map((t) => (
                <li key={t.slug}>
                  <Link to="/teknologier/$slug" params={{ slug: t.slug }}>
                    {t.name}
                  </Link>
                </li>
              ))}
              <li>
                <Link to="/teknologier" search={{ status: 'draft' }}>
                  Alla utkast
                </Link>
              </li>
            </Card>
          ) : null}
          {data.guides ? (
            <Card title="Vägledningar som är utkast" count={data.guides.total ?? 0}>
              {data.guides.items.map((g) => (
                <li key={g.slug}>
                  <Link to="/vagledningar/$slug" params={{ slug: g.slug }}>
                    {g.title}
                  </Link>
                </li>
              ))}
            </Card>
          ) : null}
          <Card title="Driftmodeller ute på remiss" count={data.models.total ?? 0}>
            {data.models.items.map((model) => (
              <li key={model.slug}>
                <Link to="/driftmodeller">{model.name}</Link>
              </li>
            ))}
          </Card>
          <Card title="Publicerade behov utan medägare" count={lonelyNeeds.length}>
            {lonelyNeeds.slice(0, 5).map((need) => (
              <li key={need.id}>
                <Link to="/behov">{need.title}</Link>
              </li>
            ))}
          </Card>
          <Card title="Upphandlingar som tar emot deltagare" count={data.procurements.total ?? 0}>
            {data.procurements.items.map((p) => (
              <li key={p.id}>
                <Link to="/upphandlingar">{p.title}</Link>
              </li>
            ))}
          </Card>
        </div>
      ) : null}
      {admin ? (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Senaste ändringar</h2>
          {recent.error ? <ErrorNotice error={recent.error} /> : null}
          <ol className="events">
            {recent.data?.items.map((event) => (
              <EventItem key={event.id} event={event} labels={{}} showEntity />
            ))}
          </ol>
          <Link to="/andringslogg">Hela ändringsloggen</Link>
        </section>
      ) : null}
    </section>
  );
}

function Card({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  return (
    <section className="card" aria-label={title}>
      <h2>
        {title}: <span className="count">{count}</span>
      </h2>
      <ul>{children}</ul>
    </section>
  );
}
