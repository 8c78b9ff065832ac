import type { EntityManager } from 'typeorm';
import { missedInARow, type GroupAttendance } from '../../../shared/supervision/supervision';

/**
 * Each mentor's derived supervision facts (`mentor_supervision`): the last individual supervision
 * and the group sessions missed in a row since it. Recomputed for just the mentors a write touches,
 * from their own few rows, in the write's transaction, so the queue never aggregates attendance.
 * The streak is stored whole (not against the flag) so a changed setting applies at once.
 */
export async function refreshMentorSupervision(
  em: EntityManager,
  mentorIds: readonly string[],
  now: Date,
): Promise<void> {
  for (const mentorId of new Set(mentorIds)) {
    const [last] = (await em.query(
      `SELECT max(held_on) AS lastOn FROM supervision_record WHERE mentor_id = ?`,
      [mentorId],
    )) as { lastOn: string | null }[];
    const lastOn = last?.lastOn ?? null;
    const history = (await em.query(
      `SELECT s.held_on AS "on", a.status FROM group_supervision_attendance a
         JOIN group_supervision_session s ON s.id = a.session_id
        WHERE a.mentor_id = ? AND s.status <> 'cancelled'`,
      [mentorId],
    )) as { on: string; status: GroupAttendance }[];
    // The flag is applied when read; 1 here only fills `flaggedOn`, which is not stored.
    const streak = missedInARow(history, 1, lastOn);
    await em.query(
      `INSERT INTO mentor_supervision (mentor_id, last_supervised_on, missed_streak, missed_dates, updated_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (mentor_id) DO UPDATE SET last_supervised_on = excluded.last_supervised_on,
         missed_streak = excluded.missed_streak, missed_dates = excluded.missed_dates, updated_at = excluded.updated_at`,
      [mentorId, lastOn, streak.streak, JSON.stringify(streak.missed), now.toISOString()],
    );
  }
}
