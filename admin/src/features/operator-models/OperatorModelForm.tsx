import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { Versioned } from '../../api/client.ts';
import { EditorFooter } from '../../components/EditorFooter.tsx';
import { Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { m as common } from '../../components/messages.ts';
import { Options } from '../../components/Options.tsx';
import { type Part, RepeatedFields } from '../../components/RepeatedFields.tsx';
import { suggestSlug } from '../../components/slug.ts';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { OwnerSelect } from '../organisations/OwnerSelect.tsx';
import { pickerQueries } from '../organisations/queries.ts';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { createModel, modelQueries, type OperatorModel, updateModel } from './queries.ts';
import { EMPTY, fieldOf, type ModelValues, toBody, toForm } from './values.ts';

/** Create or edit every field of an operator model, in sections (admins only, as the API has it). */
export function OperatorModelForm({ opened }: { opened?: Versioned<OperatorModel> }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const scope = useScope();
  const bodies = useQuery(pickerQueries.publicBodies());
  const form = useForm<ModelValues>({ defaultValues: opened ? toForm(opened.data) : EMPTY });
  const { errors, dirtyFields } = form.formState;
  const editing = opened !== undefined;
  const editor = useResourceEditor({
    form,
    opened,
    toForm,
    fieldOf,
    save: (values, etag) =>
      editing && etag
        ? updateModel(opened.data.slug, etag, toBody(values))
        : createModel({ ...toBody(values), slug: values.slug }),
    reload: editing ? () => client.fetchQuery({ ...modelQueries.detail(opened.data.slug), staleTime: 0 }) : undefined,
    onSaved: (saved) => {
      client.setQueryData(modelQueries.detail(saved.data.slug).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['operator-models', 'list'] });
      void navigate({ to: '/driftmodeller/$slug', params: { slug: saved.data.slug } }).then(() =>
        flash(editing ? m.saved : m.created),
      );
    },
  });
  if (scope.pending || bodies.isPending) return <p>{common.loading}</p>;
  const name = form.register('name', { required: m.fields.name });
  const choose = (field: 'legalForm' | 'costSharing', labels: Record<string, string>) => (
    <Field label={m.fields[field]} required error={errors[field]}>
      <select {...form.register(field)}>
        <Options labels={labels} />
      </select>
    </Field>
  );
  const serviceParts: Part[] = [
    {
      name: 'service',
      label: m.service.service,
      options: Object.entries(m.services).map(([value, label]) => ({ value, label })),
    },
    { name: 'sla', label: m.service.sla, required: true, type: 'textarea' },
  ];
  const memberParts: Part[] = [
    {
      name: 'municipality',
      label: m.member.municipality,
      required: true,
      options: [
        { value: '', label: m.member.choose },
        ...scope.municipalities.map((c) => ({ value: c.code, label: c.name })),
      ],
    },
    { name: 'since', label: m.member.since, type: 'date' },
    { name: 'users', label: m.member.users, type: 'number' },
  ];
  return (
    <form onSubmit={editor.submit} noValidate className="resource-form">
      <fieldset className="section">
        <legend>{m.sections.basics}</legend>
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
            <input {...form.register('slug', { required: m.fields.slug })} />
          </Field>
        )}
        {choose('legalForm', m.legalForms)}
        <Field label={m.fields.description} error={errors.description}>
          <textarea rows={5} {...form.register('description')} />
        </Field>
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.host}</legend>
        <Field label={m.fields.host} error={errors.host}>
          <OwnerSelect
            {...form.register('host')}
            municipalities={scope.municipalities}
            associations={scope.associations}
            placeholder={m.noHost}
            external={m.externalHost}
          />
        </Field>
        {form.watch('host') === 'external:' ? (
          <Field label={m.fields.hostExternal} required error={errors.hostExternal}>
            <input {...form.register('hostExternal', { required: m.fields.hostExternal })} />
          </Field>
        ) : null}
        <Field label={m.fields.governance} error={errors.governance}>
          <textarea rows={3} {...form.register('governance')} />
        </Field>
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.cost}</legend>
        {choose('costSharing', m.costSharings)}
        <Field label={m.fields.fixedSharePercent} hint={m.fixedShareHint} error={errors.fixedSharePercent}>
          <input type="number" min={0} max={100} inputMode="numeric" {...form.register('fixedSharePercent')} />
        </Field>
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.services}</legend>
        <RepeatedFields
          form={form}
          name="services"
          parts={serviceParts}
          blank={() => ({ service: 'alarm_reception_24_7', sla: '' })}
          words={m.service}
        />
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.assessment}</legend>
        <Field label={m.fields.advantages} hint={m.lineHint} error={errors.advantages}>
          <textarea rows={4} {...form.register('advantages')} />
        </Field>
        <Field label={m.fields.risks} hint={m.lineHint} error={errors.risks}>
          <textarea rows={4} {...form.register('risks')} />
        </Field>
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.members}</legend>
        <RepeatedFields
          form={form}
          name="members"
          parts={memberParts}
          blank={() => ({ municipality: '', since: '', users: '' })}
          words={m.member}
        />
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.publicBodies}</legend>
        <p className="hint" id="public-bodies-hint">
          {m.publicBodiesHint}
        </p>
        {(bodies.data ?? []).map((body) => (
          <label key={body.slug} className="check">
            <input
              type="checkbox"
              value={body.slug}
              aria-describedby="public-bodies-hint"
              {...form.register('publicBodies')}
            />{' '}
            {body.name}
          </label>
        ))}
      </fieldset>
      <EditorFooter editor={editor} what={m.what} labels={m.fields} />
    </form>
  );
}
