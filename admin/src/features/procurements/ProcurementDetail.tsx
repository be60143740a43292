import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { Versioned } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DemoBadge } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useAction } from '../../components/useAction.ts';
import { History } from '../audit/History.tsx';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { Participants, RegionParticipants } from './Participants.tsx';
import { ProcurementFacts } from './ProcurementFacts.tsx';
import {
  deleteProcurement,
  fetchOcds,
  NEXT_STAGES,
  type Procurement,
  procurementQueries,
  type Stage,
  updateProcurement,
} from './queries.ts';

const route = getRouteApi('/upphandlingar/$id');

export function ProcurementDetail() {
  const { id } = route.useParams();
  const query = useQuery(procurementQueries.detail(id));
  return (
    <article aria-labelledby="page-heading">
      <p>
        <Link to="/upphandlingar">{m.back}</Link>
      </p>
      <QueryState query={query} notFound={m.notFound}>
        {(opened) => <ProcurementPage opened={opened} />}
      </QueryState>
    </article>
  );
}

/** Saves the OCDS release package as a file named by the reference. */
async function downloadOcds(p: Procurement) {
  const release = await fetchOcds(p.id);
  const url = URL.createObjectURL(new Blob([JSON.stringify(release, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${p.reference}-ocds.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** One procurement: its facts, the stages an admin may move it to next, participants and the OCDS export. */
function ProcurementPage({ opened }: { opened: Versioned<Procurement> }) {
  const p = opened.data;
  const client = useQueryClient();
  const navigate = useNavigate();
  const scope = useScope();
  const { pending, error, run: act } = useAction();
  const run = (work: () => Promise<void>) => act(work, () => setConfirming(null));
  const [confirming, setConfirming] = useState<'cancelled' | 'delete' | null>(null);
  const step = (stage: Stage) =>
    run(async () => {
      const saved = await updateProcurement(p.id, opened.etag, { stage });
      client.setQueryData(procurementQueries.detail(p.id).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['procurements', 'list'] });
      // Entering tender moves the linked needs along.
      void client.invalidateQueries({ queryKey: ['needs'] });
      flash(m.stageNow(m.stages[stage] ?? stage));
    });
  const remove = () =>
    run(async () => {
      await deleteProcurement(p.id, opened.etag);
      client.removeQueries({ queryKey: procurementQueries.detail(p.id).queryKey });
      void client.invalidateQueries({ queryKey: ['procurements', 'list'] });
      await navigate({ to: '/upphandlingar' });
      flash(m.deleted);
    });

  return (
    <>
      <div className="page-head">
        <h1 id="page-heading">{p.title}</h1>
        <span className={`status ${p.stage}`}>{m.stages[p.stage]}</span>
        {p.demo ? <DemoBadge /> : null}
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={() => run(() => downloadOcds(p))} disabled={pending}>
          {m.ocds}
        </button>
        {scope.admin ? (
          <Link to="/upphandlingar/$id/redigera" params={{ id: p.id }} className="button">
            {m.edit}
          </Link>
        ) : null}
      </div>
      {scope.admin && NEXT_STAGES[p.stage].length > 0 ? (
        <fieldset className="actions">
          <legend className="visually-hidden">{m.stepsLabel}</legend>
          {NEXT_STAGES[p.stage].map((stage) =>
            stage === 'cancelled' ? null : (
              <button
                key={stage}
                type="button"
                className="button primary"
                disabled={pending}
                onClick={() => step(stage)}
              >
                {m.stepTo(m.stages[stage] ?? stage)}
              </button>
            ),
          )}
          {NEXT_STAGES[p.stage].includes('cancelled') ? (
            <button type="button" className="button danger" onClick={() => setConfirming('cancelled')}>
              {m.cancel}
            </button>
          ) : null}
          {p.stage === 'planning' ? (
            <button type="button" className="button danger" onClick={() => setConfirming('delete')}>
              {m.delete}
            </button>
          ) : null}
        </fieldset>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <ProcurementFacts p={p} />
      <Participants procurement={p} />
      <RegionParticipants procurement={p} />
      {scope.admin ? <History entityType="procurement" entityKey={p.id} labels={m.fields} /> : null}
      <ConfirmDialog
        isOpen={confirming !== null}
        title={confirming === 'delete' ? m.deleteTitle(p.title) : m.cancelTitle}
        confirmLabel={confirming === 'delete' ? m.delete : m.cancel}
        onConfirm={() => (confirming === 'delete' ? remove() : step('cancelled'))}
        onCancel={() => setConfirming(null)}
        pending={pending}
      >
        <p>{confirming === 'delete' ? m.deleteBody : m.cancelBody}</p>
      </ConfirmDialog>
    </>
  );
}
