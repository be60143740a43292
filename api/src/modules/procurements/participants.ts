import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf } from '../../http/changes.ts';
import { changeResponses, readResponses } from '../../http/responses.ts';
import { found } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { findParticipant } from './repository.ts';
import { Participant, ParticipantInput, ParticipantParams } from './schemas.ts';
import { createProcurementService } from './service.ts';

export const participantRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Procurements'];
  const service = createProcurementService({ db: app.db });

  app.get(
    '/procurements/:id/participants/:code',
    {
      schema: {
        operationId: 'getParticipant',
        tags,
        summary: "Get a municipality's participation",
        description: 'One participant, with the ETag to change it by.',
        params: ParticipantParams,
        response: readResponses('Participant', 400, 404),
      },
    },
    async (request) => {
      const { id, code } = request.params;
      return found(await findParticipant(app.db, id, code), `${code} does not take part in the procurement ${id}`);
    },
  );

  app.put(
    '/procurements/:id/participants/:code',
    {
      config: { access: { scope: 'municipality', param: 'code' } },
      schema: {
        operationId: 'putParticipant',
        tags,
        summary: "Record a municipality's participation",
        description:
          'Joins a procurement (as interested) or moves the commitment one step: interested → mandate_given (fullmakt) → ' +
          'call_off_registered (avropsanmälan), or withdrawn; each step dated and audited. Replacing needs If-Match.',
        params: ParticipantParams,
        body: ref(ParticipantInput),
        response: changeResponses(Participant, [400, 404, 406, 409, 412, 415, 428, 500]),
      },
    },
    (request, reply) => {
      const { id, code } = request.params;
      const precondition = preconditionOf(request, reply, 'Participant');
      return service.putParticipant(actorOf(request), id, code, request.body, precondition);
    },
  );
};
