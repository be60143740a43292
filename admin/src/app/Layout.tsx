import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { FlashMessage } from '../components/flash.tsx';
import { ChangePassword } from '../features/session/ChangePassword.tsx';
import { type Session, useSession } from '../features/session/queries.ts';
import { SignIn } from '../features/session/SignIn.tsx';
import { m } from './messages.ts';
import { navFor } from './nav.ts';

/** The page around every view: skip link, header with who is signed in, the main menu, the view. */
export function Layout() {
  const session = useSession();
  if (session.isPending) return <p className="page-loading">{m.loadingPage}</p>;
  if (session.error) {
    return (
      <main id="main" className="narrow">
        <h1>{m.appName}</h1>
        <ErrorNotice error={session.error} retry={() => session.refetch()} />
      </main>
    );
  }
  if (!session.data) return <SignIn />;
  if (session.data.passwordChangeRequired) return <ChangePassword forced />;
  return <Shell session={session.data} />;
}

function Shell({ session }: { session: Session }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const path = useRouterState({ select: (state) => state.location.pathname });
  // Choosing a place closes the menu on a phone, where it covers the view.
  useEffect(() => setMenuOpen(false), [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        {m.skipLink}
      </a>
      <header className="top">
        <div className="brand">
          <span className="brand-name">{m.appName}</span>
          <span className="brand-part">{m.appPart}</span>
        </div>
        <div className="who">
          <span>{session.user.name}</span>
          <span className="role">
            <RoleText session={session} />
          </span>
          <Link to="/konto">{m.account}</Link>
        </div>
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {m.menu}
        </button>
      </header>
      <div className="frame">
        <nav id="main-nav" aria-label={m.navLabel} className={menuOpen ? 'main-nav open' : 'main-nav'}>
          <ul>
            {navFor(session.user.role).map((item) => (
              <li key={item.to}>
                <Link to={item.to} activeOptions={{ exact: item.to === '/' }} activeProps={{ 'aria-current': 'page' }}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          <FlashMessage />
          <Outlet />
        </main>
      </div>
    </>
  );
}

/** "Administratör", or "Redaktör för Borås" with the scope's name rather than its code. */
function RoleText({ session }: { session: Session }) {
  const { association, municipality } = session.user.scope;
  const scope = useQuery({
    queryKey: ['scope-name', association, municipality],
    enabled: session.user.role === 'editor',
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      if (association)
        return unwrap(await api.GET('/v1/associations/{slug}', { params: { path: { slug: association } } })).name;
      if (municipality)
        return unwrap(await api.GET('/v1/municipalities/{code}', { params: { path: { code: municipality } } })).name;
      return '';
    },
  });
  if (session.user.role === 'admin') return <>{m.admin}</>;
  return <>{scope.data ? m.editorFor(scope.data) : m.editor}</>;
}

export function NotFound() {
  return (
    <section className="narrow">
      <h1>{m.notFoundTitle}</h1>
      <p>{m.notFoundBody}</p>
      <p>
        <Link to="/">{m.toOverview}</Link>
      </p>
    </section>
  );
}

export function RouteError({ error }: { error: unknown }) {
  return (
    <section>
      <h1>{m.pageError}</h1>
      <ErrorNotice error={error} />
    </section>
  );
}
