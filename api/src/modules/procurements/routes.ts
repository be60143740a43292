import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Config } from '../../config.ts';
import { actorOf, preconditionOf, sendCreated, sendDeleted } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, createResponses, deleteResponses, readResponses } from '../../http/responses.ts';
import { parseSort } from '../../lib/lists.ts';
import { found, notFound } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { answersCsv } from '../../plugins/csv.ts';
import { procurementCsv } from './csv.ts';
import { ocdsReleasePackage } from './ocds.ts';
import { findProcurement, listProcurements, type ProcurementSort } from './repository.ts';
import { NewProcurement, Procurement, ProcurementChanges, ProcurementListQuery, ProcurementParams } from './schemas.ts';
import { createProcurementService } from './service.ts';

export const procurementRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const ocidPrefix = config.ocidPrefix;
  const tags = ['Procurements'];
  const service = createProcurementService({ db: app.db });

  app.get(
    '/procurements',
    {
      config: { csv: procurementCsv },
      schema: {
        operationId: 'listProcurements',
        tags,
        summary: 'List and search procurement collaborations',
        description:
          'Joint procurements with their stage, lead, dates and how many take part. Demo data says `demo: true`. ' +
          "`q` searches title, reference, the lead's name, CPV codes and description, the best matches first " +
          'unless `sort` is given. ' +
          'Each item is a summary; `GET /v1/procurements/{id}` gives the participants, needs, lots and documents.',
        querystring: ProcurementListQuery,
        response: readResponses('ProcurementPage', 400),
      },
    },
    async (request, reply) => {
      const { sort, limit, offset, count, ...filter } = request.query;
      const { items, total } = await listProcurements(
        app.db,
        filter,
        sort ? parseSort<ProcurementSort>(sort) : undefined,
        { limit, offset, count },
        answersCsv(request) ? 'spreadsheet' : 'summary',
      );
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/procurements/:id',
    {
      schema: {
        operationId: 'getProcurement',
        tags,
        summary: 'Get a procurement collaboration',
        description: 'One procurement collaboration with its participants, stage history and linked needs.',
        params: ProcurementParams,
        response: readResponses('Procurement', 400, 404),
      },
    },
    async (request) => {
      return found(await findProcurement(app.db, request.params.id), `No procurement has the id ${request.params.id}`);
    },
  );

  app.get(
    '/procurements/:id/ocds',
    {
      schema: {
        operationId: 'getProcurementOcds',
        tags,
        summary: 'A procurement collaboration as OCDS',
        description:
          'The procurement as an OCDS 1.1 release package: parties with roles buyer, procuringEntity and supplier, ' +
          'tender, awards, contracts and related processes.',
        params: ProcurementParams,
        response: readResponses('OcdsReleasePackage', 400, 404),
      },
    },
    async (request) => {
      const procurement = await findProcurement(app.db, request.params.id);
      if (!procurement) throw notFound(`No procurement has the id ${request.params.id}`);
      const uri = `${request.protocol}://${request.host}/v1/procurements/${procurement.id}/ocds`;
      return ocdsReleasePackage(procurement, ocidPrefix, uri);
    },
  );

  app.post(
    '/procurements',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createProcurement',
        tags,
        summary: 'Create a procurement collaboration',
        description: 'Starts a procurement collaboration in planning.',
        body: ref(NewProcurement),
        response: createResponses(Procurement),
      },
    },
    async (request, reply) => {
      const created = await service.create(actorOf(request), request.body);
      return sendCreated(reply, `/v1/procurements/${created.id}`, created);
    },
  );

  app.patch(
    '/procurements/:id',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'updateProcurement',
        tags,
        summary: 'Change a procurement collaboration',
        description:
          'Changes fields and links, or moves it to the next stage (dated). Entering tender moves its linked needs to ' +
          'in_procurement in the same transaction. Needs If-Match.',
        params: ProcurementParams,
        body: ref(ProcurementChanges),
        response: changeResponses(Procurement),
      },
    },
    (request, reply) =>
      service.update(actorOf(request), request.params.id, request.body, preconditionOf(request, reply, 'Procurement')),
  );

  app.delete(
    '/procurements/:id',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'deleteProcurement',
        tags,
        summary: 'Delete a procurement collaboration',
        description:
          'Deletes one still in planning (a mistake); later ones are cancelled instead, to keep the record. Needs If-Match.',
        params: ProcurementParams,
        response: deleteResponses(),
      },
    },
    async (request, reply) => {
      await service.remove(actorOf(request), request.params.id, preconditionOf(request, reply, 'Procurement'));
      return sendDeleted(reply);
    },
  );
};
