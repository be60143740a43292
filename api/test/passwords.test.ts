import { describe, expect, it } from 'vitest';
import { assertStrongPassword } from '../src/lib/passwords.ts';
import { HttpProblem } from '../src/lib/problems.ts';
import { ensureFirstAdmin } from '../src/modules/users/first-admin.ts';
import { createActors, login } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp();
const actors = await createActors(app, database.db);
const asAdmin = { cookie: actors.admin.cookie, 'x-csrf-token': actors.admin.csrfToken };
const fresh = await createTestApp();

/** The reason a password is refused, or undefined when it is accepted. */
async function refusal(password: string, person = { email: 'anna.andersson@boras.se', name: 'Anna Andersson' }) {
  try {
    await assertStrongPassword(password, person);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(HttpProblem);
    const problem = error as HttpProblem;
    expect(problem.status).toBe(422);
    expect(problem.type).toBe('https://valfardsnavet.se/problems/weak-password');
    expect(problem.options.errors?.[0]?.pointer).toBe('/body/password');
    return problem.options.errors?.[0]?.detail;
  }
}

describe('password strength', () => {
  it.each([
    ['password1234', 'commonly used password'],
    ['111111111111', 'repeats'],
    ['            ', 'repeats'],
    ['xsw2cde3vfr4', 'keyboard pattern'],
    ['Andersson2026!', 'your name or email'],
    ['anna.andersson', 'your name or email'],
    ['lösenord2026!', 'common Swedish word'],
    ['kanelbullefika', 'common Swedish word'],
  ])('refuses %j, saying why', async (password, why) => {
    expect(await refusal(password)).toContain(why);
  });

  it.each(['rostig cykel under bron', 'ett långt och hemligt lösenord', 'K7#vQ2!mZp9@xL4w'])(
    'accepts %j',
    async (password) => {
      expect(await refusal(password)).toBeUndefined();
    },
  );
});

describe('where passwords are set', () => {
  const newUser = (password: string) =>
    app.inject({
      method: 'POST',
      url: '/v1/users',
      headers: asAdmin,
      payload: { email: 'eva.ek@boras.se', name: 'Eva Ek', role: 'editor', scope: { municipality: '1490' }, password },
    });

  it('an admin creating a user gets a 422 naming the password and why, and no user is made', async () => {
    const response = await newUser('password1234');
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({
      type: 'https://valfardsnavet.se/problems/weak-password',
      errors: [{ pointer: '/body/password', detail: expect.stringContaining('commonly used password') }],
    });
    const users = (await app.inject({ url: '/v1/users?limit=100', headers: asAdmin })).json().items;
    expect(users.map((u: { email: string }) => u.email)).not.toContain('eva.ek@boras.se');
  });

  it('a reset by an admin is checked against the user’s own name, and ends every session of that user', async () => {
    const created = await newUser('grön soffa på taket');
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const phone = await login(app, 'eva.ek@boras.se', 'grön soffa på taket');
    const laptop = await login(app, 'eva.ek@boras.se', 'grön soffa på taket');
    const me = (session: { cookie: string }) => app.inject({ url: '/v1/auth/me', headers: { cookie: session.cookie } });
    expect((await me(phone)).statusCode).toBe(200);
    const reset = async (password: string) => {
      const etag = (await app.inject({ url: `/v1/users/${id}`, headers: asAdmin })).headers.etag as string;
      return app.inject({
        method: 'PATCH',
        url: `/v1/users/${id}`,
        headers: { ...asAdmin, 'if-match': etag },
        payload: { password },
      });
    };
    const weak = await reset('evaek1234567');
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].detail).toContain('your name or email');
    expect((await me(phone)).statusCode).toBe(200);

    expect((await reset('sju blanka stenar i ån')).statusCode).toBe(200);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(laptop)).statusCode).toBe(401);
    expect((await me(actors.admin)).statusCode).toBe(200);
    expect((await login(app, 'eva.ek@boras.se', 'sju blanka stenar i ån')).cookie).toMatch(/^vn_session=/);
  });

  it('an admin resetting their own password keeps the session that did it and ends the others', async () => {
    const other = await login(app, 'admin@test.se');
    const current = await login(app, 'admin@test.se');
    const headers = { cookie: current.cookie, 'x-csrf-token': current.csrfToken };
    const me = (await app.inject({ url: '/v1/auth/me', headers })).json().user;
    const etag = (await app.inject({ url: `/v1/users/${me.id}`, headers })).headers.etag as string;
    const reset = await app.inject({
      method: 'PATCH',
      url: `/v1/users/${me.id}`,
      headers: { ...headers, 'if-match': etag },
      payload: { password: 'en helt ny och lång mening' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await app.inject({ url: '/v1/auth/me', headers })).statusCode).toBe(200);
    expect((await app.inject({ url: '/v1/auth/me', headers: { cookie: other.cookie } })).statusCode).toBe(401);
  });

  it('the first admin from ADMIN_PASSWORD must be strong too', async () => {
    await expect(
      ensureFirstAdmin(fresh.database.db, { email: 'forsta@test.se', password: 'password1234' }, false),
    ).rejects.toThrow(/^ADMIN_PASSWORD is too easy to guess: it is built on a commonly used password/);
  });
});
