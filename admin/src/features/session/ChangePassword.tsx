import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../../api/problems.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { m } from './messages.ts';
import { useChangePassword } from './queries.ts';

type Values = { currentPassword: string; newPassword: string; repeatPassword: string };

/**
 * Changing one's own password: on Konto, or as a page of its own (`forced`) right after signing in
 * with a generated password, before anything else can be done.
 */
export function ChangePassword({ forced = false }: { forced?: boolean }) {
  const change = useChangePassword();
  const [done, setDone] = useState(false);
  const form = useForm<Values>({ defaultValues: { currentPassword: '', newPassword: '', repeatPassword: '' } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setDone(false);
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      form.reset();
      setDone(true);
    } catch (error) {
      if (error instanceof ApiError)
        for (const field of error.fields) form.setError(field.field as keyof Values, { message: field.message });
    }
  });
  const body = (
    <form onSubmit={submit} noValidate aria-labelledby="password-heading">
      {forced ? <p>{m.forcedIntro}</p> : null}
      <Field label={m.currentPassword} error={errors.currentPassword}>
        <input
          type="password"
          autoComplete="current-password"
          {...form.register('currentPassword', { required: m.currentPassword })}
        />
      </Field>
      <Field label={m.newPassword} hint={m.passwordHint} error={errors.newPassword}>
        <input
          type="password"
          autoComplete="new-password"
          {...form.register('newPassword', { minLength: { value: 12, message: m.tooShort }, required: m.tooShort })}
        />
      </Field>
      <Field label={m.repeatPassword} error={errors.repeatPassword}>
        <input
          type="password"
          autoComplete="new-password"
          {...form.register('repeatPassword', {
            validate: (value, values) => value === values.newPassword || m.mismatch,
          })}
        />
      </Field>
      {change.error && !(change.error instanceof ApiError && change.error.fields.length > 0) ? (
        <ErrorNotice error={change.error} />
      ) : null}
      {done ? (
        <p role="status" className="notice success">
          {m.changed}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={change.isPending}>
        {change.isPending ? m.changing : m.change}
      </button>
    </form>
  );
  if (!forced)
    return (
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{m.changePasswordTitle}</h2>
        {body}
      </section>
    );
  return (
    <main id="main" className="narrow">
      <h1 id="password-heading">{m.forcedTitle}</h1>
      {body}
    </main>
  );
}
