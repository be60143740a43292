import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Config } from '../../config.ts';
import { createRoute, getRoute, listRoute, resourceRoutes } from '../../http/routes.ts';
import { parseSort } from '../../lib/lists.ts';
import { found } from '../../lib/problems.ts';
import { listSelection } from '../../plugins/csv.ts';
import { procurementCsv } from './csv.ts';
import { ocdsReleasePackage } from './ocds.ts';
import { findProcurement, listProcurements, type ProcurementSort } from './repository.ts';
import { NewProcurement, Procurement, ProcurementChanges, ProcurementListQuery, ProcurementParams } from './schemas.ts';
import { createProcurementService } from './service.ts';

export const procurementRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const ocidPrefix = config.ocidPrefix;
  const tags = ['Procurements'];
  const service = createProcurementService({ db: app.db });
  const procurementOf = async (id: string) =>
    found(await findProcurement(app.db, id), `No procurement has the id ${id}`);

  listRoute(
    app,
    '/procurements',
    {
      config: { csv: procurementCsv },
      operationId: 'listProcurements',
      tags,
      summary: 'List and search procurement collaborations',
      description:
        'Joint procurements with their stage, lead, dates and how many take part. Demo data says `demo: true`. ' +
        "`q` searches title, reference, the lead's name, CPV codes and description, the best matches first " +
        'unless `sort` is given. ' +
        'Each item is a summary; `GET /v1/procurements/{id}` gives the participants, needs, lots and documents.',
      querystring: ProcurementListQuery,
      page: 'ProcurementPage',
    },
    ({ sort, limit, offset, count, ...filter }, request) =>
      listProcurements(
        app.db,
        filter,
        parseSort<ProcurementSort>(sort),
        { limit, offset, count },
        listSelection(request),
      ),
  );

  const procurement = resourceRoutes(app, '/procurements/:id', {
    tags,
    params: ProcurementParams,
    representation: Procurement,
  });

  procurement.get(
    {
      operationId: 'getProcurement',
      summary: 'Get a procurement collaboration',
      description: 'One procurement collaboration with its participants, stage history and linked needs.',
    },
    ({ id }) => procurementOf(id),
  );

  getRoute(
    app,
    '/procurements/:id/ocds',
    {
      operationId: 'getProcurementOcds',
      tags,
      summary: 'A procurement collaboration as OCDS',
      description:
        'The procurement as an OCDS 1.1 release package: parties with roles buyer, procuringEntity and supplier, ' +
        'tender, awards, contracts and related processes.',
      params: ProcurementParams,
      representation: 'OcdsReleasePackage',
    },
    async ({ id }, request) => {
      const procurement = await procurementOf(id);
      const uri = `${request.protocol}://${request.host}/v1/procurements/${procurement.id}/ocds`;
      return ocdsReleasePackage(procurement, ocidPrefix, uri);
    },
  );

  createRoute(
    app,
    '/procurements',
    {
      access: 'admin',
      operationId: 'createProcurement',
      tags,
      summary: 'Create a procurement collaboration',
      description: 'Starts a procurement collaboration in planning.',
      body: NewProcurement,
      created: Procurement,
    },
    (actor, body) => service.create(actor, body),
    (created) => `/v1/procurements/${created.id}`,
  );

  procurement.change(
    {
      access: 'admin',
      operationId: 'updateProcurement',
      summary: 'Change a procurement collaboration',
      description:
        'Changes fields and links, or moves it to the next stage (dated). Entering tender moves its linked needs to ' +
        'in_procurement in the same transaction. Needs If-Match.',
      body: ProcurementChanges,
    },
    (actor, { id }, body, precondition) => service.update(actor, id, body, precondition),
  );

  procurement.delete(
    {
      access: 'admin',
      operationId: 'deleteProcurement',
      summary: 'Delete a procurement collaboration',
      description:
        'Deletes one still in planning (a mistake); later ones are cancelled instead, to keep the record. Needs If-Match.',
    },
    (actor, { id }, precondition) => service.remove(actor, id, precondition),
  );
};
