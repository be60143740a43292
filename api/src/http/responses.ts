import Type, { type TSchema } from 'typebox';
import { problemResponses } from '../lib/problems.ts';
import { idOf } from '../lib/ref.ts';

type Named = TSchema | string;
const refTo = (schema: Named) => Type.Ref(idOf(schema));

/** Responses of a public read: the representation, 304 for a current ETag, and the problems it may answer. */
export function readResponses(schemaId: string, ...problems: number[]) {
  return {
    200: Type.Ref(schemaId),
    304: { description: 'Not modified: the `If-None-Match` ETag is still current.', type: 'null' },
    ...problemResponses(...problems, 406, 500),
  };
}

/**
 * The responses of the common writes; `problems` replaces the usual problem statuses where a route
 * answers others (401 and 403 are added by the auth plugin from the route's access rule).
 */
export const createResponses = (created: Named, problems = [400, 406, 409, 415, 422, 500]) => ({
  201: refTo(created),
  ...problemResponses(...problems),
});

export const changeResponses = (changed: Named, problems = [400, 404, 406, 409, 412, 415, 422, 428, 500]) => ({
  200: refTo(changed),
  ...problemResponses(...problems),
});

export const deleteResponses = (problems = [400, 404, 406, 409, 412, 428, 500]) => ({
  204: { description: 'Deleted.', type: 'null' },
  ...problemResponses(...problems),
});
