import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq } from 'drizzle-orm';
import Type from 'typebox';
import type { Db } from '../../db/client.ts';
import { municipalities, technologies } from '../../db/schema/index.ts';
import { auditedChange, auditedPut } from '../../lib/changes.ts';
import { sendPage } from '../../lib/lists.ts';
import { notFound, problemResponses } from '../../lib/problems.ts';
import { readResponses } from '../../lib/responses.ts';
import { TechnologyParams } from '../technologies/schemas.ts';
import { adoptionCsv } from './csv.ts';
import { adoptionMap, deleteAdoption, findAdoption, listAdoptions, putAdoption } from './repository.ts';
import { AdoptionListQuery, AdoptionParams } from './schemas.ts';

/** The municipality must exist and the technology be published before anything is recorded about them. */
async function assertSubjects(db: Db, code: string, technology: string) {
  const [municipality] = await db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.code, code));
  if (!municipality) throw notFound(`No municipality has the code ${code}`);
  const [row] = await db
    .select({ status: technologies.status })
    .from(technologies)
    .where(eq(technologies.slug, technology));
  if (!row || row.status === 'draft') throw notFound(`No technology has the slug ${technology}`);
}

export const adoptionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];
  const scoped = { access: { scope: 'municipality' as const, param: 'code' } };

  app.get(
    '/adoptions',
    {
      config: { public: true, csv: adoptionCsv },
      schema: {
        operationId: 'listAdoptions',
        tags,
        summary: 'List adoptions',
        description:
          'Which municipalities use which technologies, and how far they have come. Demo data says `demo: true`.',
        querystring: AdoptionListQuery,
        response: readResponses('AdoptionPage', 400),
      },
    },
    async (request, reply) => {
      const { limit, offset, count, ...filter } = request.query;
      const { items, total } = await listAdoptions(app.db, filter, { limit, offset, count });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/technologies/:slug/adoption-map',
    {
      config: { public: true },
      schema: {
        operationId: 'getAdoptionMap',
        tags,
        summary: 'Adoption map of a technology',
        description: 'Every municipality with its status for the technology, `none` where nothing is recorded.',
        params: TechnologyParams,
        response: readResponses('AdoptionMap', 400, 404),
      },
    },
    async (request) => {
      const [technology] = await app.db
        .select({ slug: technologies.slug, name: technologies.name, status: technologies.status })
        .from(technologies)
        .where(eq(technologies.slug, request.params.slug));
      if (!technology || technology.status === 'draft')
        throw notFound(`No technology has the slug ${request.params.slug}`);
      return {
        technology: { slug: technology.slug, name: technology.name },
        municipalities: await adoptionMap(app.db, technology.slug),
      };
    },
  );

  app.get(
    '/municipalities/:code/adoptions/:technology',
    {
      config: { public: true },
      schema: {
        operationId: 'getAdoption',
        tags,
        summary: "Get a municipality's adoption of a technology",
        description: 'One adoption, with the ETag to change it by.',
        params: AdoptionParams,
        response: readResponses('Adoption', 400, 404),
      },
    },
    async (request) => {
      const adoption = await findAdoption(app.db, request.params.code, request.params.technology);
      if (!adoption)
        throw notFound(`Municipality ${request.params.code} has recorded nothing about ${request.params.technology}`);
      return adoption;
    },
  );

  app.put(
    '/municipalities/:code/adoptions/:technology',
    {
      config: scoped,
      schema: {
        operationId: 'putAdoption',
        tags,
        summary: 'Record an adoption',
        description:
          "Creates or replaces a municipality's adoption of a published technology. Replacing needs If-Match.",
        params: AdoptionParams,
        body: Type.Ref('AdoptionInput'),
        response: { 200: Type.Ref('Adoption'), ...problemResponses(400, 404, 406, 412, 415, 428, 500) },
      },
    },
    async (request, reply) => {
      const { code, technology } = request.params;
      return auditedPut(app, request, reply, {
        schemaId: 'Adoption',
        entityType: 'adoption',
        key: `${code}/${technology}`,
        find: async (tx, lock) => {
          if (lock) await assertSubjects(tx, code, technology);
          return findAdoption(tx, code, technology, lock);
        },
        apply: (tx) => putAdoption(tx, code, technology, request.body as object),
      });
    },
  );

  app.delete(
    '/municipalities/:code/adoptions/:technology',
    {
      config: scoped,
      schema: {
        operationId: 'deleteAdoption',
        tags,
        summary: 'Remove an adoption',
        description: 'Removes what a municipality recorded about a technology. Needs If-Match.',
        params: AdoptionParams,
        response: { 204: { description: 'Removed.', type: 'null' }, ...problemResponses(400, 404, 406, 412, 428, 500) },
      },
    },
    async (request, reply) => {
      const { code, technology } = request.params;
      await auditedChange(app, request, reply, {
        schemaId: 'Adoption',
        entityType: 'adoption',
        key: `${code}/${technology}`,
        action: 'delete',
        deletes: true,
        find: (tx, lock) => findAdoption(tx, code, technology, lock),
        missing: `Municipality ${code} has recorded nothing about ${technology}`,
        apply: (tx) => deleteAdoption(tx, code, technology),
      });
      return reply.code(204).send(null);
    },
  );
};
