import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changeRoute, getRoute } from '../../http/routes.ts';
import { found } from '../../lib/problems.ts';
import { findBodyResponse } from './repository.ts';
import { ConsultationResponseInput, PublicBodyConsultationResponse, PublicBodyResponseParams } from './schemas.ts';
import { createOperatorModelService } from './service.ts';

/** The answers of the public bodies a model consults, beside the municipalities' (consultation.ts). */
export const publicBodyResponseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Operator models'];
  const models = createOperatorModelService({ db: app.db });

  getRoute(
    app,
    '/operator-models/:slug/responses/public-bodies/:publicBody',
    {
      operationId: 'getPublicBodyConsultationResponse',
      tags,
      summary: "Get a public body's consultation response",
      description: 'One consulted public body’s response (remissvar), with the ETag to change it by.',
      params: PublicBodyResponseParams,
      representation: 'PublicBodyConsultationResponse',
    },
    async ({ slug, publicBody }) =>
      found(
        await findBodyResponse(app.db, slug, publicBody),
        `${publicBody} has not answered the consultation on ${slug}`,
      ),
  );

  changeRoute(
    app,
    '/operator-models/:slug/responses/public-bodies/:publicBody',
    {
      method: 'PUT',
      access: { scope: 'public_body', param: 'publicBody' },
      operationId: 'putPublicBodyConsultationResponse',
      tags,
      summary: 'Answer the consultation on an operator model for a public body',
      description:
        'A consulted public body in your scope (a region, a cooperation body, GITS) answers while the model is out for ' +
        'consultation. Replacing an answer needs If-Match.',
      params: PublicBodyResponseParams,
      body: ConsultationResponseInput,
      changed: PublicBodyConsultationResponse,
      problems: [400, 404, 406, 409, 412, 415, 428, 500],
    },
    (actor, { slug, publicBody }, body, precondition) =>
      models.putPublicBodyResponse(actor, slug, publicBody, body, precondition),
  );
};
