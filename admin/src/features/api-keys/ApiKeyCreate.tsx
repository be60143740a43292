import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../../api/problems.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { m } from './messages.ts';
import { createApiKey, validOrganisationNumber } from './queries.ts';

interface Values {
  name: string;
  kind: 'integrator' | 'supplier';
  rateLimitTier: 'standard' | 'high';
  supplierName: string;
  organisationNumber: string;
  website: string;
  contactEmail: string;
}

/** API field → form field, for the problem's pointers. */
const FIELD: Record<string, keyof Values> = {
  'supplier.name': 'supplierName',
  'supplier.organisationNumber': 'organisationNumber',
  'supplier.website': 'website',
  'supplier.contactEmail': 'contactEmail',
  supplier: 'supplierName',
};

/** A new key for an integrator or a supplier; the key itself is shown this once, with a copy button. */
export function ApiKeyCreate() {
  const client = useQueryClient();
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState<unknown>();
  const [copied, setCopied] = useState(false);
  const form = useForm<Values>({
    defaultValues: {
      name: '',
      kind: 'integrator',
      rateLimitTier: 'standard',
      supplierName: '',
      organisationNumber: '',
      website: '',
      contactEmail: '',
    },
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const kind = form.watch('kind');
  const submit = form.handleSubmit(async (v) => {
    setError(undefined);
    try {
      const answer = await createApiKey({
        name: v.name,
        kind: v.kind,
        rateLimitTier: v.rateLimitTier,
        ...(v.kind === 'supplier'
          ? {
              supplier: {
                name: v.supplierName,
                organisationNumber: v.organisationNumber,
                ...(v.website ? { website: v.website } : {}),
                ...(v.contactEmail ? { contactEmail: v.contactEmail } : {}),
              },
            }
          : {}),
      });
      form.reset();
      setCreated({ name: answer.client.name, key: answer.key });
      void client.invalidateQueries({ queryKey: ['api-clients'] });
    } catch (caught) {
      if (caught instanceof ApiError)
        for (const field of caught.fields)
          form.setError(FIELD[field.field] ?? (field.field as keyof Values), { message: field.message });
      setError(caught);
    }
  });

  if (created)
    return (
      <section aria-labelledby="page-heading">
        <h1 id="page-heading">
          {m.newKey}: {created.name}
        </h1>
        <div className="notice warning" role="note">
          <h2>{m.shownOnce}</h2>
          <p>{m.shownOnceBody}</p>
        </div>
        <p>
          <label htmlFor="new-key">{m.newKey}</label>
          <input id="new-key" className="key" readOnly value={created.key} onFocus={(event) => event.target.select()} />
        </p>
        <div className="actions">
          <button
            type="button"
            className="button primary"
            onClick={async () => {
              await navigator.clipboard?.writeText(created.key).catch(() => undefined);
              setCopied(true);
            }}
          >
            {m.copy}
          </button>
          <Link to="/api-nycklar" className="button">
            {m.done}
          </Link>
        </div>
        <p role="status">{copied ? m.copied : ''}</p>
      </section>
    );

  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/api-nycklar">{m.back}</Link>
      </p>
      <h1 id="page-heading">{m.createTitle}</h1>
      <form onSubmit={submit} noValidate className="resource-form">
        <Field label={m.fields.name} hint={m.nameHint} required error={errors.name}>
          <input {...form.register('name', { required: m.nameHint })} />
        </Field>
        <Field label={m.fields.kind} error={errors.kind}>
          <select {...form.register('kind')}>
            <option value="integrator">{m.kinds.integrator}</option>
            <option value="supplier">{m.kinds.supplier}</option>
          </select>
        </Field>
        {kind === 'supplier' ? (
          <fieldset className="field">
            <legend>{m.kinds.supplier}</legend>
            <Field label={m.fields.supplierName} required error={errors.supplierName}>
              <input {...form.register('supplierName', { required: m.fields.supplierName })} />
            </Field>
            <Field label={m.fields.organisationNumber} hint={m.orgHint} required error={errors.organisationNumber}>
              <input
                inputMode="numeric"
                {...form.register('organisationNumber', {
                  validate: (value) => validOrganisationNumber(value) || m.orgInvalid,
                })}
              />
            </Field>
            <Field label={m.fields.website} error={errors.website}>
              <input type="url" {...form.register('website')} />
            </Field>
            <Field label={m.fields.contactEmail} error={errors.contactEmail}>
              <input type="email" {...form.register('contactEmail')} />
            </Field>
          </fieldset>
        ) : null}
        <Field label={m.fields.rateLimitTier} error={errors.rateLimitTier}>
          <select {...form.register('rateLimitTier')}>
            <option value="standard">{m.tiers.standard}</option>
            <option value="high">{m.tiers.high}</option>
          </select>
        </Field>
        {error ? <ErrorNotice error={error} /> : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={isSubmitting}>
            {m.create}
          </button>
        </div>
        <UnsavedChangesGuard dirty={() => isDirty && !isSubmitting} />
      </form>
    </section>
  );
}
