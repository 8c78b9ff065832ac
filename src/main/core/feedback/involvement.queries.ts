import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Involvement, InvolvementIndicator, involvementFields } from '../../../shared/contract/feedback';
import { CoreError } from '../../../shared/errors';
import type { InvolvementKind } from '../../../shared/feedback/feedback';
import { involvementYearOf } from '../../../shared/feedback/feedback.rules';
import { DISPLAY_NAME_SQL as NAME_SQL } from '../mentors/mentor.queries';

/** Service-user involvement (standard 30): former mentees helping to run the service. */
type Fields = z.output<typeof involvementFields>;

const fieldError = (field: string, message: string) =>
  new CoreError('VALIDATION', message, { fieldErrors: { [field]: message } });

const SELECT = `SELECT v.id, v.mentee_id AS menteeId, ${NAME_SQL('e')} AS menteeName, e.reference AS menteeReference,
                       v.kind, v.mentor_id AS mentorId, CASE WHEN r.id IS NULL THEN NULL ELSE ${NAME_SQL('r')} END AS mentorName,
                       v.role, v.from_on AS fromOn, v.to_on AS toOn, v.notes
                  FROM service_user_involvement v
                  JOIN mentee e ON e.id = v.mentee_id
                  LEFT JOIN mentor r ON r.id = v.mentor_id`;

export async function getInvolvement(em: EntityManager, id: string): Promise<Involvement> {
  const rows = (await em.query(`${SELECT} WHERE v.id = ?`, [id])) as Involvement[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That involvement record no longer exists.');
  return rows[0];
}

/**
 * This year's indicator: former mentees with an involvement overlapping the financial year, and
 * of them how many became mentors (the same overlap rule as `involvedDuring`, in SQL).
 */
export async function involvementIndicator(em: EntityManager, today: string): Promise<InvolvementIndicator> {
  const year = involvementYearOf(today);
  const [counts] = (await em.query(
    `SELECT count(DISTINCT mentee_id) AS formerMentees,
            count(DISTINCT CASE WHEN kind = 'became_mentor' THEN mentee_id END) AS nowMentors
       FROM service_user_involvement WHERE from_on <= ? AND (to_on IS NULL OR to_on >= ?)`,
    [year.to, year.from],
  )) as [{ formerMentees: number; nowMentors: number }];
  return { ...year, ...counts };
}

export async function listInvolvements(
  em: EntityManager,
  input: { kind?: InvolvementKind; page: number; pageSize: number },
): Promise<{ total: number; items: Involvement[] }> {
  const clause = input.kind ? 'WHERE v.kind = ?' : '';
  const params = input.kind ? [input.kind] : [];
  const [{ total }] = (await em.query(
    `SELECT count(*) AS total FROM service_user_involvement v ${clause}`,
    params,
  )) as [{ total: number }];
  const items = (await em.query(
    `${SELECT} ${clause} ORDER BY v.to_on IS NOT NULL, v.from_on DESC, v.id LIMIT ? OFFSET ?`,
    [...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as Involvement[];
  return { total, items };
}

export async function saveInvolvement(
  em: EntityManager,
  input: Fields,
  accountId: string,
  now: Date,
): Promise<string> {
  const mentee = (await em.query('SELECT 1 FROM mentee WHERE id = ?', [input.menteeId])) as unknown[];
  if (!mentee.length) throw fieldError('menteeId', 'Choose the former mentee from the list.');
  if (input.mentorId) {
    const mentor = (await em.query('SELECT 1 FROM mentor WHERE id = ?', [input.mentorId])) as unknown[];
    if (!mentor.length) throw fieldError('mentorId', 'Choose their mentor record from the list.');
  }
  const at = now.toISOString();
  const values = [
    input.menteeId,
    input.kind,
    input.mentorId,
    input.role,
    input.fromOn,
    input.toOn,
    input.notes,
  ];
  if (input.id) {
    const done = (await em.query(
      `UPDATE service_user_involvement SET mentee_id = ?, kind = ?, mentor_id = ?, role = ?, from_on = ?, to_on = ?,
              notes = ?, updated_at = ? WHERE id = ? RETURNING id`,
      [...values, at, input.id],
    )) as unknown[];
    if (!done.length) throw new CoreError('NOT_FOUND', 'That involvement record no longer exists.');
    return input.id;
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO service_user_involvement (id, mentee_id, kind, mentor_id, role, from_on, to_on, notes,
       recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ...values, accountId, at, at],
  );
  return id;
}
