import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf } from '../../http/changes.ts';
import { changeResponses, readResponses } from '../../http/responses.ts';
import { found } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { findBodyResponse } from './repository.ts';
import { ConsultationResponseInput, PublicBodyConsultationResponse, PublicBodyResponseParams } from './schemas.ts';
import { createOperatorModelService } from './service.ts';

/** The answers of the public bodies a model consults, beside the municipalities' (consultation.ts). */
export const publicBodyResponseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Operator models'];
  const models = createOperatorModelService({ db: app.db });

  app.get(
    '/operator-models/:slug/responses/public-bodies/:publicBody',
    {
      schema: {
        operationId: 'getPublicBodyConsultationResponse',
        tags,
        summary: "Get a public body's consultation response",
        description: 'One consulted public body’s response (remissvar), with the ETag to change it by.',
        params: PublicBodyResponseParams,
        response: readResponses('PublicBodyConsultationResponse', 400, 404),
      },
    },
    async (request) => {
      const { slug, publicBody } = request.params;
      return found(
        await findBodyResponse(app.db, slug, publicBody),
        `${publicBody} has not answered the consultation on ${slug}`,
      );
    },
  );

  app.put(
    '/operator-models/:slug/responses/public-bodies/:publicBody',
    {
      config: { access: { scope: 'public_body', param: 'publicBody' } },
      schema: {
        operationId: 'putPublicBodyConsultationResponse',
        tags,
        summary: 'Answer the consultation on an operator model for a public body',
        description:
          'A consulted public body in your scope (a region, a cooperation body, GITS) answers while the model is out for ' +
          'consultation. Replacing an answer needs If-Match.',
        params: PublicBodyResponseParams,
        body: ref(ConsultationResponseInput),
        response: changeResponses(PublicBodyConsultationResponse, [400, 404, 406, 409, 412, 415, 428, 500]),
      },
    },
    (request, reply) => {
      const { slug, publicBody } = request.params;
      const precondition = preconditionOf(request, reply, 'PublicBodyConsultationResponse');
      return models.putPublicBodyResponse(actorOf(request), slug, publicBody, request.body, precondition);
    },
  );
};
