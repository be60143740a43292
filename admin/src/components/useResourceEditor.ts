import { useEffect, useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { Versioned } from '../api/client.ts';
import { ApiError } from '../api/problems.ts';

/**
 * The save cycle every resource form shares: send the change with the ETag of the version that was
 * opened; put the API's field errors on the fields; on a 412 fetch their version for the conflict
 * dialog, or, where someone removed it meanwhile (404), say so; after saving, start from what the API
 * answered.
 */
export function useResourceEditor<Form extends FieldValues, Data>({
  form,
  opened,
  save,
  reload,
  toForm,
  onSaved,
  onGone,
  fieldOf = (field) => field,
}: {
  form: UseFormReturn<Form>;
  /** The version the person opened (its ETag goes in If-Match); undefined while creating. */
  opened: Versioned<Data> | undefined;
  save: (values: Form, etag: string | undefined) => Promise<Versioned<Data>>;
  reload?: () => Promise<Versioned<Data>>;
  toForm: (data: Data) => Form;
  onSaved: (saved: Versioned<Data>) => void;
  /**
   * Someone removed what was opened: the form keeps the person's values, and `gone.recordAgain` saves
   * them as new (no If-Match), where a save without a version creates. Without it the 404 is shown.
   */
  onGone?: () => void;
  /** The form field an API field (`scope.association`) is edited in, where the two differ. */
  fieldOf?: (field: string) => string;
}) {
  const etag = useRef(opened?.etag);
  // A newer version arriving (this person's own workflow step, say) replaces an untouched form; an
  // edited form keeps the version it was opened at, so saving it meets the 412 and the dialog.
  useEffect(() => {
    if (!opened || opened.etag === etag.current || form.formState.isDirty) return;
    etag.current = opened.etag;
    form.reset(toForm(opened.data));
  }, [opened, form, toForm]);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState<{ theirs: Versioned<Data>; yours: Form } | null>(null);
  const [gone, setGone] = useState<Form | null>(null);
  const saving = useRef(false);
  // Read while rendering, so react-hook-form keeps isDirty up to date for the check on leaving.
  const dirty = useRef(false);
  dirty.current = form.formState.isDirty;

  async function send(values: Form, version: string | undefined) {
    setPending(true);
    saving.current = true;
    setError(undefined);
    try {
      const saved = await save(values, version);
      etag.current = saved.etag;
      form.reset(toForm(saved.data));
      onSaved(saved);
    } catch (caught) {
      saving.current = false;
      if (caught instanceof ApiError && caught.status === 412 && reload) {
        try {
          setConflict({ theirs: await reload(), yours: values });
        } catch (missing) {
          if (missing instanceof ApiError && missing.status === 404 && onGone) {
            etag.current = undefined;
            setGone(values);
            onGone();
          } else setError(missing);
        }
      } else {
        if (caught instanceof ApiError)
          for (const field of caught.fields)
            form.setError(fieldOf(field.field) as Path<Form>, { message: field.message });
        setError(caught);
      }
    } finally {
      setPending(false);
    }
  }

  return {
    submit: form.handleSubmit((values) => send(values, etag.current)),
    pending,
    error,
    /** Whether leaving should ask first: changed and not on its way to being saved. */
    dirty: () => dirty.current && !saving.current,
    /** What was opened was removed by someone else meanwhile; the person may record their values anew. */
    gone: gone && {
      recordAgain: () => {
        setGone(null);
        void send(gone, undefined);
      },
    },
    conflict: conflict && {
      theirs: toForm(conflict.theirs.data),
      yours: conflict.yours,
      takeTheirs: () => {
        etag.current = conflict.theirs.etag;
        form.reset(toForm(conflict.theirs.data));
        setConflict(null);
      },
      // The person's text stays, and so does the version they opened: saving again asks again.
      keepEditing: () => setConflict(null),
      saveMine: () => {
        const mine = conflict.yours;
        setConflict(null);
        void send(mine, conflict.theirs.etag);
      },
    },
  };
}
