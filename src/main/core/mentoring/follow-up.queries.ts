import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { FollowUp, FollowUpSource } from '../../../shared/contract/mentoring';
import { CoreError } from '../../../shared/errors';
import { addDays } from '../../../shared/mentors/dates';
import { MENTEE_NAME_SQL } from '../mentees/mentee.queries';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';
import { readSettings } from '../settings/settings.service';
import type { ScopeSubject } from '../policy/scope';
import { caseworkSql } from './casework.scope';

/**
 * Concern follow-ups: a concern flagged on a session or a check-in becomes a task for the
 * caseworker, due a set number of days later (the programme's `concernFollowUpDays`). The row
 * follows its source: corrected with it, removed with it while still open, kept once done.
 */

/** Creates, moves or removes the open follow-up of one source record to match its concern flag. */
export async function syncFollowUp(
  em: EntityManager,
  args: {
    matchId: string;
    source: FollowUpSource;
    sourceId: string;
    concern: boolean;
    note: string;
    onDate: string;
    /** A record just inserted has no follow-up yet: without a concern there is nothing to look up. */
    isNew: boolean;
  },
  now: Date,
): Promise<void> {
  if (args.isNew && !args.concern) return;
  // Through the match's index: a match has a handful of follow-ups, the programme thousands.
  const [open] = (await em.query(
    `SELECT id FROM concern_follow_up
      WHERE match_id = ? AND source = ? AND source_id = ? AND done_on IS NULL`,
    [args.matchId, args.source, args.sourceId],
  )) as { id: string }[];
  if (!args.concern) {
    if (open) await em.query(`DELETE FROM concern_follow_up WHERE id = ?`, [open.id]);
    return;
  }
  const { thresholds } = await readSettings(em);
  const dueOn = addDays(args.onDate, thresholds.concernFollowUpDays);
  if (open) {
    await em.query(`UPDATE concern_follow_up SET raised_on = ?, due_on = ?, note = ? WHERE id = ?`, [
      args.onDate,
      dueOn,
      args.note,
      open.id,
    ]);
    return;
  }
  // A concern already followed up stays done; flagging it again on the same record raises a new one
  // only if none was ever raised for it.
  const [done] = (await em.query(
    `SELECT 1 FROM concern_follow_up WHERE match_id = ? AND source = ? AND source_id = ?`,
    [args.matchId, args.source, args.sourceId],
  )) as unknown[];
  if (done) return;
  await em.query(
    `INSERT INTO concern_follow_up (id, match_id, source, source_id, raised_on, due_on, note, outcome, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)`,
    [
      randomUUID(),
      args.matchId,
      args.source,
      args.sourceId,
      args.onDate,
      dueOn,
      args.note,
      now.toISOString(),
    ],
  );
}

/** When a source record is removed, its open follow-up goes too; a done one stays as history. */
export async function removeOpenFollowUp(
  em: EntityManager,
  matchId: string,
  source: FollowUpSource,
  sourceId: string,
): Promise<void> {
  await em.query(
    `DELETE FROM concern_follow_up WHERE match_id = ? AND source = ? AND source_id = ? AND done_on IS NULL`,
    [matchId, source, sourceId],
  );
}

const FOLLOW_UP_SQL = `
  SELECT f.id, f.match_id AS matchId, x.reference AS matchReference,
         ${MENTEE_NAME_SQL('m')} AS menteeName, ${DISPLAY_NAME_SQL('r')} AS mentorName,
         f.source, f.raised_on AS raisedOn, f.due_on AS dueOn, f.note, f.due_on < ? AS overdue,
         f.done_on AS doneOn
    FROM concern_follow_up f
    JOIN match x ON x.id = f.match_id
    JOIN mentee m ON m.id = x.mentee_id
    JOIN mentor r ON r.id = x.mentor_id`;

type FollowUpRow = Omit<FollowUp, 'overdue'> & { overdue: number; doneOn: string | null };
const toFollowUp = ({ doneOn: _done, ...r }: FollowUpRow): FollowUp => ({ ...r, overdue: !!r.overdue });

/** Open follow-ups, for one match or for every match in the caller's casework; overdue (earliest due) first. */
export async function listFollowUps(
  em: EntityManager,
  matchId: string | undefined,
  subject: ScopeSubject,
  today: string,
): Promise<{ items: FollowUp[] }> {
  const visible = caseworkSql(subject, 'x');
  const where = ['f.done_on IS NULL', visible.sql];
  const params: unknown[] = [today, ...visible.params];
  if (matchId) {
    where.push('f.match_id = ?');
    params.push(matchId);
  }
  const rows = (await em.query(
    `${FOLLOW_UP_SQL} WHERE ${where.join(' AND ')} ORDER BY f.due_on, f.raised_on, f.id`,
    params,
  )) as FollowUpRow[];
  return { items: rows.map(toFollowUp) };
}

export async function followUpMatchId(em: EntityManager, id: string): Promise<string> {
  const [row] = (await em.query(`SELECT match_id AS matchId FROM concern_follow_up WHERE id = ?`, [id])) as {
    matchId: string;
  }[];
  if (!row) throw new CoreError('NOT_FOUND', 'That follow-up no longer exists.');
  return row.matchId;
}

export async function completeFollowUp(
  em: EntityManager,
  input: { id: string; onDate: string; outcome: string },
  actor: string,
  today: string,
): Promise<FollowUp & { doneOn: string }> {
  const [row] = (await em.query(
    `SELECT raised_on AS raisedOn, done_on AS doneOn FROM concern_follow_up WHERE id = ?`,
    [input.id],
  )) as { raisedOn: string; doneOn: string | null }[];
  if (!row) throw new CoreError('NOT_FOUND', 'That follow-up no longer exists.');
  if (row.doneOn) throw new CoreError('CONFLICT', 'That follow-up has already been marked done.');
  if (input.onDate > today || input.onDate < row.raisedOn)
    throw new CoreError('VALIDATION', 'Check the date it was done.', {
      fieldErrors: {
        onDate:
          input.onDate > today
            ? 'The date cannot be in the future.'
            : 'The date is before the concern was raised.',
      },
    });
  await em.query(`UPDATE concern_follow_up SET done_on = ?, done_by = ?, outcome = ? WHERE id = ?`, [
    input.onDate,
    actor,
    input.outcome,
    input.id,
  ]);
  const [saved] = (await em.query(`${FOLLOW_UP_SQL} WHERE f.id = ?`, [today, input.id])) as FollowUpRow[];
  return { ...toFollowUp(saved!), doneOn: input.onDate };
}
