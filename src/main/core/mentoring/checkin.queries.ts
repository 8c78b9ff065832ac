import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { CheckIn, checkInInput } from '../../../shared/contract/mentoring';
import { syncFollowUp } from './follow-up.queries';

/**
 * Staff check-ins with the mentor after meetings (the toolkit's regular telephone contact). The
 * check-in itself keeps no concern flag: a concern lives as the follow-up it raised.
 */
type CheckInFields = z.output<typeof checkInInput>;

const CHECKIN_SQL = `
  SELECT k.id, k.match_id AS matchId, k.on_date AS onDate, k.method, k.feeling, k.how_it_went AS howItWent,
         EXISTS (SELECT 1 FROM concern_follow_up f
                  WHERE f.match_id = k.match_id AND f.source = 'checkin' AND f.source_id = k.id) AS concern,
         coalesce(a.display_name, 'A former member of staff') AS recordedByName, k.recorded_at AS recordedAt
    FROM mentor_checkin k
    LEFT JOIN account a ON a.id = k.recorded_by`;

type CheckInRow = Omit<CheckIn, 'concern'> & { concern: number };
const toCheckIn = (r: CheckInRow): CheckIn => ({ ...r, concern: !!r.concern });

export async function insertCheckIn(
  em: EntityManager,
  f: CheckInFields,
  actor: string,
  now: Date,
): Promise<CheckIn> {
  const id = randomUUID();
  await em.query(
    `INSERT INTO mentor_checkin (id, match_id, on_date, method, feeling, how_it_went, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, f.matchId, f.onDate, f.method, f.feeling, f.howItWent, actor, now.toISOString()],
  );
  await syncFollowUp(
    em,
    {
      matchId: f.matchId,
      source: 'checkin',
      sourceId: id,
      concern: f.concern,
      note: f.concernNote,
      onDate: f.onDate,
      isNew: true,
    },
    now,
  );
  const [row] = (await em.query(`${CHECKIN_SQL} WHERE k.id = ?`, [id])) as CheckInRow[];
  return toCheckIn(row!);
}

/** Newest first. */
export async function listCheckIns(em: EntityManager, matchId: string): Promise<{ items: CheckIn[] }> {
  const rows = (await em.query(
    `${CHECKIN_SQL} WHERE k.match_id = ? ORDER BY k.on_date DESC, k.recorded_at DESC, k.id`,
    [matchId],
  )) as CheckInRow[];
  return { items: rows.map(toCheckIn) };
}
