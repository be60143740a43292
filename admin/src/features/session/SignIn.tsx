import { useForm } from 'react-hook-form';
import { ApiError } from '../../api/problems.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { m } from './messages.ts';
import { useSignIn } from './queries.ts';

/** The sign-in page, shown in place of any view until someone is signed in; the URL stays. */
export function SignIn() {
  const signIn = useSignIn();
  const form = useForm({ defaultValues: { email: '', password: '' } });
  const error = signIn.error;
  return (
    <main id="main" className="narrow sign-in">
      <h1>{m.signInTitle}</h1>
      <p>{m.signInIntro}</p>
      <form onSubmit={form.handleSubmit((values) => signIn.mutate(values))} noValidate>
        <Field label={m.email}>
          <input type="email" autoComplete="username" required {...form.register('email', { required: true })} />
        </Field>
        <Field label={m.password}>
          <input
            type="password"
            autoComplete="current-password"
            required
            {...form.register('password', { required: true })}
          />
        </Field>
        {error instanceof ApiError && error.status === 401 ? (
          <p role="alert" className="notice error">
            {m.wrongCredentials}
          </p>
        ) : error ? (
          <ErrorNotice error={error} />
        ) : null}
        <button type="submit" className="button primary" disabled={signIn.isPending}>
          {signIn.isPending ? m.signingIn : m.signIn}
        </button>
      </form>
    </main>
  );
}
