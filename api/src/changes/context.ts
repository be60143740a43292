import type { Principal, SystemPrincipal } from '../access/principal.ts';

/**
 * Who makes a change and which request carries it: all a service knows of the transport. Requests
 * act as a `Principal`; the unit of work also takes the system (`Actor<Principal | SystemPrincipal>`).
 */
export interface Actor<P extends Principal | SystemPrincipal = Principal> {
  principal: P;
  requestId: string | null;
}

/**
 * What the client said about the version it changes (`If-Match`, `If-None-Match`), and how to name
 * the ETag of a representation exactly as a GET names it, so the service can compare on the locked row.
 */
export interface Precondition {
  ifMatch: string | undefined;
  ifNoneMatch: string | undefined;
  etagOf(representation: unknown): string;
}

/** Whom the unit of work records a change as: a request's principal or the system. */
export type ChangeActor = Actor<Principal | SystemPrincipal>;
