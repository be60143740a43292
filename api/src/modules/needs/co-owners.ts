import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf, sendCreated } from '../../http/changes.ts';
import { changeResponses, createResponses } from '../../http/responses.ts';
import { ref } from '../../lib/ref.ts';
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

  app.post(
    '/needs/:id/co-owners',
    {
      config: { access: { scope: 'municipality', param: 'municipality', in: 'body' } },
      schema: {
        operationId: 'addNeedCoOwner',
        tags,
        summary: 'Say "we have this need too"',
        description:
          "Adds a municipality in your scope as co-owner of another's published need, with its own estimated volume; " +
          'answers the need with its new pooled volume.',
        params: NeedParams,
        body: ref(NewCoOwner),
        response: createResponses(Need, [400, 404, 406, 409, 415, 422, 500]),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const need = await needs.addCoOwner(actorOf(request), id, request.body);
      return sendCreated(reply, `/v1/needs/${id}`, need);
    },
  );

  app.delete(
    '/needs/:id/co-owners/:code',
    {
      config: { access: { scope: 'municipality', param: 'code' } },
      schema: {
        operationId: 'removeNeedCoOwner',
        tags,
        summary: 'Leave a need as co-owner',
        description: "Removes a municipality in your scope from a need's co-owners. Needs If-Match (the need's ETag).",
        params: CoOwnerParams,
        response: changeResponses(Need, [400, 404, 406, 412, 428, 500]),
      },
    },
    (request, reply) => {
      const { id, code } = request.params;
      return needs.removeCoOwner(actorOf(request), id, code, preconditionOf(request, reply, 'Need'));
    },
  );

  app.post(
    '/needs/:id/public-body-co-owners',
    {
      config: { access: { scope: 'public_body', param: 'publicBody', in: 'body' } },
      schema: {
        operationId: 'addNeedPublicBodyCoOwner',
        tags,
        summary: 'Say "we have this need too" for a region',
        description:
          "Adds a region in your scope as co-owner of another's published need, with its own estimated volume, pooled " +
          'like a municipality’s; answers the need with its new pooled volume.',
        params: NeedParams,
        body: ref(NewPublicBodyCoOwner),
        response: createResponses(Need, [400, 404, 406, 409, 415, 422, 500]),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const need = await needs.addPublicBodyCoOwner(actorOf(request), id, request.body);
      return sendCreated(reply, `/v1/needs/${id}`, need);
    },
  );

  app.delete(
    '/needs/:id/public-body-co-owners/:slug',
    {
      config: { access: { scope: 'public_body', param: 'slug' } },
      schema: {
        operationId: 'removeNeedPublicBodyCoOwner',
        tags,
        summary: 'Leave a need as a co-owning region',
        description: "Removes a region in your scope from a need's co-owners. Needs If-Match (the need's ETag).",
        params: PublicBodyCoOwnerParams,
        response: changeResponses(Need, [400, 404, 406, 412, 428, 500]),
      },
    },
    (request, reply) => {
      const { id, slug } = request.params;
      return needs.removePublicBodyCoOwner(actorOf(request), id, slug, preconditionOf(request, reply, 'Need'));
    },
  );
};
