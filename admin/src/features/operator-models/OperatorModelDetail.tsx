import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { Schemas } from '@valfardsnavet/client';
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
import { Consultation } from './Consultation.tsx';
import { ConsultationControl } from './ConsultationControl.tsx';
import { CostCalculator } from './CostCalculator.tsx';
import { ModelFacts } from './ModelFacts.tsx';
import { m } from './messages.ts';
import { deleteModel, modelQueries, NEXT_STATUS, type OperatorModel, updateModel } from './queries.ts';

const route = getRouteApi('/driftmodeller/$slug');

export function OperatorModelDetail() {
  const { slug } = route.useParams();
  const query = useQuery(modelQueries.detail(slug));
  return (
    <article aria-labelledby="page-heading">
      <p>
        <Link to="/driftmodeller">{m.back}</Link>
      </p>
      <QueryState query={query} notFound={m.notFound}>
        {(opened) => <ModelPage opened={opened} />}
      </QueryState>
    </article>
  );
}

/** One operator model: its facts, the steps an admin may take, the consultation and the cost calculator. */
function ModelPage({ opened }: { opened: Versioned<OperatorModel> }) {
  const model = opened.data;
  const client = useQueryClient();
  const navigate = useNavigate();
  const scope = useScope();
  const { pending, error, run: act } = useAction();
  const run = (work: () => Promise<void>) => act(work, () => setConfirming(false));
  const [confirming, setConfirming] = useState(false);
  const change = (body: Schemas['OperatorModelChanges'], message: string) =>
    run(async () => {
      const saved = await updateModel(model.slug, opened.etag, body);
      client.setQueryData(modelQueries.detail(model.slug).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['operator-models', 'list'] });
      void client.invalidateQueries({ queryKey: modelQueries.summary(model.slug).queryKey });
      flash(message);
    });
  const remove = () =>
    run(async () => {
      await deleteModel(model.slug, opened.etag);
      client.removeQueries({ queryKey: modelQueries.detail(model.slug).queryKey });
      void client.invalidateQueries({ queryKey: ['operator-models', 'list'] });
      await navigate({ to: '/driftmodeller' });
      flash(m.deleted);
    });
  // Into and out of consultation is the consultation panel's; the other steps are buttons here.
  const steps = NEXT_STATUS[model.status].filter((status) =>
    model.status === 'consultation' ? status === 'discontinued' : status !== 'consultation',
  );

  return (
    <>
      <div className="page-head">
        <h1 id="page-heading">{model.name}</h1>
        <span className={`status ${model.status}`}>{m.status[model.status]}</span>
        {model.demo ? <DemoBadge /> : null}
      </div>
      {scope.admin ? (
        <fieldset className="actions">
          <legend className="visually-hidden">{m.stepsLabel}</legend>
          <Link to="/driftmodeller/$slug/redigera" params={{ slug: model.slug }} className="button">
            {m.edit}
          </Link>
          {steps.map((status) => (
            <button
              key={status}
              type="button"
              className={status === 'discontinued' ? 'button danger' : 'button primary'}
              disabled={pending}
              onClick={() => change({ status }, m.statusNow(m.status[status] ?? status))}
            >
              {m.steps[status]}
            </button>
          ))}
          {model.status === 'proposal' ? (
            <button type="button" className="button danger" onClick={() => setConfirming(true)}>
              {m.delete}
            </button>
          ) : null}
        </fieldset>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <ModelFacts model={model} />
      {scope.admin ? <ConsultationControl opened={opened} pending={pending} onChange={change} /> : null}
      <Consultation slug={model.slug} />
      <CostCalculator slug={model.slug} />
      {scope.admin ? <History entityType="operator_model" entityKey={model.slug} labels={m.fields} /> : null}
      <ConfirmDialog
        isOpen={confirming}
        title={m.deleteTitle(model.name)}
        confirmLabel={m.delete}
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
        pending={pending}
      >
        <p>{m.deleteBody}</p>
      </ConfirmDialog>
    </>
  );
}
