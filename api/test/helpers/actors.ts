import type { App } from '../../src/app.ts';
import type { Db } from '../../src/db/client.ts';
import { users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/lib/passwords.ts';

export const PASSWORD = 'ett långt och hemligt lösenord';

let passwordHash: Promise<string> | undefined;
/** PASSWORD hashed once per worker (argon2 spends its memory and time on purpose); salted, like any hash. */
export const hashedPassword = () => (passwordHash ??= hashPassword(PASSWORD));

export interface Session {
  cookie: string;
  csrfToken: string;
}

export type Actor = 'anonymous' | 'supplier' | 'integrator' | 'outOfScopeEditor' | 'inScopeEditor' | 'admin';
export const ACTORS: Actor[] = ['anonymous', 'supplier', 'integrator', 'outOfScopeEditor', 'inScopeEditor', 'admin'];

/** Signs in through the API and answers the session cookie and CSRF token. */
export async function login(app: App, email: string, password = PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login as ${email}: ${response.statusCode} ${response.body}`);
  const cookie = String(response.headers['set-cookie']).split(';')[0] as string;
  return { cookie, csrfToken: response.json().csrfToken };
}

/**
 * The people and keys the access tests act as: an admin; an editor scoped to Boråsregionen (so Borås,
 * 1490, is in scope); an editor scoped to Göteborg alone (so Borås is not); a supplier's and an
 * integrator's API keys.
 */
export async function createActors(app: App, db: Db) {
  const passwordHash = await hashedPassword();
  await db.insert(users).values([
    { email: 'admin@test.se', name: 'Admin', role: 'admin', passwordHash },
    {
      email: 'boras-region@test.se',
      name: 'Region',
      role: 'editor',
      scopeAssociationSlug: 'borasregionen',
      passwordHash,
    },
    { email: 'goteborg@test.se', name: 'Göteborg', role: 'editor', scopeMunicipalityCode: '1480', passwordHash },
  ]);
  const admin = await login(app, 'admin@test.se');
  const key = async (body: object) => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/api-clients',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      payload: body,
    });
    if (response.statusCode !== 201) throw new Error(`create key: ${response.statusCode} ${response.body}`);
    return response.json().key as string;
  };
  const supplierKey = await key({
    name: 'Exempelbolaget',
    kind: 'supplier',
    supplier: { name: 'Exempelbolaget AB', organisationNumber: '556036-0793' },
  });
  const integratorKey = await key({ name: 'VästKom webbplats', kind: 'integrator' });

  /** Headers that make a request as `actor`; users get a fresh session each time. */
  async function headersFor(actor: Actor): Promise<Record<string, string>> {
    switch (actor) {
      case 'anonymous':
        return {};
      case 'supplier':
        return { authorization: `Bearer ${supplierKey}` };
      case 'integrator':
        return { authorization: `Bearer ${integratorKey}` };
      default: {
        const email = {
          admin: 'admin@test.se',
          inScopeEditor: 'boras-region@test.se',
          outOfScopeEditor: 'goteborg@test.se',
        }[actor];
        const session = await login(app, email);
        return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
      }
    }
  }

  return { admin, supplierKey, integratorKey, headersFor };
}
