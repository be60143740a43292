import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { Versioned } from '../../api/client.ts';
import { EditorFooter } from '../../components/EditorFooter.tsx';
import { Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { m as common } from '../../components/messages.ts';
import { Options } from '../../components/Options.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { m } from './messages.ts';
import type { ParticipantWords } from './Participants.tsx';
import { NEXT_COMMITMENTS, type Participation, type Party, procurementQueries, putParticipant } from './queries.ts';

interface Values {
  role: Participation['role'];
  commitment: Participation['commitment'];
  estimatedVolume: string;
}

const toForm = (p: Participation): Values => ({
  role: p.role,
  commitment: p.commitment,
  estimatedVolume: p.estimatedVolume === null ? '' : String(p.estimatedVolume),
});

const labels = {
  role: m.participants.role,
  commitment: m.participants.commitment,
  estimatedVolume: m.participants.volume,
};

type Props = { procurementId: string; party: Party; name: string; t: ParticipantWords; onDone: () => void };

/**
 * A municipality's or a region's participation: role, volume and the next commitment step (one at a
 * time). It is read afresh with its ETag, so a change someone else saved meanwhile comes back as the
 * conflict dialog.
 */
export function ParticipantEditor(props: Props) {
  const query = useQuery({
    ...procurementQueries.participant(props.procurementId, props.party),
    staleTime: 0,
    refetchOnMount: 'always',
  });
  return (
    <QueryState
      query={{ ...query, isPending: query.isPending || (query.isFetching && !query.isFetchedAfterMount) }}
      notFound={props.t.none}
    >
      {(opened) => <EditorForm opened={opened} {...props} />}
    </QueryState>
  );
}

function EditorForm({ opened, procurementId, party, name, t, onDone }: Props & { opened: Versioned<Participation> }) {
  const client = useQueryClient();
  const p = opened.data;
  const form = useForm<Values>({ defaultValues: toForm(p) });
  const editor = useResourceEditor({
    form,
    opened,
    toForm,
    save: (values, etag) =>
      putParticipant(
        procurementId,
        party,
        {
          role: values.role,
          commitment: values.commitment,
          estimatedVolume: values.estimatedVolume.trim() === '' ? null : Number(values.estimatedVolume),
        },
        etag,
      ),
    reload: () => client.fetchQuery({ ...procurementQueries.participant(procurementId, party), staleTime: 0 }),
    onSaved: (saved) => {
      client.setQueryData(procurementQueries.participant(procurementId, party).queryKey, saved);
      flash(t.saved(name));
      onDone();
    },
  });
  // The steps offered: where it stands now (no step), and the ones the API allows next from there.
  const current = form.watch('commitment');
  const steps = [opened.data.commitment, ...NEXT_COMMITMENTS[opened.data.commitment]];
  if (!steps.includes(current)) steps.push(current);
  return (
    <form onSubmit={editor.submit} noValidate className="resource-form participant-editor">
      <fieldset className="section">
        <legend>{t.editLegend(name)}</legend>
        <Field label={t.role} error={form.formState.errors.role}>
          <select {...form.register('role')}>
            <Options labels={m.roles} />
          </select>
        </Field>
        <Field label={t.commitment} error={form.formState.errors.commitment}>
          <select {...form.register('commitment')}>
            {steps.map((step) => (
              <option key={step} value={step}>
                {m.commitments[step]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.volume} error={form.formState.errors.estimatedVolume}>
          <input type="number" min={0} inputMode="numeric" {...form.register('estimatedVolume')} />
        </Field>
      </fieldset>
      <EditorFooter editor={editor} what={t.what} labels={labels} saveLabel={t.save}>
        <button type="button" className="button" onClick={onDone}>
          {common.cancel}
        </button>
      </EditorFooter>
    </form>
  );
}
