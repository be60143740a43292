import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changeRoute, deleteRoute, getRoute, listRoute } from '../../http/routes.ts';
import { parseSort } from '../../lib/lists.ts';
import { found } from '../../lib/problems.ts';
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
  listRoute(
    app,
    '/associations',
    {
      config: { public: true },
      operationId: 'listAssociations',
      tags: ['Associations'],
      summary: 'List associations',
      description: 'Associations of municipalities with their parent, children and members.',
      querystring: AssociationListQuery,
      page: 'AssociationPage',
    },
    ({ kind, member, updatedSince, sort, limit, offset, count }) =>
      listAssociations(app.db, { kind, member, updatedSince }, parseSort<AssociationSort>(sort), {
        limit,
        offset,
        count,
      }),
  );

  getRoute(
    app,
    '/associations/:slug',
    {
      config: { public: true },
      operationId: 'getAssociation',
      tags: ['Associations'],
      summary: 'Get an association',
      description:
        "One association by its slug, with its members by name. An umbrella's members are those of its children, " +
        'each naming the child it belongs through.',
      params: AssociationParams,
      representation: 'Association',
    },
    async ({ slug }) => found(await findAssociation(app.db, slug), `No association has the slug ${slug}`),
  );
};

export const associationWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const associations = createAssociationService({ db: app.db });

  changeRoute(
    app,
    '/associations/:slug',
    {
      access: { scope: 'association', param: 'slug' },
      operationId: 'updateAssociation',
      tags: ['Associations'],
      summary: 'Change an association',
      description: "Changes the association's website, functional contact mailbox or description.",
      params: AssociationParams,
      body: AssociationChanges,
      changed: Association,
      problems: [400, 401, 403, 404, 406, 412, 415, 428, 429, 500],
    },
    (actor, { slug }, body, precondition) => associations.update(actor, slug, body, precondition),
  );

  changeRoute(
    app,
    '/associations/:slug/members/:code',
    {
      method: 'PUT',
      access: 'admin',
      operationId: 'putAssociationMember',
      tags: ['Associations'],
      summary: 'Add a member',
      description:
        "Makes a municipality a member of the association, or changes since when. Needs If-Match with the association's ETag; " +
        'answers the association as it now is.',
      params: MemberParams,
      body: Membership,
      changed: Association,
      problems: [400, 401, 403, 404, 406, 412, 415, 422, 428, 429, 500],
    },
    (actor, { slug, code }, body, precondition) => associations.putMember(actor, slug, code, body, precondition),
  );

  deleteRoute(
    app,
    '/associations/:slug/members/:code',
    {
      access: 'admin',
      operationId: 'deleteAssociationMember',
      tags: ['Associations'],
      summary: 'Remove a member',
      description:
        "Ends a municipality's membership. Needs If-Match with the association's ETag; answers the association as it now is.",
      params: MemberParams,
      changed: Association,
      problems: [400, 401, 403, 404, 406, 412, 428, 429, 500],
    },
    (actor, { slug, code }, precondition) => associations.removeMember(actor, slug, code, precondition),
  );
};
