import Type from 'typebox';
import { problemResponses } from './problems.ts';

/** Responses of a public read: the representation, 304 for a current ETag, and the problems it may answer. */
export function readResponses(schemaId: string, ...problems: number[]) {
  return {
    200: Type.Ref(schemaId),
    304: { description: 'Not modified: the `If-None-Match` ETag is still current.', type: 'null' },
    ...problemResponses(...problems, 406, 500),
  };
}
