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
import { RepeatedFields } from '../../components/RepeatedFields.tsx';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { categoryOptions, categoryQueries } from '../categories/queries.ts';
import { guideQueries } from '../guides/queries.ts';
import { needQueries } from '../needs/queries.ts';
import { OwnerSelect } from '../organisations/OwnerSelect.tsx';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { blanks, partsOf } from './parts.ts';
import { createProcurement, type Procurement, procurementQueries, updateProcurement } from './queries.ts';
import { changesOf, EMPTY, fieldOf, type ProcurementValues, toBody, toForm } from './values.ts';

type TextName = Exclude<
  keyof ProcurementValues,
  'lots' | 'documents' | 'awardedSuppliers' | 'technologies' | 'categories' | 'needs'
>;

/** Create or edit every field of a procurement collaboration, in sections (admins only, as the API has it). */
export function ProcurementForm({ opened }: { opened?: Versioned<Procurement> }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const scope = useScope();
  const categories = useQuery(categoryQueries.all());
  const technologies = useQuery(guideQueries.technologies());
  const needs = useQuery(needQueries.published());
  const form = useForm<ProcurementValues>({ defaultValues: opened ? toForm(opened.data) : EMPTY });
  const { errors } = form.formState;
  const editing = opened !== undefined;
  const editor = useResourceEditor({
    form,
    opened,
    toForm,
    fieldOf,
    save: (values, etag) =>
      editing && etag
        ? updateProcurement(opened.data.id, etag, changesOf(toBody(values), opened.data))
        : createProcurement(toBody(values)),
    reload: editing
      ? () => client.fetchQuery({ ...procurementQueries.detail(opened.data.id), staleTime: 0 })
      : undefined,
    onSaved: (saved) => {
      client.setQueryData(procurementQueries.detail(saved.data.id).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['procurements', 'list'] });
      void client.invalidateQueries({ queryKey: ['needs'] });
      void navigate({ to: '/upphandlingar/$id', params: { id: saved.data.id } }).then(() =>
        flash(editing ? m.saved : m.created),
      );
    },
  });
  if (categories.isPending || technologies.isPending || needs.isPending || scope.pending)
    return <p>{common.loading}</p>;
  const parts = partsOf(form);
  const input = (name: TextName, options: { type?: string; required?: boolean; hint?: string } = {}) => (
    <Field
      label={m.fields[name as keyof typeof m.fields] ?? name}
      hint={options.hint}
      required={options.required}
      error={errors[name]}
    >
      <input
        type={options.type ?? 'text'}
        inputMode={options.type === 'number' ? 'numeric' : undefined}
        {...form.register(name, options.required ? { required: m.fields[name as keyof typeof m.fields] } : {})}
      />
    </Field>
  );
  const choose = (name: 'collaborationType' | 'procedure', labels: Record<string, string>, none?: string) => (
    <Field label={m.fields[name]} required={!none} error={errors[name]}>
      <select {...form.register(name)}>
        <Options labels={labels} none={none} />
      </select>
    </Field>
  );
  // The needs offered: the published ones, and those linked already whatever their status.
  const needOptions = new Map((needs.data ?? []).map((n) => [n.id, n.title]));
  for (const linked of opened?.data.needs ?? []) needOptions.set(linked.id, linked.title);
  return (
    <form onSubmit={editor.submit} noValidate className="resource-form">
      <fieldset className="section">
        <legend>{m.sections.basics}</legend>
        {input('reference', { required: true })}
        {input('title', { required: true })}
        <Field label={m.fields.lead} required error={errors.lead}>
          <OwnerSelect
            {...form.register('lead', { required: m.chooseLead })}
            municipalities={scope.municipalities}
            associations={scope.associations}
            placeholder={m.chooseLead}
            external={m.externalLead}
          />
        </Field>
        {form.watch('lead') === 'external:' ? (
          <Field label={m.externalName} required error={errors.leadExternal}>
            <input {...form.register('leadExternal', { required: m.externalName })} />
          </Field>
        ) : null}
        {choose('collaborationType', m.collaborationTypes)}
        {choose('procedure', m.procedures, m.noProcedure)}
        <Field label={m.fields.description} error={errors.description}>
          <textarea rows={5} {...form.register('description')} />
        </Field>
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.classification}</legend>
        <Field label={m.fields.cpvCodes} hint={m.cpvHint} error={errors.cpvCodes}>
          <textarea rows={3} {...form.register('cpvCodes')} />
        </Field>
        <MultiSelectField
          control={form.control}
          name="technologies"
          label={m.fields.technologies}
          hint={m.linksHint}
          options={(technologies.data ?? []).map((t) => ({ value: t.slug, label: t.name }))}
          error={errors.technologies as { message?: string }}
        />
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
          name="needs"
          label={m.fields.needs}
          hint={m.linksHint}
          options={[...needOptions].map(([value, label]) => ({ value, label }))}
          error={errors.needs as { message?: string }}
        />
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.timeline}</legend>
        {input('plannedPublication', { type: 'date' })}
        {input('tenderStart', { type: 'date' })}
        {input('tenderEnd', { type: 'date' })}
        {input('awardDate', { type: 'date' })}
        {input('contractStart', { type: 'date' })}
        {input('contractEnd', { type: 'date' })}
        {input('extensionOptionsMonths', { type: 'number' })}
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.value}</legend>
        {input('estimatedValueSek', { type: 'number' })}
        <RepeatedFields form={form} name="lots" parts={parts.lots} blank={blanks.lots} words={m.lot} />
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.documents}</legend>
        <RepeatedFields
          form={form}
          name="documents"
          parts={parts.documents}
          blank={blanks.documents}
          words={m.document}
        />
      </fieldset>
      <fieldset className="section">
        <legend>{m.sections.awards}</legend>
        <RepeatedFields
          form={form}
          name="awardedSuppliers"
          parts={parts.awardedSuppliers}
          blank={blanks.awardedSuppliers}
          words={m.supplier}
        />
      </fieldset>
      <EditorFooter editor={editor} what={m.what} labels={m.fields} />
    </form>
  );
}
