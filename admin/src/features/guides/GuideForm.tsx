import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Controller, useForm } from 'react-hook-form';
import type { Versioned } from '../../api/client.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { CheckboxGroup, Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { MarkdownEditor } from '../../components/MarkdownEditor.tsx';
import { suggestSlug } from '../../components/slug.ts';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { pickerQueries } from '../organisations/queries.ts';
import { m } from './messages.ts';
import { createGuide, type Guide, guideQueries, updateGuide } from './queries.ts';

interface Values {
  slug: string;
  kind: Guide['kind'];
  title: string;
  summary: string;
  body: string;
  dimensions: string[];
  technologies: string[];
  municipalities: string[];
}

const toForm = (g: Guide): Values => ({
  slug: g.slug,
  kind: g.kind,
  title: g.title,
  summary: g.summary,
  body: g.body,
  dimensions: [...g.dimensions],
  technologies: g.technologies.map((t) => t.slug),
  municipalities: g.municipalities.map((x) => x.code),
});

/** Create or edit a guide: kind, Markdown text with preview, links to technologies and municipalities. */
export function GuideForm({ opened }: { opened?: Versioned<Guide> }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const technologies = useQuery(guideQueries.technologies());
  const municipalities = useQuery(pickerQueries.municipalities());
  const editing = opened !== undefined;
  const form = useForm<Values>({
    defaultValues: opened
      ? toForm(opened.data)
      : {
          slug: '',
          kind: 'guide',
          title: '',
          summary: '',
          body: '',
          dimensions: [],
          technologies: [],
          municipalities: [],
        },
  });
  const { errors, dirtyFields } = form.formState;
  const editor = useResourceEditor({
    form,
    opened,
    toForm,
    save: ({ slug, ...v }, etag) => {
      const body = { ...v, dimensions: v.dimensions as Guide['dimensions'] };
      return editing && etag ? updateGuide(opened.data.slug, etag, body) : createGuide({ ...body, slug });
    },
    reload: editing ? () => client.fetchQuery({ ...guideQueries.detail(opened.data.slug), staleTime: 0 }) : undefined,
    onSaved: (saved) => {
      client.setQueryData(guideQueries.detail(saved.data.slug).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['guides', 'list'] });
      void client.invalidateQueries({ queryKey: ['technologies'] });
      void navigate({ to: '/vagledningar/$slug', params: { slug: saved.data.slug } }).then(() =>
        flash(editing ? m.saved : m.created),
      );
    },
  });
  const title = form.register('title', { required: m.fields.title });
  const multiple = (name: 'technologies' | 'municipalities', options: { value: string; label: string }[]) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Field label={m.fields[name] ?? name} hint={m.linksHint} error={errors[name] as { message?: string }}>
          <select
            multiple
            size={6}
            value={field.value}
            onBlur={field.onBlur}
            onChange={(event) => field.onChange([...event.target.selectedOptions].map((option) => option.value))}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      )}
    />
  );
  return (
    <form onSubmit={editor.submit} noValidate className="resource-form">
      <Field label={m.fields.title ?? ''} required error={errors.title}>
        <input
          {...title}
          onChange={(event) => {
            void title.onChange(event);
            if (!editing && !dirtyFields.slug) form.setValue('slug', suggestSlug(event.target.value));
          }}
        />
      </Field>
      {editing ? null : (
        <Field label={m.fields.slug ?? ''} hint={m.slugHint} required error={errors.slug}>
          <input {...form.register('slug', { required: m.fields.slug })} />
        </Field>
      )}
      <Field label={m.fields.kind ?? ''} error={errors.kind}>
        <select {...form.register('kind')}>
          {Object.entries(m.kinds).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label={m.fields.summary ?? ''} required error={errors.summary}>
        <textarea rows={3} {...form.register('summary', { required: m.fields.summary })} />
      </Field>
      <MarkdownEditor
        label={m.fields.body ?? ''}
        value={form.watch('body')}
        registration={form.register('body')}
        error={errors.body}
      />
      {multiple(
        'technologies',
        (technologies.data ?? []).map((t) => ({ value: t.slug, label: t.name })),
      )}
      {multiple(
        'municipalities',
        (municipalities.data ?? []).map((x) => ({ value: x.code, label: x.name })),
      )}
      <CheckboxGroup
        legend={`${m.fields.dimensions}. ${m.dimensionsHint}`}
        options={Object.entries(m.dimensions).map(([value, label]) => ({ value, label }))}
        register={() => form.register('dimensions')}
        error={errors.dimensions as { message?: string }}
      />
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
