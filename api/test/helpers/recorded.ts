import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { auditEvents, domainEvents } from '../../src/db/schema/index.ts';

/** A request id to send as `x-request-id`, so what the request wrote can be found by it. */
export const requestId = () => `test-${randomUUID()}`;

/** The audit events and domain events a request wrote, in the order written. */
export async function recordedBy(db: Db, id: string) {
  const audit = await db.select().from(auditEvents).where(eq(auditEvents.requestId, id));
  const events = await db
    .select()
    .from(domainEvents)
    .where(eq(domainEvents.requestId, id))
    .orderBy(asc(domainEvents.position));
  return { audit, events, types: events.map((event) => event.type) };
}

/**
 * Makes writing a domain event about `entityKey` fail in this test's database, the last step of a
 * change: what the change wrote before it must then be rolled back with it.
 */
export async function failEventsAbout(db: Db, entityKey: string) {
  await db.execute(
    sql.raw(`create or replace function test_fail_event() returns trigger language plpgsql as $$
      begin
        if new.entity_key = '${entityKey.replaceAll("'", "''")}' then raise exception 'forced failure'; end if;
        return new;
      end $$`),
  );
  await db.execute(sql`drop trigger if exists test_fail_event on domain_events`);
  await db.execute(
    sql`create trigger test_fail_event before insert on domain_events for each row execute function test_fail_event()`,
  );
}
