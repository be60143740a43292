import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changeRoute, createRoute, deleteRoute, getRoute, listRoute } from '../../http/routes.ts';
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

  getRoute(
    app,
    '/public-bodies/:slug',
    {
      config: { public: true },
      operationId: 'getPublicBody',
      tags,
      summary: 'Get a public body',
      description: 'One public body by its slug.',
      params: PublicBodyParams,
      representation: 'PublicBody',
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

  changeRoute(
    app,
    '/public-bodies/:slug',
    {
      access: 'admin',
      operationId: 'updatePublicBody',
      tags,
      summary: 'Change a public body',
      description:
        "Changes the name (not a region's), short name, website, contact mailbox, description or whom it serves " +
        '(`serves` replaces both lists). Needs If-Match.',
      params: PublicBodyParams,
      body: PublicBodyChanges,
      changed: PublicBody,
    },
    (actor, { slug }, body, precondition) => bodies.update(actor, slug, body, precondition),
  );

  deleteRoute(
    app,
    '/public-bodies/:slug',
    {
      access: 'admin',
      operationId: 'deletePublicBody',
      tags,
      summary: 'Delete a public body',
      description:
        'Deletes a body that nothing refers to (no need, participation, consultation or editor); never a region. Needs If-Match.',
      params: PublicBodyParams,
      deleted: PublicBody,
    },
    (actor, { slug }, precondition) => bodies.remove(actor, slug, precondition),
  );
};
