import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { resourceRoutes } from '../../http/routes.ts';
import { found } from '../../lib/problems.ts';
import { findBodyResponse } from './repository.ts';
import { ConsultationResponseInput, PublicBodyConsultationResponse, PublicBodyResponseParams } from './schemas.ts';
import { createOperatorModelService } from './service.ts';

/** The answers of the public bodies a model consults, beside the municipalities' (consultation.ts). */
export const publicBodyResponseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const models = createOperatorModelService({ db: app.db });

  const response = resourceRoutes(app, '/operator-models/:slug/responses/public-bodies/:publicBody', {
    tags: ['Operator models'],
    params: PublicBodyResponseParams,
    representation: PublicBodyConsultationResponse,
  });

  response.get(
    {
      operationId: 'getPublicBodyConsultationResponse',
      summary: "Get a public body's consultation response",
      description: 'One consulted public body’s response (remissvar), with the ETag to change it by.',
    },
    async ({ slug, publicBody }) =>
      found(
        await findBodyResponse(app.db, slug, publicBody),
        `${publicBody} has not answered the consultation on ${slug}`,
      ),
  );

  response.change(
    {
      method: 'PUT',
      access: { scope: 'public_body', param: 'publicBody' },
      operationId: 'putPublicBodyConsultationResponse',
      summary: 'Answer the consultation on an operator model for a public body',
      description:
        'A consulted public body in your scope (a region, a cooperation body, GITS) answers while the model is out for ' +
        'consultation. Replacing an answer needs If-Match.',
      body: ConsultationResponseInput,
      problems: [400, 404, 406, 409, 412, 415, 428, 500],
    },
    (actor, { slug, publicBody }, body, precondition) =>
      models.putPublicBodyResponse(actor, slug, publicBody, body, precondition),
  );
};
