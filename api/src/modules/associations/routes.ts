import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { auditedChange } from '../../changes/legacy.ts';
import type { Db } from '../../db/client.ts';
import { associations, municipalities } from '../../db/schema/index.ts';
import { sendPage } from '../../http/lists.ts';
import { readResponses } from '../../http/responses.ts';
import type { ContactChanges } from '../../lib/contact-fields.ts';
import { parseSort } from '../../lib/lists.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import {
  type AssociationSort,
  findAssociation,
  listAssociations,
  lockAssociation,
  putMember,
  removeMember,
  updateAssociation,
} from './repository.ts';
import { AssociationListQuery, AssociationParams, MemberParams } from './schemas.ts';

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

interface MemberBody {
  since?: string | null;
}

export const associationWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** A change to an association, in one transaction, checked against If-Match and audited. */
  async function change(
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    action: 'update' | 'add_member' | 'remove_member',
    apply: (tx: Db) => Promise<void>,
  ) {
    return auditedChange(app, request, reply, {
      schemaId: 'Association',
      entityType: 'association',
      key: slug,
      action,
      find: async (tx, lock) => (lock && !(await lockAssociation(tx, slug)) ? undefined : findAssociation(tx, slug)),
      missing: `No association has the slug ${slug}`,
      apply,
    });
  }

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
        body: Type.Ref('AssociationChanges'),
        response: {
          200: Type.Ref('Association'),
          ...problemResponses(400, 401, 403, 404, 406, 412, 415, 428, 429, 500),
        },
      },
    },
    async (request, reply) =>
      change(request, reply, request.params.slug, 'update', (tx) =>
        updateAssociation(tx, request.params.slug, request.body as ContactChanges),
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
        body: Type.Ref('Membership'),
        response: {
          200: Type.Ref('Association'),
          ...problemResponses(400, 401, 403, 404, 406, 412, 415, 422, 428, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const { slug, code } = request.params;
      return change(request, reply, slug, 'add_member', async (tx) => {
        const [municipality] = await tx.select().from(municipalities).where(eq(municipalities.code, code));
        if (!municipality) throw notFound(`No municipality has the code ${code}`);
        const [association] = await tx.select().from(associations).where(eq(associations.slug, slug));
        if (association?.kind === 'umbrella') {
          throw new HttpProblem(422, `${slug} is an umbrella: its members are those of its child associations`, {
            errors: [{ pointer: '/path/slug', detail: 'is an umbrella association' }],
          });
        }
        await putMember(tx, slug, code, (request.body as MemberBody | undefined)?.since ?? null);
      });
    },
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
        response: { 200: Type.Ref('Association'), ...problemResponses(400, 401, 403, 404, 406, 412, 428, 429, 500) },
      },
    },
    async (request, reply) => {
      const { slug, code } = request.params;
      return change(request, reply, slug, 'remove_member', async (tx) => {
        if (!(await removeMember(tx, slug, code))) throw notFound(`Municipality ${code} is not a member of ${slug}`);
      });
    },
  );
};
