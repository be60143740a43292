import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import { isAdmin, visibleStatuses } from '../../access/principal.ts';
import { auditedChange, auditedCreation } from '../../changes/legacy.ts';
import type { Db } from '../../db/client.ts';
import { assertKnown } from '../../db/references.ts';
import { guides, municipalities, technologies } from '../../db/schema/index.ts';
import { sendPage } from '../../http/lists.ts';
import { readResponses } from '../../http/responses.ts';
import { notFound, problemResponses } from '../../lib/problems.ts';
import { publication } from '../../lib/transitions.ts';
import { findGuide, listGuides, setLinks } from './repository.ts';
import { GuideListQuery, GuideParams } from './schemas.ts';

type Status = 'draft' | 'published' | 'archived';
interface GuideBody {
  slug?: string;
  kind?: 'inspiration' | 'guide' | 'evaluation';
  title?: string;
  summary?: string;
  body?: string;
  dimensions?: string[];
  technologies?: string[];
  municipalities?: string[];
  status?: Status;
}

/** Every linked technology and municipality must exist. */
async function assertLinks(db: Db, body: GuideBody) {
  await assertKnown(db, technologies.slug, body.technologies, '/body/technologies', ['technology', 'slug']);
  await assertKnown(db, municipalities.code, body.municipalities, '/body/municipalities', ['municipality', 'code']);
}

const fieldsOf = ({ slug: _s, technologies: _t, municipalities: _m, status: _st, ...fields }: GuideBody) => fields;

export const guideRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];

  app.get(
    '/guides',
    {
      config: { public: true },
      schema: {
        operationId: 'listGuides',
        tags,
        summary: 'List and search guides',
        description: 'Cases to be inspired by, guides to implementing, and aids for evaluating the prerequisites.',
        querystring: GuideListQuery,
        response: readResponses('GuidePage', 400, 403),
      },
    },
    async (request, reply) => {
      const { limit, offset, count, status, ...filter } = request.query;
      const statuses = visibleStatuses(request.principal, status, 'guides');
      const { items, total } = await listGuides(app.db, { ...filter, status: statuses }, { limit, offset, count });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/guides/:slug',
    {
      config: { public: true },
      schema: {
        operationId: 'getGuide',
        tags,
        summary: 'Get a guide',
        description: 'One guide with its Markdown body, technologies and municipalities.',
        params: GuideParams,
        response: readResponses('Guide', 400, 404),
      },
    },
    async (request) => {
      const guide = await findGuide(app.db, request.params.slug);
      if (!guide || (guide.status !== 'published' && !isAdmin(request.principal)))
        throw notFound(`No guide has the slug ${request.params.slug}`);
      return guide;
    },
  );

  app.post(
    '/guides',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createGuide',
        tags,
        summary: 'Create a guide',
        description: 'Adds a guide as a draft.',
        body: Type.Ref('NewGuide'),
        response: { 201: Type.Ref('Guide'), ...problemResponses(400, 406, 409, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const body = request.body as GuideBody & { slug: string };
      return auditedCreation(app, request, reply, {
        entityType: 'guide',
        key: body.slug,
        location: `/v1/guides/${body.slug}`,
        insert: async (tx) => {
          await assertLinks(tx, body);
          await tx
            .insert(guides)
            .values({ ...(fieldsOf(body) as typeof guides.$inferInsert), slug: body.slug, status: 'draft' });
          await setLinks(tx, body.slug, body);
        },
        find: (tx) => findGuide(tx, body.slug),
        taken: { detail: `A guide with the slug ${body.slug} exists already`, pointer: '/body/slug' },
      });
    },
  );

  app.patch(
    '/guides/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'updateGuide',
        tags,
        summary: 'Change a guide',
        description: 'Changes fields or links, or moves it along draft → published → archived. Needs If-Match.',
        params: GuideParams,
        body: Type.Ref('GuideChanges'),
        response: { 200: Type.Ref('Guide'), ...problemResponses(400, 404, 406, 409, 412, 415, 422, 428, 500) },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      const body = request.body as GuideBody;
      return auditedChange(app, request, reply, {
        schemaId: 'Guide',
        entityType: 'guide',
        key: slug,
        action: 'update',
        find: (tx, lock) => findGuide(tx, slug, lock),
        missing: `No guide has the slug ${slug}`,
        apply: async (tx, before) => {
          if (body.status) publication.assert(before.status, body.status, '/body/status');
          await assertLinks(tx, body);
          const firstPublication = body.status === 'published' && before.publishedAt === null;
          await tx
            .update(guides)
            .set({
              ...(fieldsOf(body) as Partial<typeof guides.$inferInsert>),
              ...(body.status ? { status: body.status } : {}),
              ...(firstPublication ? { publishedAt: sql`now()` } : {}),
              updatedAt: sql`now()`,
            })
            .where(eq(guides.slug, slug));
          await setLinks(tx, slug, body);
        },
      });
    },
  );

  app.delete(
    '/guides/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'deleteGuide',
        tags,
        summary: 'Delete a guide',
        description: 'Deletes a guide. Needs If-Match.',
        params: GuideParams,
        response: { 204: { description: 'Deleted.', type: 'null' }, ...problemResponses(400, 404, 406, 412, 428, 500) },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      await auditedChange(app, request, reply, {
        schemaId: 'Guide',
        entityType: 'guide',
        key: slug,
        action: 'delete',
        deletes: true,
        find: (tx, lock) => findGuide(tx, slug, lock),
        missing: `No guide has the slug ${slug}`,
        apply: async (tx) => {
          await tx.delete(guides).where(eq(guides.slug, slug));
        },
      });
      return reply.code(204).send(null);
    },
  );
};
