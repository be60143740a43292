import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { parseSort, sendPage } from '../../lib/lists.ts';
import { notFound } from '../../lib/problems.ts';
import { readResponses } from '../../lib/responses.ts';
import { type AssociationSort, findAssociation, listAssociations } from './repository.ts';
import { Association, AssociationListQuery, AssociationPage, AssociationParams } from './schemas.ts';

export const associationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(Association);
  app.addSchema(AssociationPage);

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
