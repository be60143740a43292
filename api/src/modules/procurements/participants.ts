import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf } from '../../http/changes.ts';
import { changeResponses, readResponses } from '../../http/responses.ts';
import { found } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { createParticipationService } from './participation.ts';
import { findParticipant, findPublicBodyParticipant } from './repository.ts';
import {
  Participant,
  ParticipantInput,
  ParticipantParams,
  PublicBodyParticipant,
  PublicBodyParticipantParams,
} from './schemas.ts';

const STEPS =
  'Joins a procurement (as interested, before tender) or moves the commitment one step: interested → mandate_given ' +
  '(fullmakt) → call_off_registered (avropsanmälan), or withdrawn; each step dated and audited. Replacing needs If-Match.';

export const participantRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Procurements'];
  const service = createParticipationService({ db: app.db });

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
        description: STEPS,
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

  app.get(
    '/procurements/:id/participants/public-bodies/:publicBody',
    {
      schema: {
        operationId: 'getPublicBodyParticipant',
        tags,
        summary: "Get a region's participation",
        description: 'One participating region, with the ETag to change it by.',
        params: PublicBodyParticipantParams,
        response: readResponses('PublicBodyParticipant', 400, 404),
      },
    },
    async (request) => {
      const { id, publicBody } = request.params;
      return found(
        await findPublicBodyParticipant(app.db, id, publicBody),
        `${publicBody} does not take part in the procurement ${id}`,
      );
    },
  );

  app.put(
    '/procurements/:id/participants/public-bodies/:publicBody',
    {
      config: { access: { scope: 'public_body', param: 'publicBody' } },
      schema: {
        operationId: 'putPublicBodyParticipant',
        tags,
        summary: "Record a region's participation",
        description: `A region takes part as a municipality does. ${STEPS}`,
        params: PublicBodyParticipantParams,
        body: ref(ParticipantInput),
        response: changeResponses(PublicBodyParticipant, [400, 404, 406, 409, 412, 415, 422, 428, 500]),
      },
    },
    (request, reply) => {
      const { id, publicBody } = request.params;
      const precondition = preconditionOf(request, reply, 'PublicBodyParticipant');
      return service.putPublicBodyParticipant(actorOf(request), id, publicBody, request.body, precondition);
    },
  );
};
