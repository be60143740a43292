import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { Versioned } from '../../api/client.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { CheckboxGroup, Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { MarkdownEditor } from '../../components/MarkdownEditor.tsx';
import { linesOf, orNull, suggestSlug } from '../../components/slug.ts';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { categoryOptions, categoryQueries } from '../categories/queries.ts';
import { m } from './messages.ts';
import { createTechnology, type Technology, technologyQueries, updateTechnology } from './queries.ts';

/** The form's values: lists as one item per line, optional texts as '' when empty. */
export interface TechnologyValues {
  slug: string;
  name: string;
  category: string;
  summary: string;
  description: string;
  targetGroups: string[];
  benefits: string;
  legalBasis: string;
  ethicalConsiderations: string;
  infrastructureRequirements: string;
  competenceRequirements: string;
  standards: string;
  iso9999Codes: string;
  readiness: Technology['readiness'];
  costIndication: string;
}

const EMPTY: TechnologyValues = {
  slug: '',
  name: '',
  category: '',
  summary: '',
  description: '',
  targetGroups: [],
  benefits: '',
  legalBasis: '',
  ethicalConsiderations: '',
  infrastructureRequirements: '',
  competenceRequirements: '',
  standards: '',
  iso9999Codes: '',
  readiness: 'try',
  costIndication: '',
};

export const toForm = (t: Technology): TechnologyValues => ({
  slug: t.slug,
  name: t.name,
  category: t.category.slug,
  summary: t.summary,
  description: t.description,
  targetGroups: [...t.targetGroups],
  benefits: t.benefits.join('\n'),
  legalBasis: t.legalBasis.join('\n'),
  ethicalConsiderations: t.ethicalConsiderations ?? '',
  infrastructureRequirements: t.infrastructureRequirements ?? '',
  competenceRequirements: t.competenceRequirements ?? '',
  standards: t.standards.join('\n'),
  iso9999Codes: t.iso9999Codes.join('\n'),
  readiness: t.readiness,
  costIndication: t.costIndication ?? '',
});

const toBody = ({ slug: _slug, ...v }: TechnologyValues) => ({
  ...v,
  targetGroups: v.targetGroups as Technology['targetGroups'],
  benefits: linesOf(v.benefits),
  legalBasis: linesOf(v.legalBasis),
  standards: linesOf(v.standards),
  iso9999Codes: linesOf(v.iso9999Codes),
  ethicalConsiderations: orNull(v.ethicalConsiderations),
  infrastructureRequirements: orNull(v.infrastructureRequirements),
  competenceRequirements: orNull(v.competenceRequirements),
  costIndication: orNull(v.costIndication),
});

/** Create ("Ny teknologi", slug suggested from the name) or edit every field of a technology. */
export function TechnologyForm({ opened }: { opened?: Versioned<Technology> }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const categories = useQuery(categoryQueries.all());
  const form = useForm<TechnologyValues>({ defaultValues: opened ? toForm(opened.data) : EMPTY });
  const { errors, dirtyFields } = form.formState;
  const editing = opened !== undefined;
  const editor = useResourceEditor({
    form,
    opened,
    toForm,
    save: (values, etag) =>
      editing && etag
        ? updateTechnology(opened.data.slug, etag, toBody(values))
        : createTechnology({ ...toBody(values), slug: values.slug }),
    reload: editing
      ? () => client.fetchQuery({ ...technologyQueries.detail(opened.data.slug), staleTime: 0 })
      : undefined,
    onSaved: (saved) => {
      client.setQueryData(technologyQueries.detail(saved.data.slug).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['technologies', 'list'] });
      void navigate({ to: '/teknologier/$slug', params: { slug: saved.data.slug } }).then(() =>
        flash(editing ? m.saved : m.created),
      );
    },
  });
  const name = form.register('name', { required: true });
  const lines = (key: keyof TechnologyValues, label: string) => (
    <Field label={label} hint={m.lineHint} error={errors[key] as { message?: string }}>
      <textarea rows={3} {...form.register(key)} />
    </Field>
  );
  return (
    <form onSubmit={editor.submit} noValidate className="resource-form">
      <Field label={m.fields.name} required error={errors.name}>
        <input
          {...name}
          onChange={(event) => {
            void name.onChange(event);
            // Until the slug has been typed in by hand, it follows the name.
            if (!editing && !dirtyFields.slug) form.setValue('slug', suggestSlug(event.target.value));
          }}
        />
      </Field>
      {editing ? null : (
        <Field label={m.fields.slug} hint={m.slugHint} required error={errors.slug}>
          <input {...form.register('slug', { required: true })} />
        </Field>
      )}
      <Field label={m.fields.category} required error={errors.category}>
        <select {...form.register('category', { required: true })}>
          <option value="">{m.chooseCategory}</option>
          {categoryOptions(categories.data?.items ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label={m.fields.summary} required error={errors.summary}>
        <textarea rows={3} {...form.register('summary', { required: true })} />
      </Field>
      <MarkdownEditor
        label={m.fields.description}
        value={form.watch('description')}
        registration={form.register('description')}
        error={errors.description}
      />
      <CheckboxGroup
        legend={m.fields.targetGroups}
        options={Object.entries(m.targetGroups).map(([value, label]) => ({ value, label }))}
        register={() => form.register('targetGroups')}
        error={errors.targetGroups as { message?: string }}
      />
      <Field label={m.fields.readiness} required error={errors.readiness}>
        <select {...form.register('readiness')}>
          {Object.entries(m.readiness).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {lines('benefits', m.fields.benefits)}
      {lines('legalBasis', m.fields.legalBasis)}
      <Field label={m.fields.ethicalConsiderations} error={errors.ethicalConsiderations}>
        <textarea rows={3} {...form.register('ethicalConsiderations')} />
      </Field>
      <Field label={m.fields.infrastructureRequirements} error={errors.infrastructureRequirements}>
        <textarea rows={3} {...form.register('infrastructureRequirements')} />
      </Field>
      <Field label={m.fields.competenceRequirements} error={errors.competenceRequirements}>
        <textarea rows={3} {...form.register('competenceRequirements')} />
      </Field>
      {lines('standards', m.fields.standards)}
      {lines('iso9999Codes', m.fields.iso9999Codes)}
      <Field label={m.fields.costIndication} error={errors.costIndication}>
        <input {...form.register('costIndication')} />
      </Field>
      {editor.error ? <ErrorNotice error={editor.error} /> : null}
      {categories.error ? <ErrorNotice error={categories.error} /> : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={editor.pending}>
          {editor.pending ? 'Sparar…' : 'Spara'}
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
