import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { History } from '../audit/History.tsx';
import { m } from './messages.ts';
import { deleteTechnology, NEXT_STATUS, type Technology, technologyQueries, updateTechnology } from './queries.ts';

const route = getRouteApi('/teknologier/$slug');

/** One technology: every field, its adoptions and guides, the next workflow step, delete, history. */
export function TechnologyDetail() {
  const { slug } = route.useParams();
  const query = useQuery(technologyQueries.detail(slug));
  const client = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);

  return (
    <QueryState query={query} notFound="Teknologin finns inte">
      {({ data: t, etag }) => {
        const next = NEXT_STATUS[t.status];
        const step = async () => {
          setPending(true);
          setError(undefined);
          try {
            const saved = await updateTechnology(slug, etag, { status: next });
            client.setQueryData(technologyQueries.detail(slug).queryKey, saved);
            void client.invalidateQueries({ queryKey: ['technologies', 'list'] });
            void client.invalidateQueries({ queryKey: ['audit-events'] });
            flash(m.statusNow(m.status[next] ?? next));
          } catch (caught) {
            setError(caught);
          } finally {
            setPending(false);
          }
        };
        const remove = async () => {
          setPending(true);
          try {
            await deleteTechnology(slug, etag);
            client.removeQueries({ queryKey: technologyQueries.detail(slug).queryKey });
            void client.invalidateQueries({ queryKey: ['technologies', 'list'] });
            void navigate({ to: '/teknologier' }).then(() => flash(m.deleted));
          } catch (caught) {
            setError(caught);
            setConfirming(false);
          } finally {
            setPending(false);
          }
        };
        return (
          <article aria-labelledby="page-heading">
            <p>
              <Link to="/teknologier">{m.back}</Link>
            </p>
            <div className="page-head">
              <h1 id="page-heading">{t.name}</h1>
              <span className={`status ${t.status}`}>{m.status[t.status]}</span>
            </div>
            <div className="actions" role="group" aria-label={m.workflow}>
              <Link to="/teknologier/$slug/redigera" params={{ slug }} className="button">
                {m.edit}
              </Link>
              <button type="button" className="button primary" onClick={step} disabled={pending}>
                {t.status === 'draft' ? m.publish : t.status === 'published' ? m.archive : m.republish}
              </button>
              <button type="button" className="button danger" onClick={() => setConfirming(true)}>
                {m.delete}
              </button>
            </div>
            {error ? <ErrorNotice error={error} /> : null}
            <Fields t={t} />
            <section aria-labelledby="adoptions-heading">
              <h2 id="adoptions-heading">{m.adoptionsTitle}</h2>
              <dl className="counts">
                {Object.entries(t.adoptionSummary).map(([status, count]) => (
                  <div key={status}>
                    <dt>{m.adoptionStatus[status] ?? status}</dt>
                    <dd>{count}</dd>
                  </div>
                ))}
              </dl>
            </section>
            <section aria-labelledby="guides-heading">
              <h2 id="guides-heading">{m.guidesTitle}</h2>
              {t.guides.length === 0 ? (
                <p>{m.noGuides}</p>
              ) : (
                <ul>
                  {t.guides.map((guide) => (
                    <li key={guide.slug}>
                      <Link to="/vagledningar/$slug" params={{ slug: guide.slug }}>
                        {guide.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <History entityType="technology" entityKey={slug} labels={m.fields} />
            <ConfirmDialog
              isOpen={confirming}
              title={m.deleteTitle(t.name)}
              confirmLabel={m.delete}
              onConfirm={remove}
              onCancel={() => setConfirming(false)}
              pending={pending}
            >
              <p>{m.deleteBody}</p>
            </ConfirmDialog>
          </article>
        );
      }}
    </QueryState>
  );
}

function Fields({ t }: { t: Technology }) {
  const list = (items: string[]) => (items.length ? items.join(', ') : m.none);
  const rows: [string, React.ReactNode][] = [
    [m.fields.slug, <code key="slug">{t.slug}</code>],
    [m.fields.category, t.category.parent ? `${t.category.parent.name} › ${t.category.name}` : t.category.name],
    [m.fields.summary, t.summary],
    [m.fields.targetGroups, list(t.targetGroups.map((g) => m.targetGroups[g] ?? g))],
    [m.fields.readiness, m.readiness[t.readiness]],
    [m.fields.benefits, list(t.benefits)],
    [m.fields.legalBasis, list(t.legalBasis)],
    [m.fields.ethicalConsiderations, t.ethicalConsiderations ?? m.none],
    [m.fields.infrastructureRequirements, t.infrastructureRequirements ?? m.none],
    [m.fields.competenceRequirements, t.competenceRequirements ?? m.none],
    [m.fields.standards, list(t.standards)],
    [m.fields.iso9999Codes, list(t.iso9999Codes)],
    [m.fields.costIndication, t.costIndication ?? m.none],
  ];
  return (
    <>
      <dl className="fields">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="description-heading">
        <h2 id="description-heading">{m.fields.description}</h2>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API's descriptionHtml is rendered with raw HTML off */}
        <div className="markdown-preview" dangerouslySetInnerHTML={{ __html: t.descriptionHtml }} />
      </section>
    </>
  );
}
