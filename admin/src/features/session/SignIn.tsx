import { type FormEvent, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useSession, useSignIn, useSignOut } from './queries.ts';

/** Sign-in for admins and editors; signed in, who you are and a way out. */
export function SignIn() {
  const session = useSession();
  const signIn = useSignIn();
  const signOut = useSignOut();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session) {
    const { user } = session;
    const scope = user.scope.association ?? user.scope.municipality;
    return (
      <p className="session">
        Inloggad som {user.name} ({user.role === 'admin' ? 'administratör' : `redaktör för ${scope}`}){' '}
        <button type="button" onClick={() => signOut.mutate()}>
          Logga ut
        </button>
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  return (
    <form className="sign-in" aria-label="Logga in" onSubmit={submit}>
      <label>
        E-post
        <input type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        Lösenord
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <button type="submit" disabled={signIn.isPending}>
        Logga in
      </button>
      {signIn.error ? <ErrorMessage error={signIn.error} /> : null}
    </form>
  );
}
