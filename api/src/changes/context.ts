import type { Principal } from '../access/principal.ts';

/** Who makes a change and which request carries it: all a service knows of the transport. */
export interface Actor {
  principal: Principal;
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
