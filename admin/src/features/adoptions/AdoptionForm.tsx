import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Versioned } from '../../api/client.ts';
import { ApiError } from '../../api/problems.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { m as common } from '../../components/messages.ts';
import { orNull } from '../../components/slug.ts';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { m } from './messages.ts';
import {
  type Adoption,
  type AdoptionStatus,
  adoptionQueries,
  deleteAdoption,
  putAdoption,
  STATUSES,
} from './queries.ts';

/** The form's values: numbers and dates as typed, '' for empty. */
export interface AdoptionValues {
  status: AdoptionStatus | '';
  startedOn: string;
  usersCount: string;
  operatorModel: string;
  notes: string;
}

const EMPTY: AdoptionValues = { status: '', startedOn: '', usersCount: '', operatorModel: '', notes: '' };

const toForm = (a: Adoption): AdoptionValues => ({
  status: a.status,
  startedOn: a.startedOn ?? '',
  usersCount: a.usersCount === null ? '' : String(a.usersCount),
  operatorModel: a.operatorModel ?? '',
  notes: a.notes ?? '',
});

const toBody = (v: AdoptionValues) => ({
  status: v.status as AdoptionStatus,
  startedOn: orNull(v.startedOn),
  usersCount: v.usersCount.trim() === '' ? null : Number(v.usersCount),
  operatorModel: orNull(v.operatorModel),
  notes: orNull(v.notes),
});

/** The values as the conflict dialog shows them: the status in words. */
const readable = (values: AdoptionValues) => ({ ...values, status: m.status[values.status] ?? values.status });

/**
 * Records, changes or removes one municipality's adoption of a technology: the whole adoption is sent
 * (PUT), with the version opened in If-Match, so a colleague's change meanwhile opens the conflict dialog.
 */
export function AdoptionForm({
  code,
  technology,
  names,
  opened,
  onDone,
}: {
  code: string;
  technology: string;
  names: { municipality: string; technology: string };
  opened: Versioned<Adoption> | undefined;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const form = useForm<AdoptionValues>({ defaultValues: opened ? toForm(opened.data) : EMPTY });
  const { errors } = form.formState;
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<unknown>();
  const [current, setCurrent] = useState(opened);
  const editor = useResourceEditor({
    form,
    opened,
    toForm,
    save: (values, etag) => putAdoption(code, technology, toBody(values), etag),
    reload: async () => {
      const theirs = await client.fetchQuery({ ...adoptionQueries.detail(code, technology), staleTime: 0 });
      if (!theirs) throw new ApiError({ status: 404 }, 404);
      setCurrent(theirs);
      return theirs;
    },
    onSaved: (saved) => {
      client.setQueryData(adoptionQueries.detail(code, technology).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['adoptions', 'association'] });
      onDone(current ? m.saved : m.created);
    },
    // Removed by someone else while this person edited it: the overview no longer shows it either.
    onGone: () => {
      setCurrent(undefined);
      client.setQueryData(adoptionQueries.detail(code, technology).queryKey, null);
      void client.invalidateQueries({ queryKey: ['adoptions', 'association'] });
    },
  });
  const remove = async () => {
    if (!current) return;
    setRemoveError(undefined);
    try {
      await deleteAdoption(code, technology, current.etag);
      client.setQueryData(adoptionQueries.detail(code, technology).queryKey, null);
      void client.invalidateQueries({ queryKey: ['adoptions', 'association'] });
      form.reset(EMPTY);
      setRemoving(false);
      onDone(m.removed);
    } catch (caught) {
      setRemoveError(caught);
    }
  };

  return (
    <form onSubmit={editor.submit} noValidate className="resource-form">
      {opened ? null : <p>{m.createIntro}</p>}
      {opened?.data.demo ? <p className="demo-notice">{m.demo}</p> : null}
      <Field label={m.fields.status} required error={errors.status}>
        <select {...form.register('status', { required: m.statusRequired })}>
          <option value="">{m.chooseStatus}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {m.status[status]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={m.fields.startedOn} hint={m.startedOnHint} error={errors.startedOn}>
        <input type="date" {...form.register('startedOn')} />
      </Field>
      <Field label={m.fields.usersCount} hint={m.usersCountHint} error={errors.usersCount}>
        <input type="number" min={0} inputMode="numeric" {...form.register('usersCount')} />
      </Field>
      <Field label={m.fields.operatorModel} hint={m.operatorModelHint} error={errors.operatorModel}>
        <input {...form.register('operatorModel')} />
      </Field>
      <Field label={m.fields.notes} error={errors.notes}>
        <textarea rows={4} {...form.register('notes')} />
      </Field>
      {editor.error ? <ErrorNotice error={editor.error} /> : null}
      {editor.gone ? (
        <div role="alert" className="notice warning">
          <p>{m.gone}</p>
          <button type="button" className="button primary" onClick={editor.gone.recordAgain}>
            {m.recordAgain}
          </button>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={editor.pending}>
          {editor.pending ? common.saving : common.save}
        </button>
        {current ? (
          <button type="button" className="button danger" onClick={() => setRemoving(true)}>
            {m.remove}
          </button>
        ) : null}
      </div>
      <UnsavedChangesGuard dirty={() => editor.dirty() && !removing} />
      <ConfirmDialog
        isOpen={removing}
        title={m.removeTitle(names.municipality, names.technology)}
        confirmLabel={m.remove}
        onConfirm={remove}
        onCancel={() => setRemoving(false)}
        error={removeError}
      >
        <p>{m.removeBody}</p>
      </ConfirmDialog>
      {editor.conflict ? (
        <ConflictDialog
          what={m.what}
          theirs={readable(editor.conflict.theirs)}
          yours={readable(editor.conflict.yours)}
          labels={m.fields}
          onTakeTheirs={editor.conflict.takeTheirs}
          onKeepEditing={editor.conflict.keepEditing}
          onSaveMine={editor.conflict.saveMine}
        />
      ) : null}
    </form>
  );
}
