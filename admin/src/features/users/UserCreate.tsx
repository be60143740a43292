import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { m } from './messages.ts';
import { createUser, type User, userQueries } from './queries.ts';
import { type RoleValues, ScopeFields, scopeFieldOf, scopeOf } from './ScopeFields.tsx';

interface Values extends RoleValues {
  name: string;
  email: string;
  password: string;
}

export function UserCreate() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<Values>({
    defaultValues: {
      name: '',
      email: '',
      password: '',
      role: 'editor',
      scopeKind: 'association',
      association: '',
      municipality: '',
      publicBody: '',
    },
  });
  const { errors } = form.formState;
  const editor = useResourceEditor<Values, User>({
    form,
    opened: undefined,
    toForm: (u) => ({ ...form.getValues(), name: u.name, email: u.email, password: '' }),
    save: (v) => {
      const scope = scopeOf(v);
      return createUser({
        name: v.name,
        email: v.email,
        password: v.password,
        role: v.role,
        ...(scope ? { scope } : {}),
      });
    },
    fieldOf: scopeFieldOf,
    onSaved: (saved) => {
      client.setQueryData(userQueries.detail(saved.data.id).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['users', 'list'] });
      void navigate({ to: '/anvandare/$id', params: { id: saved.data.id } }).then(() => flash(m.created));
    },
  });
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/anvandare">{m.back}</Link>
      </p>
      <h1 id="page-heading">{m.createTitle}</h1>
      <form onSubmit={editor.submit} noValidate className="resource-form">
        <Field label={m.fields.name ?? ''} required error={errors.name}>
          <input {...form.register('name', { required: m.fields.name })} />
        </Field>
        <Field label={m.fields.email ?? ''} required error={errors.email}>
          <input type="email" autoComplete="off" {...form.register('email', { required: m.fields.email })} />
        </Field>
        <ScopeFields form={form} />
        <Field label={m.fields.password ?? ''} hint={m.passwordHint} required error={errors.password}>
          <input
            type="password"
            autoComplete="new-password"
            {...form.register('password', { required: m.passwordHint })}
          />
        </Field>
        {editor.error ? <ErrorNotice error={editor.error} /> : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={editor.pending}>
            {m.create}
          </button>
        </div>
        <UnsavedChangesGuard dirty={editor.dirty} />
      </form>
    </section>
  );
}
