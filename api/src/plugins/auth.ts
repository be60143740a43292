import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { apiKeyLookup } from '../access/api-keys.ts';
import { type AccessRule, describeAccess, type Principal } from '../access/principal.ts';
import { outsideScope } from '../access/scope.ts';
import { findLiveSession, touchSession } from '../access/sessions.ts';
import type { Config } from '../config.ts';
import { documentProblem, HttpProblem } from '../lib/problems.ts';
import { CREDENTIAL_PARAMETERS } from '../lib/redact.ts';
import { tokenHash } from '../lib/tokens.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    principal: Principal;
  }
  interface FastifyInstance {
    apiKeys: ReturnType<typeof apiKeyLookup>;
    /** Every route with its access rule, as registered: what the access tests are generated from. */
    accessRules: { method: string; url: string; access: AccessRule }[];
  }
}

export const SESSION_COOKIE = 'vn_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ANONYMOUS: Principal = { kind: 'anonymous' };

function parseCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Finds out who is calling (a session cookie or an API key), refuses credentials where they must not
 * be, and enforces each route's declared access rule. A state-changing route without a rule stops the
 * app from starting.
 */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    const keys = apiKeyLookup(app.db, config.apiKeyCacheSeconds);
    app.decorate('apiKeys', keys);
    app.decorateRequest('principal', null as never);

    const table: { method: string; url: string; access: AccessRule }[] = [];
    app.decorate('accessRules', table);
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const changesState = methods.some((method) => !SAFE_METHODS.has(method));
      const rule = route.config?.access ?? (changesState ? undefined : 'public');
      if (!rule) throw new Error(`${methods.join(',')} ${route.url} declares no access rule (config.access)`);
      route.config = { ...route.config, access: rule };
      for (const method of methods) if (method !== 'HEAD') table.push({ method, url: route.url, access: rule });
      if (route.schema && !route.schema.hide) {
        const schema = route.schema as { description?: string; security?: unknown[] };
        schema.description = `${schema.description ?? ''}\n\n**Who may call:** ${describeAccess(rule)}`.trim();
        // Public routes need no credentials (`security: []`, so references show no lock), though a key
        // raises the rate limit; the others need a key or a session.
        schema.security =
          rule === 'public'
            ? []
            : rule === 'identified' || rule === 'key_or_admin'
              ? [{ apiKey: [] }, { session: [] }]
              : rule === 'supplier'
                ? [{ apiKey: [] }]
                : [{ session: [] }];
        documentProblem(route.schema, 401);
        if (rule !== 'public') documentProblem(route.schema, 403);
      }
    });

    /** A credential in the query string ends up in logs and caches, so it is refused outright. */
    function credentialInQuery(request: FastifyRequest): HttpProblem | undefined {
      const query = request.query as Record<string, unknown> | undefined;
      const leaked = CREDENTIAL_PARAMETERS.find((name) => query?.[name] !== undefined);
      if (!leaked) return undefined;
      return new HttpProblem(
        400,
        `Credentials never go in the query string (it ends up in logs): send the key as "Authorization: Bearer <key>"`,
        { errors: [{ pointer: `/query/${leaked}`, detail: 'credentials are not accepted in the query string' }] },
      );
    }

    /** Finds out who is calling; a request without credentials never gets here. */
    async function identify(request: FastifyRequest) {
      const authorization = request.headers.authorization;
      if (authorization !== undefined) {
        const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(authorization);
        const client = match ? await keys.find(tokenHash(match[1] as string)) : null;
        if (!client)
          throw new HttpProblem(401, 'The API key is not valid or has been revoked', {
            headers: { 'www-authenticate': 'Bearer' },
          });
        request.principal = client;
        keys.used(client, (err) => request.log.warn({ err }, 'could not record lastUsedAt'));
        return;
      }
      const token = parseCookie(request.headers.cookie, SESSION_COOKIE);
      if (token) {
        const hash = tokenHash(token);
        const idleSince = new Date(Date.now() - config.session.idleMinutes * 60_000);
        const session = await findLiveSession(app.db, hash, idleSince);
        if (!session) return; // An expired or unknown session is simply no session.
        const { user } = session;
        request.principal = {
          kind: 'user',
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          scope: { association: user.scopeAssociationSlug, municipality: user.scopeMunicipalityCode },
          csrfToken: session.csrfToken,
          sessionHash: hash,
          expiresAt: session.expiresAt,
        };
        // The idle clock restarts at most once a minute, not on every request.
        if (session.lastSeenAt.getTime() < Date.now() - 60_000) await touchSession(app.db, hash);
      }
    }

    app.addHook('onRequest', (request, _reply, done) => {
      request.principal = ANONYMOUS;
      // Most requests are anonymous reads: they take no promise and no lookup.
      const leaked = credentialInQuery(request);
      if (leaked) return done(leaked);
      const { authorization, cookie } = request.headers;
      if (authorization === undefined && cookie === undefined) return done();
      // A key seen in the last moments is known without a promise either.
      const bearer = authorization?.startsWith('Bearer ') ? keys.cached(tokenHash(authorization.slice(7))) : undefined;
      if (bearer) {
        request.principal = bearer;
        keys.used(bearer, (err) => request.log.warn({ err }, 'could not record lastUsedAt'));
        return done();
      }
      identify(request).then(() => done(), done);
    });

    app.addHook('preHandler', async (request: FastifyRequest) => {
      const rule = request.routeOptions.config.access ?? 'public';
      const principal = request.principal;
      // Public routes (such as sign-in) do not act on the session, so they need no CSRF token.
      if (principal.kind === 'user' && rule !== 'public' && !SAFE_METHODS.has(request.method)) {
        if (request.headers['x-csrf-token'] !== principal.csrfToken) {
          throw new HttpProblem(
            403,
            'The X-CSRF-Token header is missing or wrong; read the token from GET /v1/auth/me',
          );
        }
      }
      if (rule === 'public') return;
      if (principal.kind === 'anonymous') {
        if (rule === 'identified' || rule === 'supplier' || rule === 'key_or_admin') {
          throw new HttpProblem(401, 'This needs an API key (Authorization: Bearer <key>) or a session', {
            headers: { 'www-authenticate': 'Bearer' },
          });
        }
        throw new HttpProblem(401, 'Sign in first: this needs a session (POST /v1/auth/login)');
      }
      if (rule === 'identified') return;
      if (rule === 'supplier') {
        if (principal.kind === 'api_client' && principal.clientKind === 'supplier') return;
        throw new HttpProblem(403, "Only a supplier's API key may do this");
      }
      if (rule === 'key_or_admin') {
        if (principal.kind === 'api_client' || principal.role === 'admin') return;
        throw new HttpProblem(403, 'Only an API key (for what it owns) or an admin may do this');
      }
      if (principal.kind === 'api_client')
        throw new HttpProblem(403, 'API keys may not do this; it needs a signed-in user');
      if (rule === 'signed_in' || principal.role === 'admin') return;
      if (rule === 'admin') throw new HttpProblem(403, 'Only admins may do this');
      const outside = await outsideScope(app.db, principal.scope, rule, request);
      if (outside) throw new HttpProblem(403, outside);
    });
  },
  { name: 'auth', dependencies: ['problem-details'] },
);
