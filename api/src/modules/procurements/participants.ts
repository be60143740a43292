import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { resourceRoutes } from '../../http/routes.ts';
import { found } from '../../lib/problems.ts';
import { ONE_ORGANISATION } from '../public-bodies/references.ts';
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

  const participant = resourceRoutes(app, '/procurements/:id/participants/:code', {
    tags,
    params: ParticipantParams,
    representation: Participant,
  });

  participant.get(
    {
      operationId: 'getParticipant',
      summary: "Get a municipality's participation",
      description: 'One participant, with the ETag to change it by.',
    },
    async ({ id, code }) =>
      found(await findParticipant(app.db, id, code), `${code} does not take part in the procurement ${id}`),
  );

  participant.change(
    {
      method: 'PUT',
      access: { scope: 'municipality', param: 'code' },
      operationId: 'putParticipant',
      summary: "Record a municipality's participation",
      description: `${STEPS} ${ONE_ORGANISATION}`,
      body: ParticipantInput,
      problems: [400, 404, 406, 409, 412, 415, 428, 500],
    },
    (actor, { id, code }, body, precondition) => service.putParticipant(actor, id, code, body, precondition),
  );

  const publicBodyParticipant = resourceRoutes(app, '/procurements/:id/participants/public-bodies/:publicBody', {
    tags,
    params: PublicBodyParticipantParams,
    representation: PublicBodyParticipant,
  });

  publicBodyParticipant.get(
    {
      operationId: 'getPublicBodyParticipant',
      summary: "Get a region's participation",
      description: 'One participating region, with the ETag to change it by.',
    },
    async ({ id, publicBody }) =>
      found(
        await findPublicBodyParticipant(app.db, id, publicBody),
        `${publicBody} does not take part in the procurement ${id}`,
      ),
  );

  publicBodyParticipant.change(
    {
      method: 'PUT',
      access: { scope: 'public_body', param: 'publicBody' },
      operationId: 'putPublicBodyParticipant',
      summary: "Record a region's participation",
      description: `A region takes part as a municipality does. ${STEPS} ${ONE_ORGANISATION}`,
      body: ParticipantInput,
      problems: [400, 404, 406, 409, 412, 415, 422, 428, 500],
    },
    (actor, { id, publicBody }, body, precondition) =>
      service.putPublicBodyParticipant(actor, id, publicBody, body, precondition),
  );
};
