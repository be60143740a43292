import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createRoute, deleteRoute } from '../../http/routes.ts';
import { ONE_ORGANISATION } from '../public-bodies/references.ts';
import {
  CoOwnerParams,
  Need,
  NeedParams,
  NewCoOwner,
  NewPublicBodyCoOwner,
  PublicBodyCoOwnerParams,
} from './schemas.ts';
import { createNeedService } from './service.ts';

export const coOwnerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Needs'];
  const needs = createNeedService({ db: app.db });

  createRoute(
    app,
    '/needs/:id/co-owners',
    {
      access: { scope: 'municipality', param: 'municipality', in: 'body' },
      operationId: 'addNeedCoOwner',
      tags,
      summary: 'Say "we have this need too"',
      description:
        "Adds a municipality in your scope as co-owner of another's published need, with its own estimated volume; " +
        `answers the need with its new pooled volume. ${ONE_ORGANISATION}`,
      params: NeedParams,
      body: NewCoOwner,
      created: Need,
      problems: [400, 404, 406, 409, 415, 422, 500],
    },
    (actor, body, { id }) => needs.addCoOwner(actor, id, body),
    (_need, { id }) => `/v1/needs/${id}`,
  );

  deleteRoute(
    app,
    '/needs/:id/co-owners/:code',
    {
      access: { scope: 'municipality', param: 'code' },
      operationId: 'removeNeedCoOwner',
      tags,
      summary: 'Leave a need as co-owner',
      description: "Removes a municipality in your scope from a need's co-owners. Needs If-Match (the need's ETag).",
      params: CoOwnerParams,
      changed: Need,
      problems: [400, 404, 406, 412, 428, 500],
    },
    (actor, { id, code }, precondition) => needs.removeCoOwner(actor, id, code, precondition),
  );

  createRoute(
    app,
    '/needs/:id/public-body-co-owners',
    {
      access: { scope: 'public_body', param: 'publicBody', in: 'body' },
      operationId: 'addNeedPublicBodyCoOwner',
      tags,
      summary: 'Say "we have this need too" for a region',
      description:
        "Adds a region in your scope as co-owner of another's published need, with its own estimated volume, pooled " +
        `like a municipality’s; answers the need with its new pooled volume. ${ONE_ORGANISATION}`,
      params: NeedParams,
      body: NewPublicBodyCoOwner,
      created: Need,
      problems: [400, 404, 406, 409, 415, 422, 500],
    },
    (actor, body, { id }) => needs.addPublicBodyCoOwner(actor, id, body),
    (_need, { id }) => `/v1/needs/${id}`,
  );

  deleteRoute(
    app,
    '/needs/:id/public-body-co-owners/:slug',
    {
      access: { scope: 'public_body', param: 'slug' },
      operationId: 'removeNeedPublicBodyCoOwner',
      tags,
      summary: 'Leave a need as a co-owning region',
      description: "Removes a region in your scope from a need's co-owners. Needs If-Match (the need's ETag).",
      params: PublicBodyCoOwnerParams,
      changed: Need,
      problems: [400, 404, 406, 412, 428, 500],
    },
    (actor, { id, slug }, precondition) => needs.removePublicBodyCoOwner(actor, id, slug, precondition),
  );
};
