import { ChangePassword } from './ChangePassword.tsx';
import { m } from './messages.ts';
import { useSession, useSignOut } from './queries.ts';

/** Konto: who is signed in, a new password, and signing out. */
export function Account() {
  const session = useSession().data;
  const signOut = useSignOut();
  if (!session) return null;
  return (
    <section aria-labelledby="account-heading">
      <h1 id="account-heading">{m.accountTitle}</h1>
      <p>{m.signedInAs(session.user.name, session.user.email)}</p>
      <button type="button" className="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {m.signOut}
      </button>
      <ChangePassword />
    </section>
  );
}
