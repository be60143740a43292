import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyContextConfig,
  FastifyRequest,
  FastifySchema,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
} from 'fastify';
import type { TSchema } from 'typebox';
import type { AccessRule } from '../access/principal.ts';
import type { Actor, Precondition } from '../changes/context.ts';
import { idOf, ref } from '../lib/ref.ts';
import { actorOf, preconditionOf, sendCreated, sendDeleted } from './changes.ts';
import { sendPage } from './lists.ts';
import { changeResponses, createResponses, deleteResponses, readResponses } from './responses.ts';

/** The app a route plugin is given, with TypeBox inferring requests from their schemas. */
type App = Parameters<FastifyPluginAsyncTypebox>[0];

/**
 * What a request with schema `S` carries, as TypeBox infers it in a handler (for a generic schema,
 * `Static<S>` would not be seen as the same type).
 */
type Inferred<S extends FastifySchema> = FastifyRequest<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  S,
  TypeBoxTypeProvider
>;

/** A component schema, or the name it is registered under. */
type Named = TSchema | string;

/** What the OpenAPI document says of an operation. */
interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
}

/** A read: its config (`public: true`, or the access rule) as the route's. */
interface Read extends Operation {
  config?: FastifyContextConfig;
}

/** A change of one resource: who may make it, and the problems it answers where they are not the usual ones. */
interface Change extends Operation {
  access: AccessRule;
  problems?: number[];
}

/**
 * GET of a list (of what the keys in `params` name, if any): `list` reads the page the query asks for
 * (its `limit`, `offset` and `count`), answered as the page representation `page` with its Link header;
 * `problems` are those beside 406 and 500.
 */
export function listRoute<Q extends TSchema, T, P extends TSchema = TSchema>(
  app: App,
  path: string,
  {
    config,
    params,
    querystring,
    page,
    problems = [400],
    ...operation
  }: Read & {
    params?: P;
    querystring: Q;
    page: string;
    problems?: number[];
  },
  list: (
    query: Inferred<{ querystring: Q }>['query'],
    request: FastifyRequest,
    params: Inferred<{ params: P }>['params'],
  ) => Promise<Listed<T>>,
) {
  app.get(
    path,
    { config, schema: { ...operation, ...keysOf(params), querystring, response: readResponses(page, ...problems) } },
    async (request, reply) => {
      const { items, total } = await list(request.query, request, request.params);
      return sendPage(request, reply, items, total, pagingOf(request.query));
    },
  );
}

/** What a list read answers: the page's items, and the total when the query asked for it. */
interface Listed<T> {
  items: T[];
  total?: number;
}

/**
 * A route's `params` schema, left out when its path has no keys: Fastify warns (FSTWRN001) about a
 * schema part that is present but undefined. Typed as present, so a route with keys keeps the request
 * type they infer.
 */
function keysOf<P extends TSchema>(params: P | undefined): { params: P } {
  return (params === undefined ? {} : { params }) as { params: P };
}

/** The `limit` and `offset` every list query has (lib/lists.ts), read where the query's type is generic. */
function pagingOf(query: unknown): { limit: number; offset: number } {
  if (typeof query === 'object' && query !== null && 'limit' in query && 'offset' in query) {
    const { limit, offset } = query;
    if (typeof limit === 'number' && typeof offset === 'number') return { limit, offset };
  }
  throw new Error('A list query has a numeric limit and offset');
}

/**
 * GET of one resource by the key in its path: `find` answers the representation `representation`
 * or throws (`found(…)`, a 404 problem), and a current ETag answers 304.
 */
export function getRoute<P extends TSchema, T>(
  app: App,
  path: string,
  { config, params, representation, ...operation }: Read & { params: P; representation: Named },
  find: (params: Inferred<{ params: P }>['params'], request: FastifyRequest) => Promise<T>,
) {
  app.get(
    path,
    { config, schema: { ...operation, params, response: readResponses(idOf(representation), 400, 404) } },
    (request) => find(request.params, request),
  );
}

/**
 * POST that creates a resource (under the one whose keys `params` names, if any): 201 with the Location
 * `locationOf` names and the new representation.
 */
