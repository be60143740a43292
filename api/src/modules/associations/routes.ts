import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, readResponses } from '../../http/responses.ts';
import { parseSort } from '../../lib/lists.ts';
import { notFound } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { type AssociationSort, findAssociation, listAssociations } from './repository.ts';
import {
  Association,
  AssociationChanges,
  AssociationListQuery,
  AssociationParams,
  MemberParams,
  Membership,
} from './schemas.ts';
import { createAssociationService } from './service.ts';

export const associationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/associations',
    {
      config: { public: true },
      schema: {
        operationId: 'listAssociations',
        tags: ['Associations'],
        summary: 'List associations',
        description: 'Associations of municipalities with their parent, children and members.',
        querystring: AssociationListQuery,
        response: readResponses('AssociationPage', 400),
      },
    },
    async (request, reply) => {
      const { kind, member, updatedSince, sort, limit, offset, count } = request.query;
      const { items, total } = await listAssociations(
        app.db,
        { kind, member, updatedSince },
        parseSort<AssociationSort>(sort),
        { limit, offset, count },
      );
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/associations/:slug',
    {
      config: { public: true },
      schema: {
        operationId: 'getAssociation',
        tags: ['Associations'],
        summary: 'Get an association',
        description:
          "One association by its slug, with its members by name. An umbrella's members are those of its children, " +
          'each naming the child it belongs through.',
        params: AssociationParams,
        response: readResponses('Association', 400, 404),
      },
    },
    async (request) => {
      const association = await findAssociation(app.db, request.params.slug);
      if (!association) throw notFound(`No association has the slug ${request.params.slug}`);
      return association;
    },
  );
};

export const associationWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const associations = createAssociationService({ db: app.db });

  app.patch(
    '/associations/:slug',
    {
      config: { access: { scope: 'association', param: 'slug' } },
      schema: {
        operationId: 'updateAssociation',
        tags: ['Associations'],
        summary: 'Change an association',
        description: "Changes the association's website, functional contact mailbox or description.",
        params: AssociationParams,
        body: ref(AssociationChanges),
        response: changeResponses(Association, [400, 401, 403, 404, 406, 412, 415, 428, 429, 500]),
      },
    },
    (request, reply) =>
      associations.update(
        actorOf(request),
        request.params.slug,
        request.body,
        preconditionOf(request, reply, 'Association'),
      ),
  );

  app.put(
    '/associations/:slug/members/:code',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'putAssociationMember',
        tags: ['Associations'],
        summary: 'Add a member',
        description:
          "Makes a municipality a member of the association, or changes since when. Needs If-Match with the association's ETag; " +
          'answers the association as it now is.',
        params: MemberParams,
        body: ref(Membership),
        response: changeResponses(Association, [400, 401, 403, 404, 406, 412, 415, 422, 428, 429, 500]),
      },
    },
    (request, reply) =>
      associations.putMember(
        actorOf(request),
        request.params.slug,
        request.params.code,
        request.body,
        preconditionOf(request, reply, 'Association'),
      ),
  );

  app.delete(
    '/associations/:slug/members/:code',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'deleteAssociationMember',
        tags: ['Associations'],
        summary: 'Remove a member',
        description:
          "Ends a municipality's membership. Needs If-Match with the association's ETag; answers the association as it now is.",
        params: MemberParams,
        response: changeResponses(Association, [400, 401, 403, 404, 406, 412, 428, 429, 500]),
      },
    },
    (request, reply) =>
      associations.removeMember(
        actorOf(request),
        request.params.slug,
        request.params.code,
        preconditionOf(request, reply, 'Association'),
      ),
  );
};
