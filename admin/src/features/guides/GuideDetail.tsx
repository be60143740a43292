import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { Versioned } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { History } from '../audit/History.tsx';
import { GuideForm } from './GuideForm.tsx';
import { m } from './messages.ts';
import { deleteGuide, type Guide, guideQueries, NEXT_STATUS, updateGuide } from './queries.ts';

const detailRoute = getRouteApi('/vagledningar/$slug');
const editRoute = getRouteApi('/vagledningar/$slug/redigera');

export function GuideDetail() {
  const { slug } = detailRoute.useParams();
  const query = useQuery(guideQueries.detail(slug));
  return (
    <article aria-labelledby="page-heading">
      <p>
        <Link to="/vagledningar">{m.back}</Link>
      </p>
      <QueryState query={query} notFound={m.notFound}>
        {(opened) => <GuidePage opened={opened} />}
      </QueryState>
    </article>
  );
}

function GuidePage({ opened }: { opened: Versioned<Guide> }) {
  const g = opened.data;
  const client = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const next = NEXT_STATUS[g.status];
  const step = async () => {
    setError(undefined);
    try {
      const saved = await updateGuide(g.slug, opened.etag, { status: next });
      client.setQueryData(guideQueries.detail(g.slug).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['guides', 'list'] });
      void client.invalidateQueries({ queryKey: ['technologies'] });
      void client.invalidateQueries({ queryKey: ['audit-events'] });
      flash(m.statusNow(m.status[next] ?? next));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <div className="page-head">
        <h1 id="page-heading">{g.title}</h1>
        <span className={`status ${g.status}`}>{m.status[g.status]}</span>
      </div>
      <div className="actions" role="group" aria-label={m.workflow}>
        <Link to="/vagledningar/$slug/redigera" params={{ slug: g.slug }} className="button">
          {m.edit}
        </Link>
        <button type="button" className="button primary" onClick={step}>
          {g.status === 'draft' ? m.publish : g.status === 'published' ? m.archive : m.republish}
        </button>
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          {m.delete}
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      <dl className="fields">
        <div>
          <dt>{m.fields.kind}</dt>
          <dd>{m.kinds[g.kind]}</dd>
        </div>
        <div>
          <dt>{m.fields.summary}</dt>
          <dd>{g.summary}</dd>
        </div>
        <div>
          <dt>{m.fields.technologies}</dt>
          <dd>
            {g.technologies.length === 0
              ? m.none
              : g.technologies.map((t, i) => (
                  <span key={t.slug}>
                    {i > 0 ? ', ' : ''}
                    <Link to="/teknologier/$slug" params={{ slug: t.slug }}>
                      {t.name}
                    </Link>
                  </span>
                ))}
          </dd>
        </div>
        <div>
          <dt>{m.fields.municipalities}</dt>
          <dd>{g.municipalities.map((x) => x.name).join(', ') || m.none}</dd>
        </div>
        <div>
          <dt>{m.fields.dimensions}</dt>
          <dd>{g.dimensions.map((d) => m.dimensions[d] ?? d).join(', ') || m.none}</dd>
        </div>
      </dl>
      <section aria-labelledby="body-heading">
        <h2 id="body-heading">{m.fields.body}</h2>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API's bodyHtml is rendered with raw HTML off */}
        <div className="markdown-preview" dangerouslySetInnerHTML={{ __html: g.bodyHtml }} />
      </section>
      <History entityType="guide" entityKey={g.slug} labels={m.fields} />
      <ConfirmDialog
        isOpen={confirming}
        title={m.deleteTitle(g.title)}
        confirmLabel={m.delete}
        error={error}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          try {
            await deleteGuide(g.slug, opened.etag);
            client.removeQueries({ queryKey: guideQueries.detail(g.slug).queryKey });
            void client.invalidateQueries({ queryKey: ['guides', 'list'] });
            void navigate({ to: '/vagledningar' }).then(() => flash(m.deleted));
          } catch (caught) {
            setError(caught);
          }
        }}
      >
        <p>{m.deleteBody}</p>
      </ConfirmDialog>
    </>
  );
}

export function GuideEdit() {
  const { slug } = editRoute.useParams();
  const query = useQuery({ ...guideQueries.detail(slug), staleTime: 0, refetchOnMount: 'always' });
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/vagledningar/$slug" params={{ slug }}>
          Tillbaka
        </Link>
      </p>
      <QueryState
        query={{ ...query, isPending: query.isPending || (query.isFetching && !query.isFetchedAfterMount) }}
        notFound={m.notFound}
      >
        {(opened) => (
          <>
            <h1 id="page-heading">{m.editTitle(opened.data.title)}</h1>
            <GuideForm opened={opened} />
          </>
        )}
      </QueryState>
    </section>
  );
}

export function GuideCreate() {
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/vagledningar">{m.back}</Link>
      </p>
      <h1 id="page-heading">{m.createTitle}</h1>
      <GuideForm />
    </section>
  );
}
