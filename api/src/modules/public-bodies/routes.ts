import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf, sendCreated, sendDeleted } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, createResponses, deleteResponses, readResponses } from '../../http/responses.ts';
import { parseSort } from '../../lib/lists.ts';
import { found } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { findPublicBody, listPublicBodies, type PublicBodySort } from './repository.ts';
import { NewPublicBody, PublicBody, PublicBodyChanges, PublicBodyListQuery, PublicBodyParams } from './schemas.ts';
import { createPublicBodyService } from './service.ts';

export const publicBodyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Public bodies'];
  const bodies = createPublicBodyService({ db: app.db });

  app.get(
    '/public-bodies',
    {
      config: { public: true },
      schema: {
        operationId: 'listPublicBodies',
        tags,
        summary: 'List and search public bodies',
        description:
          'The regions (one per county) and the cooperation bodies, IT coordination functions and networks that take ' +
          'part beside the municipalities, with whom they serve. `q` searches names, accent-insensitive and typo-tolerant.',
        querystring: PublicBodyListQuery,
        response: readResponses('PublicBodyPage', 400),
      },
    },
    async (request, reply) => {
      const { sort, limit, offset, count, ...filter } = request.query;
      const { items, total } = await listPublicBodies(app.db, filter, parseSort<PublicBodySort>(sort), {
        limit,
        offset,
        count,
      });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/public-bodies/:slug',
    {
      config: { public: true },
      schema: {
        operationId: 'getPublicBody',
        tags,
        summary: 'Get a public body',
        description: 'One public body by its slug.',
        params: PublicBodyParams,
        response: readResponses('PublicBody', 400, 404),
      },
    },
    async (request) =>
      found(await findPublicBody(app.db, request.params.slug), `No public body has the slug ${request.params.slug}`),
  );

  app.post(
    '/public-bodies',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createPublicBody',
        tags,
        summary: 'Add a public body',
        description:
          'Adds a cooperation body, IT coordination function or network; regions come from the reference data.',
        body: ref(NewPublicBody),
        response: createResponses(PublicBody),
      },
    },
    async (request, reply) => {
      const created = await bodies.create(actorOf(request), request.body);
      return sendCreated(reply, `/v1/public-bodies/${created.slug}`, created);
    },
  );

  app.patch(
    '/public-bodies/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'updatePublicBody',
        tags,
        summary: 'Change a public body',
        description:
          "Changes the name (not a region's), short name, website, contact mailbox, description or whom it serves " +
          '(`serves` replaces both lists). Needs If-Match.',
        params: PublicBodyParams,
        body: ref(PublicBodyChanges),
        response: changeResponses(PublicBody),
      },
    },
    (request, reply) =>
      bodies.update(actorOf(request), request.params.slug, request.body, preconditionOf(request, reply, 'PublicBody')),
  );

  app.delete(
    '/public-bodies/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'deletePublicBody',
        tags,
        summary: 'Delete a public body',
        description:
          'Deletes a body that nothing refers to (no need, participation, consultation or editor); never a region. Needs If-Match.',
        params: PublicBodyParams,
        response: deleteResponses(),
      },
    },
    async (request, reply) => {
      await bodies.remove(actorOf(request), request.params.slug, preconditionOf(request, reply, 'PublicBody'));
      return sendDeleted(reply);
    },
  );
};
