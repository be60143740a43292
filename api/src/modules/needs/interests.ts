import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { isAdmin } from '../../access/principal.ts';
import { reachCovers, reachOf } from '../../access/scope.ts';
import { readResponses } from '../../http/responses.ts';
import { createRoute } from '../../http/routes.ts';
import { HttpProblem, notFound } from '../../lib/problems.ts';
import { createSupplierInterestService } from './interest-service.ts';
import { findInterest, listInterests } from './repository.ts';
import { NeedParams, NewSupplierInterest, SupplierInterest } from './schemas.ts';
import { visibleNeed } from './visibility.ts';

export const interestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Needs'];
  const interests = createSupplierInterestService({ db: app.db });

  app.get(
    '/needs/:id/interests',
    {
      config: { access: 'identified' },
      schema: {
        operationId: 'listSupplierInterests',
        tags,
        summary: "Suppliers' interest in a need",
        description:
          "A supplier sees its own interest; the need's owners (editors in scope) and admins see every supplier's. " +
          'Integrators and other editors get 403.',
        params: NeedParams,
        response: readResponses('SupplierInterestList', 400, 403, 404),
      },
    },
    async (request) => {
      const { principal } = request;
      const need = await visibleNeed(app.db, principal, request.params.id);
      if (principal.kind === 'api_client') {
        if (principal.clientKind !== 'supplier' || !principal.supplierId) {
          throw new HttpProblem(403, "Supplier interest is seen by the supplier itself, the need's owners and admins");
        }
        return { items: await listInterests(app.db, need.id, principal.supplierId) };
      }
      if (!isAdmin(principal) && !reachCovers(await reachOf(app.db, principal), need.owner)) {
        throw new HttpProblem(403, "Supplier interest is seen by the need's owners and admins");
      }
      return { items: await listInterests(app.db, need.id) };
    },
  );

  createRoute(
    app,
    '/needs/:id/interests',
    {
      access: 'supplier',
      operationId: 'expressSupplierInterest',
      tags,
      summary: 'Express interest in a need',
      description:
        "A supplier says it can help with a published need; only the need's owners and admins see it. One per supplier and need.",
      params: NeedParams,
      body: NewSupplierInterest,
      created: SupplierInterest,
      problems: [400, 404, 406, 409, 415, 500],
    },
    (actor, body, { id }) => interests.express(actor, id, body),
    (interest, { id }) => `/v1/needs/${id}/interests/${interest.id}`,
  );

  app.get(
    '/needs/:id/interests/:interestId',
    {
      config: { access: 'identified' },
      schema: {
        operationId: 'getSupplierInterest',
        tags,
        summary: "Get a supplier's interest",
        description: "One interest: seen by the supplier that expressed it, the need's owners and admins.",
        params: Type.Object(
          { id: Type.String({ format: 'uuid' }), interestId: Type.String({ format: 'uuid' }) },
          { additionalProperties: false },
        ),
        response: readResponses('SupplierInterest', 400, 404),
      },
    },
    async (request) => {
      const { id, interestId } = request.params;
      const { principal } = request;
      const need = await visibleNeed(app.db, principal, id);
      const interest = await findInterest(app.db, interestId);
      const own = principal.kind === 'api_client' && interest?.supplier.id === principal.supplierId;
      const owner = principal.kind === 'user' && reachCovers(await reachOf(app.db, principal), need.owner);
      // Another supplier's interest does not exist for you: the same 404 as for nothing.
      if (!interest || interest.need.id !== need.id || !(own || owner)) {
        throw notFound(`No interest ${interestId} on the need ${id} that you may see`);
      }
      return interest;
    },
  );
};
