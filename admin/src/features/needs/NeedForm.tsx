import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { Versioned } from '../../api/client.ts';
import { EditorFooter } from '../../components/EditorFooter.tsx';
import { Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { MultiSelectField } from '../../components/MultiSelectField.tsx';
import { m as common } from '../../components/messages.ts';
import { Options } from '../../components/Options.tsx';
import { orNull } from '../../components/slug.ts';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { categoryOptions, categoryQueries } from '../categories/queries.ts';
import { guideQueries } from '../guides/queries.ts';
import { OwnerSelect } from '../organisations/OwnerSelect.tsx';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { createNeed, type Need, needQueries, updateNeed } from './queries.ts';

/** The form's values: the owner as `municipality:1490`, `association:borasregionen` or `publicBody:…`, numbers as text. */
export interface NeedValues {
  owner: string;
  title: string;
  problemStatement: string;
  targetGroup: Need['targetGroup'];
  serviceArea: string;
  estimatedVolume: string;
  desiredStart: string;
  budgetStatus: Need['budgetStatus'];
  contactEmail: string;
  categories: string[];
  technologies: string[];
}

const EMPTY: NeedValues = {
  owner: '',
  title: '',
  problemStatement: '',
  targetGroup: 'elderly_care',
  serviceArea: '',
  estimatedVolume: '',
  desiredStart: '',
  budgetStatus: 'not_budgeted',
  contactEmail: '',
  categories: [],
  technologies: [],
};

const toForm = (n: Need): NeedValues => ({
  owner:
    n.owner.kind === 'municipality'
      ? `municipality:${n.owner.code}`
      : n.owner.kind === 'public_body'
        ? `publicBody:${n.owner.slug}`
        : `association:${n.owner.slug}`,
  title: n.title,
  problemStatement: n.problemStatement,
  targetGroup: n.targetGroup,
  serviceArea: n.serviceArea ?? '',
  estimatedVolume: n.estimatedVolume === null ? '' : String(n.estimatedVolume),
  desiredStart: n.desiredStart ?? '',
  budgetStatus: n.budgetStatus,
  contactEmail: n.contactEmail ?? '',
  categories: n.categories.map((c) => c.slug),
  technologies: n.technologies.map((t) => t.slug),
});

const toBody = ({ owner: _owner, ...v }: NeedValues) => ({
  ...v,
  serviceArea: orNull(v.serviceArea),
  estimatedVolume: v.estimatedVolume.trim() === '' ? null : Number(v.estimatedVolume),
  desiredStart: orNull(v.desiredStart),
  contactEmail: orNull(v.contactEmail),
});

const ownerOf = (value: string) => {
  const [kind, key] = value.split(':');
  if (kind === 'publicBody') return { publicBody: key };
  return kind === 'association' ? { association: key } : { municipality: key };
};

/** Create a need for an owner in scope, or edit every field of one, in sections. */
export function NeedForm({ opened }: { opened?: Versioned<Need> }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const scope = useScope();
  const categories = useQuery(categoryQueries.all());
  const technologies = useQuery(guideQueries.technologies());
  const form = useForm<NeedValues>({ defaultValues: opened ? toForm(opened.data) : EMPTY });
  const { errors } = form.formState;
  const editing = opened !== undefined;
  const editor = useResourceEditor({
    form,
    opened,
    toForm,
    save: (values, etag) =>
      editing && etag
        ? updateNeed(opened.data.id, etag, toBody(values))
        : createNeed({ ...toBody(values), owner: ownerOf(values.owner) }),
    reload: editing ? () => client.fetchQuery({ ...needQueries.detail(opened.data.id), staleTime: 0 }) : undefined,
    fieldOf: (field) => (field.startsWith('owner') ? 'owner' : (field.split('.')[0] ?? field)),
    onSaved: (saved) => {
      client.setQueryData(needQueries.detail(saved.data.id).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['needs', 'list'] });
      void navigate({ to: '/behov/$id', params: { id: saved.data.id } }).then(() =>
        flash(editing ? m.saved : m.created),
      );
    },
  });
  if (categories.isPending || technologies.isPending || scope.pending) return <p>{common.loading}</p>;
  const regions = scope.publicBodies.filter((body) => body.kind === 'region');
  const select = (name: 'targetGroup' | 'budgetStatus', labels: Record<string, string>) => (
    <Field label={m.fields[name]} required error={errors[name]}>
      <select {...form.register(name)}>
        <Options labels={labels} />
      </select>
    </Field>
  );
  return (
    <form onSubmit={editor.submit} noValidate className="resource-form">
      <fieldset className="section">
        <legend>{m.sections.about}</legend>
        {editing ? null : (
          <Field
            label={m.fields.owner}
            hint={m.ownerHint({
              municipalities: scope.municipalities.length > 0,
              associations: scope.associations.length > 0,
              regions: regions.length > 0,
            })}
            required
            error={errors.owner}
          >
            <OwnerSelect
              {...form.register('owner', { required: m.chooseOwner })}
              municipalities={scope.municipalities}
              associations={scope.associations}
              regions={regions}
              placeholder={m.chooseOwner}
            />
          </Field>
        )}
        <Field label={m.fields.title} required error={errors.title}>
          <input {...form.register('title', { required: m.fields.title })} />
        </Field>
        <Field label={m.fields.problemStatement} hint={m.problemHint} required error={errors.problemStatement}>
          <textarea rows={6} {...form.register('problemStatement', { required: m.fields.problemStatement })} />
        </Field>
        {select('targetGroup', m.targetGroups)}
        <Field label={m.fields.serviceArea} error={errors.serviceArea}>
          <input {...form.register('serviceArea')} />
        </Field>
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.scale}</legend>
        <Field label={m.fields.estimatedVolume} hint={m.volumeHint} error={errors.estimatedVolume}>
          <input type="number" min={0} inputMode="numeric" {...form.register('estimatedVolume')} />
        </Field>
        <Field label={m.fields.desiredStart} error={errors.desiredStart}>
          <input type="date" {...form.register('desiredStart')} />
        </Field>
        {select('budgetStatus', m.budgetStatus)}
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.links}</legend>
        <MultiSelectField
          control={form.control}
          name="categories"
          label={m.fields.categories}
          hint={m.linksHint}
          options={categoryOptions(categories.data?.items ?? [])}
          error={errors.categories as { message?: string }}
        />
        <MultiSelectField
          control={form.control}
          name="technologies"
          label={m.fields.technologies}
          hint={m.linksHint}
          options={(technologies.data ?? []).map((t) => ({ value: t.slug, label: t.name }))}
          error={errors.technologies as { message?: string }}
        />
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.contact}</legend>
        <Field label={m.fields.contactEmail} hint={m.contactHint} error={errors.contactEmail}>
          <input type="email" {...form.register('contactEmail')} />
        </Field>
      </fieldset>
      <EditorFooter editor={editor} what={m.what} labels={m.fields} />
    </form>
  );
}
