import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { Versioned } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DemoBadge } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Facts } from '../../components/Facts.tsx';
import { flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useAction } from '../../components/useAction.ts';
import { History } from '../audit/History.tsx';
import { useScope } from '../organisations/scope.ts';
import { CoOwners, PublicBodyCoOwners } from './CoOwners.tsx';
import { Interests } from './Interests.tsx';
import { m } from './messages.ts';
import { deleteNeed, NEXT_STEPS, type Need, type NeedStatus, needQueries, updateNeed } from './queries.ts';

const route = getRouteApi('/behov/$id');

export function NeedDetail() {
  const { id } = route.useParams();
  const query = useQuery(needQueries.detail(id));
  return (
    <article aria-labelledby="page-heading">
      <p>
        <Link to="/behov">{m.back}</Link>
      </p>
      <QueryState query={query} notFound={m.notFound}>
        {(opened) => <NeedPage opened={opened} />}
      </QueryState>
    </article>
  );
}

/** One need: its fields, pooled volume, the steps its owners may take next, co-owners and interest. */
function NeedPage({ opened }: { opened: Versioned<Need> }) {
  const n = opened.data;
  const client = useQueryClient();
  const navigate = useNavigate();
  const scope = useScope();
  const { pending, error, run: act } = useAction();
  const run = (work: () => Promise<void>) => act(work, () => setConfirming(null));
  const [confirming, setConfirming] = useState<'withdrawn' | 'delete' | null>(null);
  const owns = scope.coversOwner(n.owner);

  const step = (status: NeedStatus) =>
    run(async () => {
      const saved = await updateNeed(n.id, opened.etag, { status });
      client.setQueryData(needQueries.detail(n.id).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['needs', 'list'] });
      void client.invalidateQueries({ queryKey: ['audit-events'] });
      flash(m.statusNow(m.status[status] ?? status));
    });
  const remove = () =>
    run(async () => {
      await deleteNeed(n.id, opened.etag);
      client.removeQueries({ queryKey: needQueries.detail(n.id).queryKey });
      void client.invalidateQueries({ queryKey: ['needs', 'list'] });
      await navigate({ to: '/behov' });
      flash(m.deleted);
    });

  return (
    <>
      <div className="page-head">
        <h1 id="page-heading">{n.title}</h1>
        <span className={`status ${n.status}`}>{m.status[n.status]}</span>
        {n.demo ? <DemoBadge /> : null}
      </div>
      <p className="summary">{m.pooled(n.pooledVolume, n.municipalityCount)}</p>
      {owns ? (
        <fieldset className="actions">
          <legend className="visually-hidden">{m.stepsLabel}</legend>
          <Link to="/behov/$id/redigera" params={{ id: n.id }} className="button">
            {m.edit}
          </Link>
          {NEXT_STEPS[n.status].map((status) => (
            <button
              key={status}
              type="button"
              className={status === 'withdrawn' ? 'button danger' : 'button primary'}
              disabled={pending}
              onClick={() => (status === 'withdrawn' ? setConfirming('withdrawn') : step(status))}
            >
              {m.steps[status]}
            </button>
          ))}
          {n.status === 'draft' ? (
            <button type="button" className="button danger" onClick={() => setConfirming('delete')}>
              {m.delete}
            </button>
          ) : null}
        </fieldset>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <Fields n={n} />
      <CoOwners opened={opened} />
      <PublicBodyCoOwners opened={opened} />
      {owns ? <Interests id={n.id} /> : null}
      {scope.admin ? <History entityType="need" entityKey={n.id} labels={m.fields} /> : null}
      <ConfirmDialog
        isOpen={confirming !== null}
        title={confirming === 'delete' ? m.deleteTitle(n.title) : m.withdrawTitle}
        confirmLabel={confirming === 'delete' ? m.delete : (m.steps.withdrawn ?? '')}
        onConfirm={() => (confirming === 'delete' ? remove() : step('withdrawn'))}
        onCancel={() => setConfirming(null)}
        pending={pending}
      >
        <p>{confirming === 'delete' ? m.deleteBody : m.withdrawBody}</p>
      </ConfirmDialog>
    </>
  );
}

function Fields({ n }: { n: Need }) {
  const list = (items: { name: string }[]) => (items.length ? items.map((item) => item.name).join(', ') : m.none);
  const rows: [string, React.ReactNode][] = [
    [m.fields.owner, n.owner.name],
    [m.fields.targetGroup, m.targetGroups[n.targetGroup] ?? n.targetGroup],
    [m.fields.serviceArea, n.serviceArea ?? m.none],
    [m.fields.estimatedVolume, n.estimatedVolume ?? m.none],
    [m.fields.pooledVolume, n.pooledVolume],
    [m.fields.municipalityCount, n.municipalityCount],
    [m.fields.desiredStart, n.desiredStart ?? m.none],
    [m.fields.budgetStatus, m.budgetStatus[n.budgetStatus] ?? n.budgetStatus],
    [m.fields.categories, list(n.categories)],
    [m.fields.technologies, list(n.technologies)],
    [m.fields.contactEmail, n.contactEmail ?? m.none],
    [
      m.fields.procurement,
      n.procurement ? (
        <Link to="/upphandlingar/$id" params={{ id: n.procurement.id }}>
          {n.procurement.reference} {n.procurement.title}
        </Link>
      ) : (
        m.none
      ),
    ],
    [m.fields.publishedAt, n.publishedAt ? new Date(n.publishedAt).toLocaleDateString('sv-SE') : m.none],
  ];
  return (
    <>
      <Facts rows={rows} />
      <section aria-labelledby="problem-heading">
        <h2 id="problem-heading">{m.fields.problemStatement}</h2>
        <p className="prose">{n.problemStatement}</p>
      </section>
    </>
  );
}
