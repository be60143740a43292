import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { History } from '../audit/History.tsx';
import { ContactForm, contactLabels } from '../organisations/ContactForm.tsx';
import { useSession } from '../session/queries.ts';
import { m } from './messages.ts';
import { type Municipality, municipalityQueries, updateMunicipality } from './queries.ts';

const route = getRouteApi('/kommuner/$code');

/** One municipality: county, associations, population and contacts; editable within one's scope. */
export function MunicipalityDetail() {
  const { code } = route.useParams();
  const query = useQuery({ ...municipalityQueries.detail(code), staleTime: 0 });
  const session = useSession().data;
  const client = useQueryClient();
  const mayEdit = (x: Municipality) =>
    session?.user.role === 'admin' ||
    session?.user.scope.municipality === x.code ||
    x.associations.some((a) => a.slug === session?.user.scope.association);
  return (
    <article aria-labelledby="page-heading">
      <p>
        <Link to="/kommuner">{m.back}</Link>
      </p>
      <QueryState query={query} notFound={m.notFound}>
        {(opened) => {
          const x = opened.data;
          return (
            <>
              <h1 id="page-heading">{x.name}</h1>
              <dl className="fields">
                <div>
                  <dt>{m.fields.code}</dt>
                  <dd>{x.code}</dd>
                </div>
                <div>
                  <dt>{m.fields.county}</dt>
                  <dd>{x.county.name}</dd>
                </div>
                <div>
                  <dt>{m.fields.associations}</dt>
                  <dd>
                    {x.associations.length === 0
                      ? m.none
                      : x.associations.map((a, i) => (
                          <span key={a.slug}>
                            {i > 0 ? ', ' : ''}
                            <Link to="/forbund/$slug" params={{ slug: a.slug }}>
                              {a.name}
                            </Link>
                          </span>
                        ))}
                  </dd>
                </div>
                <div>
                  <dt>{m.fields.population}</dt>
                  <dd>{x.population?.toLocaleString('sv-SE') ?? m.none}</dd>
                </div>
                <div>
                  <dt>{m.fields.website}</dt>
                  <dd>{x.website ? <a href={x.website}>{x.website}</a> : m.none}</dd>
                </div>
                <div>
                  <dt>{m.fields.contactEmail}</dt>
                  <dd>{x.contactEmail ?? m.none}</dd>
                </div>
              </dl>
              <h2>{m.contactTitle}</h2>
              {mayEdit(x) ? (
                <ContactForm
                  opened={opened}
                  withPopulation
                  what={m.what}
                  save={(body, etag) => updateMunicipality(code, etag, body)}
                  reload={() => client.fetchQuery({ ...municipalityQueries.detail(code), staleTime: 0 })}
                  onSaved={(saved) => {
                    client.setQueryData(municipalityQueries.detail(code).queryKey, saved);
                    void client.invalidateQueries({ queryKey: ['municipalities', 'list'] });
                    void client.invalidateQueries({ queryKey: ['audit-events'] });
                    flash(m.saved);
                  }}
                />
              ) : (
                <p className="notice">{m.readOnly}</p>
              )}
              {session?.user.role === 'admin' ? (
                <History entityType="municipality" entityKey={code} labels={contactLabels} />
              ) : null}
            </>
          );
        }}
      </QueryState>
    </article>
  );
}
