import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { Versioned } from '../../api/client.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { orNull, suggestSlug } from '../../components/slug.ts';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { m } from './messages.ts';
import { type Category, categoryQueries, createCategory, updateCategory } from './queries.ts';

interface Values {
  slug: string;
  name: string;
  description: string;
  parent: string;
}

const toForm = (c: Category): Values => ({
  slug: c.slug,
  name: c.name,
  description: c.description ?? '',
  parent: c.parent?.slug ?? '',
});

/** Create a category, or rename, describe or move one (to another parent, or to the top level). */
export function CategoryForm({ opened }: { opened?: Versioned<Category> }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const all = useQuery(categoryQueries.all());
  const editing = opened !== undefined;
  const form = useForm<Values>({
    defaultValues: opened ? toForm(opened.data) : { slug: '', name: '', description: '', parent: '' },
  });
  const { errors, dirtyFields } = form.formState;
  const editor = useResourceEditor({
    form,
    opened,
    toForm,
    save: (v, etag) => {
      const body = { name: v.name, description: orNull(v.description), parent: v.parent || null };
      return editing && etag ? updateCategory(opened.data.slug, etag, body) : createCategory({ ...body, slug: v.slug });
    },
    reload: editing
      ? () => client.fetchQuery({ ...categoryQueries.detail(opened.data.slug), staleTime: 0 })
      : undefined,
    onSaved: (saved) => {
      client.setQueryData(categoryQueries.detail(saved.data.slug).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['categories'] });
      void client.invalidateQueries({ queryKey: ['audit-events'] });
      if (editing) flash(m.saved);
      else void navigate({ to: '/kategorier/$slug', params: { slug: saved.data.slug } }).then(() => flash(m.created));
    },
  });
  // A category with children is itself a parent and cannot be moved under another (two levels only).
  const parents = (all.data?.items ?? []).filter((c) => !c.parent && c.slug !== opened?.data.slug);
  const name = form.register('name', { required: true });
  return (
    <form onSubmit={editor.submit} noValidate className="resource-form">
      <Field label={m.fields.name} required error={errors.name}>
        <input
          {...name}
          onChange={(event) => {
            void name.onChange(event);
            if (!editing && !dirtyFields.slug) form.setValue('slug', suggestSlug(event.target.value));
          }}
        />
      </Field>
      {editing ? null : (
        <Field label={m.fields.slug} hint={m.slugHint} required error={errors.slug}>
          <input {...form.register('slug', { required: true })} />
        </Field>
      )}
      <Field label={m.fields.parent} hint={m.parentHint} error={errors.parent}>
        <select {...form.register('parent')} disabled={editing && opened.data.children.length > 0}>
          <option value="">{m.noParent}</option>
          {parents.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={m.fields.description} error={errors.description}>
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
          what={m.what}
          theirs={editor.conflict.theirs}
          yours={editor.conflict.yours}
          labels={m.fields}
          onTakeTheirs={editor.conflict.takeTheirs}
          onKeepEditing={editor.conflict.keepEditing}
          onSaveMine={editor.conflict.saveMine}
        />
      ) : null}
    </form>
  );
}
