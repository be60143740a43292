import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Precondition } from '../changes/context.ts';
import { etagOf } from '../plugins/etag.ts';

/** Who makes the change a request asks for. */
export const actorOf = (request: FastifyRequest): Actor => ({ principal: request.principal, requestId: request.id });

// One schema object per id, so Fastify compiles each serializer once and reuses it.
const references: Record<string, { $ref: string }> = {};

/**
 * The request's If-Match / If-None-Match, with the ETag of a representation computed exactly as a GET
 * of it computes it: serialised with the response schema `schemaId`, then hashed.
 */
export function preconditionOf(request: FastifyRequest, reply: FastifyReply, schemaId: string): Precondition {
  references[schemaId] ??= { $ref: schemaId };
  return {
    ifMatch: request.headers['if-match'],
    ifNoneMatch: request.headers['if-none-match'],
    etagOf: (representation) => {
      const serialize = reply.compileSerializationSchema(references[schemaId] as { $ref: string });
      return etagOf(serialize(representation as Record<string, unknown>));
    },
  };
}

/** Answers 201 with the new resource's Location and representation. */
export function sendCreated<T>(reply: FastifyReply, location: string, created: T): T {
  reply.code(201).header('location', location);
  return created;
}

/** Answers 204 after a deletion. */
export const sendDeleted = (reply: FastifyReply) => reply.code(204).send(null);
