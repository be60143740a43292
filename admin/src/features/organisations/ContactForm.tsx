import { useForm } from 'react-hook-form';
import type { Versioned } from '../../api/client.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { orNull } from '../../components/slug.ts';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useResourceEditor } from '../../components/useResourceEditor.ts';

interface Contact {
  website: string | null;
  contactEmail: string | null;
  description: string | null;
  population?: number | null;
}

interface Values {
  website: string;
  contactEmail: string;
  description: string;
  population: string;
}

const toForm = (c: Contact): Values => ({
  website: c.website ?? '',
  contactEmail: c.contactEmail ?? '',
  description: c.description ?? '',
  population: c.population === undefined || c.population === null ? '' : String(c.population),
});

export const contactLabels = {
  website: 'Webbplats',
  contactEmail: 'Kontaktadress (e-post)',
  description: 'Beskrivning',
  population: 'Invånare',
};

/** The contact fields of a municipality (with population) or an association, saved with If-Match. */
export function ContactForm<T extends Contact>({
  opened,
  withPopulation,
  what,
  save,
  reload,
  onSaved,
}: {
  opened: Versioned<T>;
  withPopulation: boolean;
  what: string;
  save: (body: Partial<Contact>, etag: string) => Promise<Versioned<T>>;
  reload: () => Promise<Versioned<T>>;
  onSaved: (saved: Versioned<T>) => void;
}) {
  const form = useForm<Values>({ defaultValues: toForm(opened.data) });
  const { errors } = form.formState;
  const editor = useResourceEditor<Values, T>({
    form,
    opened,
    toForm,
    save: (v, etag) =>
      save(
        {
          website: orNull(v.website),
          contactEmail: orNull(v.contactEmail),
          description: orNull(v.description),
          ...(withPopulation ? { population: v.population.trim() === '' ? null : Number(v.population) } : {}),
        },
        etag ?? '',
      ),
    reload,
    onSaved,
  });
  return (
    <form onSubmit={editor.submit} noValidate className="resource-form">
      <Field label={contactLabels.website} hint="Börjar med https://" error={errors.website}>
        <input type="url" {...form.register('website')} />
      </Field>
      <Field label={contactLabels.contactEmail} error={errors.contactEmail}>
        <input type="email" {...form.register('contactEmail')} />
      </Field>
      {withPopulation ? (
        <Field label={contactLabels.population} error={errors.population}>
          <input inputMode="numeric" {...form.register('population')} />
        </Field>
      ) : null}
      <Field label={contactLabels.description} error={errors.description}>
        <textarea rows={4} {...form.register('description')} />
      </Field>
      {editor.error ? <ErrorNotice error={editor.error} /> : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={editor.pending}>
          Spara
        </button>
      </div>
      <UnsavedChangesGuard dirty={editor.dirty} />
      {editor.conflict ? (
        <ConflictDialog
          what={what}
          theirs={editor.conflict.theirs}
          yours={editor.conflict.yours}
          labels={contactLabels}
          onTakeTheirs={editor.conflict.takeTheirs}
          onKeepEditing={editor.conflict.keepEditing}
          onSaveMine={editor.conflict.saveMine}
        />
      ) : null}
    </form>
  );
}
