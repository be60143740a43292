import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Versioned } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { History } from '../audit/History.tsx';
import { m } from './messages.ts';
import { deleteUser, type User, updateUser, userQueries } from './queries.ts';
import { type RoleValues, ScopeFields, scopeFieldOf, scopeOf } from './ScopeFields.tsx';
import { useScopeName } from './UserList.tsx';

const route = getRouteApi('/anvandare/$id');

interface Values extends RoleValues {
  name: string;
}

const toForm = (u: User): Values => ({
  name: u.name,
  role: u.role,
  scopeKind: u.scope.municipality ? 'municipality' : u.scope.publicBody ? 'publicBody' : 'association',
  association: u.scope.association ?? '',
  municipality: u.scope.municipality ?? '',
  publicBody: u.scope.publicBody ?? '',
});

/** One user: change name, role and scope; deactivate or activate; a new password; delete. */
export function UserDetail() {
  const { id } = route.useParams();
  const query = useQuery({ ...userQueries.detail(id), staleTime: 0 });
  return (
    <article aria-labelledby="page-heading">
      <p>
        <Link to="/anvandare">{m.back}</Link>
      </p>
      <QueryState query={query} notFound={m.notFound}>
        {(opened) => <UserPage opened={opened} />}
      </QueryState>
    </article>
  );
}

function UserPage({ opened }: { opened: Versioned<User> }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const scopeName = useScopeName();
  const user = opened.data;
  const [dialog, setDialog] = useState<'active' | 'delete' | null>(null);
  const [actionError, setActionError] = useState<unknown>();
  const form = useForm<Values>({ defaultValues: toForm(user) });
  const saved = (next: Versioned<User>, message: string) => {
    client.setQueryData(userQueries.detail(user.id).queryKey, next);
    void client.invalidateQueries({ queryKey: ['users', 'list'] });
    void client.invalidateQueries({ queryKey: ['audit-events'] });
    flash(message);
  };
  const editor = useResourceEditor({
    form,
    opened,
    toForm,
    fieldOf: scopeFieldOf,
    save: (v, etag) => {
      const scope = scopeOf(v);
      return updateUser(user.id, etag ?? '', { name: v.name, role: v.role, ...(scope ? { scope } : {}) });
    },
    reload: () => client.fetchQuery({ ...userQueries.detail(user.id), staleTime: 0 }),
    onSaved: (next) => saved(next, m.saved),
  });
  const passwordForm = useForm({ defaultValues: { password: '' } });
  const act = async (run: () => Promise<unknown>) => {
    setActionError(undefined);
    try {
      await run();
      setDialog(null);
    } catch (caught) {
      setActionError(caught);
    }
  };
  return (
    <>
      <div className="page-head">
        <h1 id="page-heading">{user.name}</h1>
        <span className={user.active ? 'status published' : 'status archived'}>
          {user.active ? m.roles[user.role] : m.activeNo}
        </span>
      </div>
      <p>
        {user.email} · {m.roles[user.role]} · {m.fields.scope}: {scopeName(user)}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => setDialog('active')}>
          {user.active ? m.deactivate : m.activate}
        </button>
        <button type="button" className="button danger" onClick={() => setDialog('delete')}>
          {m.delete}
        </button>
      </div>
      {actionError && dialog === null ? <ErrorNotice error={actionError} /> : null}

      <h2>{m.editTitle}</h2>
      <form onSubmit={editor.submit} noValidate className="resource-form">
        <Field label={m.fields.name ?? ''} required error={form.formState.errors.name}>
          <input {...form.register('name', { required: m.fields.name })} />
        </Field>
        <ScopeFields form={form} />
        {editor.error ? <ErrorNotice error={editor.error} /> : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={editor.pending}>
            Spara
          </button>
        </div>
        <UnsavedChangesGuard dirty={editor.dirty} />
      </form>
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

      <h2>{m.resetTitle}</h2>
      <form
        className="resource-form"
        noValidate
        onSubmit={passwordForm.handleSubmit(({ password }) =>
          act(async () => {
            saved(await updateUser(user.id, opened.etag, { password }), m.resetDone);
            passwordForm.reset();
          }),
        )}
      >
        <Field label={m.fields.password ?? ''} hint={m.passwordHint}>
          <input
            type="password"
            autoComplete="new-password"
            {...passwordForm.register('password', { required: true })}
          />
        </Field>
        <div className="actions">
          <button type="submit" className="button">
            {m.resetPassword}
          </button>
        </div>
      </form>

      <History entityType="user" entityKey={user.id} labels={m.fields} />

      <ConfirmDialog
        isOpen={dialog === 'active'}
        title={user.active ? m.deactivateTitle(user.name) : m.activate}
        confirmLabel={user.active ? m.deactivate : m.activate}
        error={actionError}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          act(async () =>
            saved(
              await updateUser(user.id, opened.etag, { active: !user.active }),
              user.active ? m.deactivated : m.activated,
            ),
          )
        }
      >
        <p>{user.active ? m.deactivateBody : ''}</p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog === 'delete'}
        title={m.deleteTitle(user.name)}
        confirmLabel={m.delete}
        error={actionError}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          act(async () => {
            await deleteUser(user.id, opened.etag);
            client.removeQueries({ queryKey: userQueries.detail(user.id).queryKey });
            void client.invalidateQueries({ queryKey: ['users', 'list'] });
            await navigate({ to: '/anvandare' }).then(() => flash(m.deleted));
          })
        }
      >
        <p>{m.deleteBody}</p>
      </ConfirmDialog>
    </>
  );
}
