import { HttpProblem } from '../../lib/problems.ts';

/**
 * Where a reader of the feed has got to: the last event it was given, as its transaction and position
 * (the feed's order) and when it occurred (to tell a cursor past the retention period). Opaque to
 * clients: base64url of `transaction.position.milliseconds`.
 */
export interface Cursor {
  transactionId: number;
  position: number;
  occurredAt: number;
}

export const START: Cursor = { transactionId: 0, position: 0, occurredAt: 0 };

export const encodeCursor = (cursor: Cursor) =>
  Buffer.from(`${cursor.transactionId}.${cursor.position}.${cursor.occurredAt}`).toString('base64url');

export function decodeCursor(text: string): Cursor {
  const match = /^([0-9]{1,18})\.([0-9]{1,18})\.([0-9]{1,15})$/.exec(Buffer.from(text, 'base64url').toString());
  if (!match) {
    throw new HttpProblem(400, 'The cursor is not one this feed gave out', {
      type: 'validation',
      title: 'Invalid request',
      errors: [{ pointer: '/query/after', detail: 'must be the `next` of an earlier answer' }],
    });
  }
  return { transactionId: Number(match[1]), position: Number(match[2]), occurredAt: Number(match[3]) };
}

/** Whether `a` comes after `b` in the feed. */
export const isAfter = (a: Cursor, b: Cursor) =>
  a.transactionId > b.transactionId || (a.transactionId === b.transactionId && a.position > b.position);
