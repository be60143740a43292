import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import { auditedPut } from '../../changes/legacy.ts';
import { municipalities, procurementParticipants, procurements } from '../../db/schema/index.ts';
import { readResponses } from '../../http/responses.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import { findParticipant } from './repository.ts';
import { ParticipantParams } from './schemas.ts';
import { commitments, OPEN_STAGES } from './workflow.ts';

const today = () => new Date().toISOString().slice(0, 10);

export const participantRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Procurements'];

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
      const participant = await findParticipant(app.db, id, code);
      if (!participant) throw notFound(`${code} does not take part in the procurement ${id}`);
      return participant;
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
        body: Type.Ref('ParticipantInput'),
        response: { 200: Type.Ref('Participant'), ...problemResponses(400, 404, 406, 409, 412, 415, 428, 500) },
      },
    },
    async (request, reply) => {
      const { id, code } = request.params;
      const body = request.body as {
        role?: (typeof procurementParticipants.$inferInsert)['role'];
        commitment: (typeof procurementParticipants.$inferInsert)['commitment'] & string;
        estimatedVolume?: number | null;
      };
      return auditedPut(app, request, reply, {
        schemaId: 'Participant',
        entityType: 'procurement_participant',
        key: `${id}/${code}`,
        find: async (tx, lock) => {
          if (lock) {
            const [procurement] = await tx
              .select({ stage: procurements.stage })
              .from(procurements)
              .where(eq(procurements.id, id));
            if (!procurement) throw notFound(`No procurement has the id ${id}`);
            const [municipality] = await tx
              .select({ code: municipalities.code })
              .from(municipalities)
              .where(eq(municipalities.code, code));
            if (!municipality) throw notFound(`No municipality has the code ${code}`);
          }
          return findParticipant(tx, id, code, lock);
        },
        apply: async (tx) => {
          const before = await findParticipant(tx, id, code);
          const [procurement] = await tx
            .select({ stage: procurements.stage })
            .from(procurements)
            .where(eq(procurements.id, id));
          if (procurement && ['expired', 'cancelled'].includes(procurement.stage)) {
            throw new HttpProblem(409, `The procurement is ${procurement.stage}; participation no longer changes`);
          }
          if (!before) {
            if (body.commitment !== 'interested') {
              throw new HttpProblem(409, `A new participant starts as interested, not ${body.commitment}`, {
                errors: [{ pointer: '/body/commitment', detail: 'must be interested for a new participant' }],
              });
            }
            if (procurement && !OPEN_STAGES.includes(procurement.stage)) {
              throw new HttpProblem(
                409,
                `The procurement is in ${procurement.stage}; municipalities join before tender`,
              );
            }
            await tx.insert(procurementParticipants).values({
              procurementId: id,
              municipalityCode: code,
              role: body.role ?? 'participant',
              commitment: 'interested',
              commitmentDates: { interested: today() },
              estimatedVolume: body.estimatedVolume ?? null,
            });
            return;
          }
          commitments.assert(before.commitment, body.commitment, '/body/commitment');
          const moves = body.commitment !== before.commitment;
          await tx
            .update(procurementParticipants)
            .set({
              role: body.role ?? before.role,
              commitment: body.commitment,
              ...(moves ? { commitmentDates: { ...before.commitmentDates, [body.commitment]: today() } } : {}),
              estimatedVolume: body.estimatedVolume === undefined ? before.estimatedVolume : body.estimatedVolume,
              updatedAt: sql`now()`,
            })
            .where(
              and(eq(procurementParticipants.procurementId, id), eq(procurementParticipants.municipalityCode, code)),
            );
        },
      });
    },
  );
};
