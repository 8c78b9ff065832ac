import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type { MentorClearance, clearanceInput } from '../../../shared/contract/screening';
import { assertMentor } from './vetting.queries';

/**
 * Prison security clearance: one row per mentor per establishment (the table's UNIQUE), recorded
 * by co-ordinators or by the lead mentor of the mentor's cluster (the scope hook decides who).
 */
/** Establishments that run security clearance. */
export const CLEARANCE_KINDS: readonly string[] = ['prison', 'yoi'];

const CLEARANCE_SQL = `SELECT mc.id, mc.mentor_id AS mentorId, mc.establishment_id AS establishmentId,
  e.name AS establishmentName, c.name AS clusterName, mc.forms_submitted_on AS formsSubmittedOn,
  mc.forms_checked_by AS formsCheckedBy, mc.id_seen_on AS idSeenOn, mc.security_awareness_on AS securityAwarenessOn,
  mc.status, mc.cleared_on AS clearedOn, mc.expires_on AS expiresOn, mc.notes, mc.updated_at AS updatedAt
  FROM mentor_clearance mc
  JOIN establishment e ON e.id = mc.establishment_id
  LEFT JOIN cluster c ON c.id = e.cluster_id`;

export async function listClearances(em: EntityManager, mentorId: string): Promise<MentorClearance[]> {
  return (await em.query(`${CLEARANCE_SQL} WHERE mc.mentor_id = ? ORDER BY e.name COLLATE NOCASE`, [
    mentorId,
  ])) as MentorClearance[];
}

const fieldError = (code: 'VALIDATION' | 'CONFLICT', message: string) =>
  new CoreError(code, message, { fieldErrors: { establishmentId: message } });

export async function saveClearance(
  em: EntityManager,
  input: z.output<typeof clearanceInput>,
  accountId: string | null,
  now: Date,
): Promise<MentorClearance> {
  await assertMentor(em, input.mentorId);
  const [place] = (await em.query('SELECT kind FROM establishment WHERE id = ?', [
    input.establishmentId,
  ])) as {
    kind: string;
  }[];
  if (!place) throw fieldError('VALIDATION', 'Choose an establishment from the list.');
  // Security clearance is a prison's own process; probation offices and venues have none.
  if (!CLEARANCE_KINDS.includes(place.kind))
    throw fieldError('VALIDATION', 'Security clearance is for prisons and young offender institutions only.');
  const clash = (await em.query(
    'SELECT id FROM mentor_clearance WHERE mentor_id = ? AND establishment_id = ? AND id IS NOT ?',
    [input.mentorId, input.establishmentId, input.id ?? null],
  )) as unknown[];
  if (clash.length)
    throw fieldError(
      'CONFLICT',
      'Clearance at that establishment is already recorded: change that one instead.',
    );

  const at = now.toISOString();
  const values = [
    input.establishmentId,
    input.formsSubmittedOn,
    input.formsCheckedBy,
    input.idSeenOn,
    input.securityAwarenessOn,
    input.status,
    input.clearedOn,
    input.expiresOn,
    input.notes,
    accountId ?? '',
  ];
  const columns = [
    'establishment_id',
    'forms_submitted_on',
    'forms_checked_by',
    'id_seen_on',
    'security_awareness_on',
    'status',
    'cleared_on',
    'expires_on',
    'notes',
    'updated_by',
  ];
  let id = input.id;
  if (id) {
    const updated = (await em.query(
      `UPDATE mentor_clearance SET ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = ?
        WHERE id = ? AND mentor_id = ? RETURNING id`,
      [...values, at, id, input.mentorId],
    )) as unknown[];
    if (!updated.length) throw new CoreError('NOT_FOUND', 'That clearance record no longer exists.');
  } else {
    id = randomUUID();
    await em.query(
      `INSERT INTO mentor_clearance (id, mentor_id, ${columns.join(', ')}, created_at, updated_at)
       VALUES (?, ?, ${columns.map(() => '?').join(', ')}, ?, ?)`,
      [id, input.mentorId, ...values, at, at],
    );
  }
  const [row] = (await em.query(`${CLEARANCE_SQL} WHERE mc.id = ?`, [id])) as MentorClearance[];
  return row!;
}