export function createRoute<B extends TSchema, T, P extends TSchema = TSchema>(
  app: App,
  path: string,
  { access, problems, params, body, created, ...operation }: Change & { params?: P; body: B; created: Named },
  create: (actor: Actor, body: Inferred<{ body: B }>['body'], params: Inferred<{ params: P }>['params']) => Promise<T>,
  locationOf: (created: T, params: Inferred<{ params: P }>['params']) => string,
) {
  app.post(
    path,
    {
      config: { access },
      schema: { ...operation, ...keysOf(params), body: ref(body), response: createResponses(created, problems) },
    },
    async (request, reply) => {
      const representation = await create(actorOf(request), request.body, request.params);
      return sendCreated(reply, locationOf(representation, request.params), representation);
    },
  );
}

/**
 * PATCH (or PUT) of one resource by the keys in its path, under If-Match: answers the representation
 * `changed` as it now is; the precondition names its ETag as a GET of it does.
 */
export function changeRoute<P extends TSchema, B extends TSchema, T>(
  app: App,
  path: string,
  {
    method = 'PATCH',
    access,
    problems,
    params,
    body,
    changed,
    ...operation
  }: Change & {
    method?: 'PATCH' | 'PUT';
    params: P;
    body: B;
    changed: Named;
  },
  change: (
    actor: Actor,
    params: Inferred<{ params: P }>['params'],
    body: Inferred<{ body: B }>['body'],
    precondition: Precondition,
  ) => Promise<T>,
) {
  app.route({
    method,
    url: path,
    config: { access },
    schema: { ...operation, params, body: ref(body), response: changeResponses(changed, problems) },
    handler: (request, reply) =>
      change(actorOf(request), request.params, request.body, preconditionOf(request, reply, idOf(changed))),
  });
}

/**
 * DELETE by the keys in its path, under If-Match: of a resource (`deleted`, the representation the ETag is
 * of), answering 204; or of a part of one (a member, a co-owner: `changed`), answering that resource as it
 * now is.
 */
export function deleteRoute<P extends TSchema>(
  app: App,
  path: string,
  {
    access,
    problems,
    params,
    deleted,
    changed,
    ...operation
  }: Change & { params: P } & ({ deleted: Named; changed?: undefined } | { changed: Named; deleted?: undefined }),
  remove: (actor: Actor, params: Inferred<{ params: P }>['params'], precondition: Precondition) => Promise<unknown>,
) {
  const response = changed ? changeResponses(changed, problems) : deleteResponses(problems);
  app.delete(path, { config: { access }, schema: { ...operation, params, response } }, async (request, reply) => {
    const answer = await remove(
      actorOf(request),
      request.params,
      preconditionOf(request, reply, idOf(changed ?? deleted)),
    );
    return changed ? answer : sendDeleted(reply);
  });
}

/** What a resource's routes say of it once: its tags, the keys in its path and its representation. */
interface Resource<P extends TSchema> {
  tags: string[];
  params: P;
  representation: Named;
}

type Untagged<T> = Omit<T, 'tags'>;

/**
 * The routes of one resource at `path` (its GET, its PATCH or PUT, its DELETE answering 204): its tags,
 * the keys in its path and its representation are declared once, and each route names only what it adds.
 * Each is registered where it is called, in that order; a route of another shape (a DELETE answering the
 * parent, a view under another path) calls getRoute, changeRoute or deleteRoute itself.
 */
export function resourceRoutes<P extends TSchema>(
  app: App,
  path: string,
  { tags, params, representation }: Resource<P>,
) {
  return {
    get<T>(operation: Untagged<Read>, find: Parameters<typeof getRoute<P, T>>[3]) {
      getRoute(app, path, { ...operation, tags, params, representation }, find);
    },
    change<B extends TSchema, T>(
      operation: Untagged<Change> & { method?: 'PATCH' | 'PUT'; body: B },
      change: Parameters<typeof changeRoute<P, B, T>>[3],
    ) {
      changeRoute(app, path, { ...operation, tags, params, changed: representation }, change);
    },
    delete(operation: Untagged<Change>, remove: Parameters<typeof deleteRoute<P>>[3]) {
      deleteRoute(app, path, { ...operation, tags, params, deleted: representation }, remove);
    },
  };
}
