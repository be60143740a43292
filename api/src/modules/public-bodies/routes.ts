import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createRoute, listRoute, resourceRoutes } from '../../http/routes.ts';
import { parseSort } from '../../lib/lists.ts';
import { found } from '../../lib/problems.ts';
import { findPublicBody, listPublicBodies, type PublicBodySort } from './repository.ts';
import { NewPublicBody, PublicBody, PublicBodyChanges, PublicBodyListQuery, PublicBodyParams } from './schemas.ts';
import { createPublicBodyService } from './service.ts';

export const publicBodyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Public bodies'];
  const bodies = createPublicBodyService({ db: app.db });

  listRoute(
    app,
    '/public-bodies',
    {
      config: { public: true },
      operationId: 'listPublicBodies',
      tags,
      summary: 'List and search public bodies',
      description:
        'The regions (one per county) and the cooperation bodies, IT coordination functions and networks that take ' +
        'part beside the municipalities, with whom they serve. `q` searches names, accent-insensitive and typo-tolerant.',
      querystring: PublicBodyListQuery,
      page: 'PublicBodyPage',
    },
    ({ sort, limit, offset, count, ...filter }) =>
      listPublicBodies(app.db, filter, parseSort<PublicBodySort>(sort), { limit, offset, count }),
  );

  const publicBody = resourceRoutes(app, '/public-bodies/:slug', {
    tags,
    params: PublicBodyParams,
    representation: PublicBody,
  });

  publicBody.get(
    {
      config: { public: true },
      operationId: 'getPublicBody',
      summary: 'Get a public body',
      description: 'One public body by its slug.',
    },
    async ({ slug }) => found(await findPublicBody(app.db, slug), `No public body has the slug ${slug}`),
  );

  createRoute(
    app,
    '/public-bodies',
    {
      access: 'admin',
      operationId: 'createPublicBody',
      tags,
      summary: 'Add a public body',
      description:
        'Adds a cooperation body, IT coordination function or network; regions come from the reference data.',
      body: NewPublicBody,
      created: PublicBody,
    },
    (actor, body) => bodies.create(actor, body),
    (created) => `/v1/public-bodies/${created.slug}`,
  );

  publicBody.change(
    {
      access: 'admin',
      operationId: 'updatePublicBody',
      summary: 'Change a public body',
      description:
        "Changes the name (not a region's), short name, website, contact mailbox, description or whom it serves " +
        '(`serves` replaces both lists). Needs If-Match.',
      body: PublicBodyChanges,
    },
    (actor, { slug }, body, precondition) => bodies.update(actor, slug, body, precondition),
  );

  publicBody.delete(
    {
      access: 'admin',
      operationId: 'deletePublicBody',
      summary: 'Delete a public body',
      description:
        'Deletes a body that nothing refers to (no need, participation, consultation or editor); never a region. Needs If-Match.',
    },
    (actor, { slug }, precondition) => bodies.remove(actor, slug, precondition),
  );
};
