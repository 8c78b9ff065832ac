import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type { ContactEntry, contactFields } from '../../../shared/contract/contacts';

/** All SQL for the staff contact log. Raw queries: the log is read each time a mentee's page opens. */
type Fields = z.output<typeof contactFields>;

const ENTRY_SQL = `
  SELECT c.id, c.mentee_id AS menteeId, c.on_date AS onDate, c.with_whom AS withWhom, c.method,
         c.nature, c.outcome, coalesce(a.display_name, 'A former member of staff') AS recordedByName,
         c.recorded_at AS recordedAt
    FROM mentee_contact c
    LEFT JOIN account a ON a.id = c.recorded_by`;

export async function assertMenteeExists(em: EntityManager, menteeId: string): Promise<void> {
  const found = (await em.query('SELECT 1 FROM mentee WHERE id = ?', [menteeId])) as unknown[];
  if (!found.length) throw new CoreError('NOT_FOUND', 'That mentee’s record no longer exists.');
}

/** Newest first; contacts on the same day in the order they were recorded, latest first. */
export async function listContacts(em: EntityManager, menteeId: string): Promise<{ items: ContactEntry[] }> {
  const items = (await em.query(
    `${ENTRY_SQL} WHERE c.mentee_id = ? ORDER BY c.on_date DESC, c.recorded_at DESC, c.id`,
    [menteeId],
  )) as ContactEntry[];
  return { items };
}

async function getContact(em: EntityManager, id: string): Promise<ContactEntry> {
  const rows = (await em.query(`${ENTRY_SQL} WHERE c.id = ?`, [id])) as ContactEntry[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That contact is no longer in the log.');
  return rows[0];
}

/** A contact cannot be dated after today (the UK calendar day of the call). */
export function assertNotFuture(onDate: string, today: string): void {
  if (onDate > today)
    throw new CoreError('VALIDATION', 'A contact cannot be in the future.', {
      fieldErrors: { onDate: 'The date of the contact cannot be in the future.' },
    });
}

export async function insertContact(
  em: EntityManager,
  fields: Fields,
  recordedBy: string,
  now: Date,
): Promise<ContactEntry> {
  const id = randomUUID();
  await em.query(
    `INSERT INTO mentee_contact (id, mentee_id, on_date, with_whom, method, nature, outcome, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      fields.menteeId,
      fields.onDate,
      fields.withWhom,
      fields.method,
      fields.nature,
      fields.outcome,
      recordedBy,
      now.toISOString(),
    ],
  );
  return getContact(em, id);
}

/** Corrects the details; who recorded it and when stay as they were. */
export async function updateContact(em: EntityManager, id: string, fields: Fields): Promise<ContactEntry> {
  const found = (await em.query('SELECT mentee_id AS menteeId FROM mentee_contact WHERE id = ?', [id])) as {
    menteeId: string;
  }[];
  // A contact belongs to the mentee named in the call: the scope was checked against that mentee.
  if (found[0]?.menteeId !== fields.menteeId)
    throw new CoreError('NOT_FOUND', 'That contact is no longer in the log.');
  await em.query(
    `UPDATE mentee_contact SET on_date = ?, with_whom = ?, method = ?, nature = ?, outcome = ? WHERE id = ?`,
    [fields.onDate, fields.withWhom, fields.method, fields.nature, fields.outcome, id],
  );
  return getContact(em, id);
}
