import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  ContactDefaults,
  ContactRecord,
  ContactTotals,
  contactInput,
} from '../../../shared/contract/mentoring';
import { CoreError } from '../../../shared/errors';
import type { Phase } from '../../../shared/matching/relationship';
import { readSettings } from '../settings/settings.service';
import { removeOpenFollowUp, syncFollowUp } from './follow-up.queries';

/**
 * Records of contact. The hot path is saving one: an insert, one UPDATE of the match's derived
 * columns that reads only the newest rows through the (match_id, on_date) index, and a follow-up
 * when a concern is flagged, all in the call's one transaction.
 */
export type ContactFields = z.output<typeof contactInput>;

const RECORD_SQL = `
  SELECT c.id, c.match_id AS matchId, c.on_date AS onDate, c.minutes, c.kind, c.place, c.phase,
         c.no_show AS noShow, c.notes, c.actions_agreed AS actionsAgreed,
         c.mentee_feedback AS menteeFeedback, c.concern, c.concern_note AS concernNote,
         c.lead_mentor_attended AS leadMentorAttended,
         coalesce(a.display_name, 'A former member of staff') AS recordedByName, c.recorded_at AS recordedAt
    FROM contact_record c
    LEFT JOIN account a ON a.id = c.recorded_by`;

type RecordRow = Omit<ContactRecord, 'noShow' | 'concern' | 'leadMentorAttended'> & {
  noShow: number;
  concern: number;
  leadMentorAttended: number | null;
};
const toRecord = (r: RecordRow): ContactRecord => ({
  ...r,
  noShow: !!r.noShow,
  concern: !!r.concern,
  leadMentorAttended: r.leadMentorAttended === null ? null : !!r.leadMentorAttended,
});

/**
 * The match's last contact (the newest session that took place) and its no-show streak (no-shows
 * dated after that day; a no-show on the same day as a kept meeting does not count), in one
 * statement. `ORDER BY on_date DESC LIMIT 1` walks the index from the newest row and stops at the
 * first kept session; the count reads only the rows after it. Records dated in the past land in
 * their place by date, so the answer does not depend on the order they were typed in.
 */
export async function recomputeMatchContact(em: EntityManager, matchId: string, now: Date): Promise<void> {
  const latestKept = `(SELECT on_date FROM contact_record WHERE match_id = ? AND no_show = 0
                        ORDER BY on_date DESC LIMIT 1)`;
  await em.query(
    `UPDATE match SET
       last_contact_on = ${latestKept},
       no_show_streak = (SELECT count(*) FROM contact_record
                          WHERE match_id = ? AND no_show = 1 AND on_date > coalesce(${latestKept}, '')),
       updated_at = ?
     WHERE id = ?`,
    [matchId, matchId, matchId, now.toISOString(), matchId],
  );
}

/** No length for a no-show; the gate question is kept only for release-day gate meetings. */
const stored = (f: ContactFields) => ({
  // A session that did not happen has no length, whatever the form still held.
  minutes: f.noShow ? null : f.minutes,
  place: f.place,
  leadMentorAttended: f.kind === 'release_day_gate' ? (f.leadMentorAttended ? 1 : 0) : null,
});

export async function insertContactRecord(
  em: EntityManager,
  f: ContactFields,
  phase: Phase,
  actor: string,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  const at = now.toISOString();
  const s = stored(f);
  await em.query(
    `INSERT INTO contact_record (id, match_id, on_date, minutes, kind, place, phase, no_show, notes,
       actions_agreed, mentee_feedback, concern, concern_note, lead_mentor_attended, recorded_by,
       recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      f.matchId,
      f.onDate,
      s.minutes,
      f.kind,
      s.place,
      phase,
      f.noShow ? 1 : 0,
      f.notes,
      f.actionsAgreed,
      f.menteeFeedback,
      f.concern ? 1 : 0,
      f.concern ? f.concernNote : '',
      s.leadMentorAttended,
      actor,
      at,
      at,
    ],
  );
  await afterChange(em, f, id, now, true);
  return id;
}

async function afterChange(
  em: EntityManager,
  f: ContactFields,
  id: string,
  now: Date,
  isNew = false,
): Promise<void> {
  await recomputeMatchContact(em, f.matchId, now);
  await syncFollowUp(
    em,
    {
      matchId: f.matchId,
      source: 'contact_record',
      sourceId: id,
      concern: f.concern,
      note: f.concernNote,
      onDate: f.onDate,
      isNew,
    },
    now,
  );
}

/** A record belongs to the match named in the call: the scope was checked against that match. */
async function assertRecordOfMatch(em: EntityManager, id: string, matchId: string): Promise<void> {
  const [row] = (await em.query(`SELECT match_id AS matchId FROM contact_record WHERE id = ?`, [id])) as {
    matchId: string;
  }[];
  if (row?.matchId !== matchId) throw new CoreError('NOT_FOUND', 'That session is no longer recorded.');
}

export async function updateContactRecord(
  em: EntityManager,
  id: string,
  f: ContactFields,
  phase: Phase,
  now: Date,
): Promise<void> {
  await assertRecordOfMatch(em, id, f.matchId);
  const s = stored(f);
  await em.query(
    `UPDATE contact_record SET on_date = ?, minutes = ?, kind = ?, place = ?, phase = ?, no_show = ?,
       notes = ?, actions_agreed = ?, mentee_feedback = ?, concern = ?, concern_note = ?,
       lead_mentor_attended = ?, updated_at = ?
     WHERE id = ?`,
    [
      f.onDate,
      s.minutes,
      f.kind,
      s.place,
      phase,
      f.noShow ? 1 : 0,
      f.notes,
      f.actionsAgreed,
      f.menteeFeedback,
      f.concern ? 1 : 0,
      f.concern ? f.concernNote : '',
      s.leadMentorAttended,
      now.toISOString(),
      id,
    ],
  );
  await afterChange(em, f, id, now);
}

export async function deleteContactRecord(
  em: EntityManager,
  matchId: string,
  id: string,
  now: Date,
): Promise<void> {
  await assertRecordOfMatch(em, id, matchId);
  await em.query(`DELETE FROM contact_record WHERE id = ?`, [id]);
  await removeOpenFollowUp(em, matchId, 'contact_record', id);
  await recomputeMatchContact(em, matchId, now);
}

export async function getContactRecord(em: EntityManager, id: string): Promise<ContactRecord> {
  const [row] = (await em.query(`${RECORD_SQL} WHERE c.id = ?`, [id])) as RecordRow[];
  if (!row) throw new CoreError('NOT_FOUND', 'That session is no longer recorded.');
  return toRecord(row);
}

/** Newest first; sessions on the same day in the order they were recorded, latest first. */
export async function listContactRecords(
  em: EntityManager,
  matchId: string,
): Promise<{ items: ContactRecord[]; totals: ContactTotals }> {
  const rows = (await em.query(
    `${RECORD_SQL} WHERE c.match_id = ? ORDER BY c.on_date DESC, c.recorded_at DESC, c.id`,
    [matchId],
  )) as RecordRow[];
  const items = rows.map(toRecord);
  const kept = items.filter((r) => !r.noShow);
  const [match] = (await em.query(
    `SELECT last_contact_on AS lastContactOn, no_show_streak AS noShowStreak FROM match WHERE id = ?`,
    [matchId],
  )) as { lastContactOn: string | null; noShowStreak: number }[];
  return {
    items,
    totals: {
      sessions: kept.length,
      minutes: kept.reduce((sum, r) => sum + (r.minutes ?? 0), 0),
      noShows: items.length - kept.length,
      preRelease: kept.filter((r) => r.phase === 'pre_release').length,
      postRelease: kept.filter((r) => r.phase === 'post_release').length,
      lastContactOn: match?.lastContactOn ?? null,
      noShowStreak: match?.noShowStreak ?? 0,
    },
  };
}

/**
 * Where the next record starts: the last session's kind, place and length (or the agreement's
 * shortest meeting, else the programme's), and the places to offer, this match's own most recent
 * first, then the programme's list in its order.
 */
export async function contactDefaults(
  em: EntityManager,
  matchId: string,
  matchActive: boolean,
): Promise<ContactDefaults> {
  const [last] = (await em.query(
    `SELECT kind, place, minutes FROM contact_record WHERE match_id = ? AND no_show = 0
      ORDER BY on_date DESC, recorded_at DESC LIMIT 1`,
    [matchId],
  )) as { kind: ContactDefaults['kind']; place: string; minutes: number | null }[];
  const recent = (await em.query(
    `SELECT place FROM contact_record WHERE match_id = ? AND place <> ''
      GROUP BY place ORDER BY max(on_date) DESC, max(recorded_at) DESC LIMIT 10`,
    [matchId],
  )) as { place: string }[];
  const list = (await em.query(
    `SELECT name FROM meeting_place WHERE archived = 0 ORDER BY sort_order, name COLLATE NOCASE`,
  )) as { name: string }[];
  let minutes = last?.minutes ?? null;
  if (minutes === null) {
    const [agreement] = (await em.query(
      `SELECT meeting_min_minutes AS min FROM match_agreement WHERE match_id = ?`,
      [matchId],
    )) as { min: number }[];
    minutes = agreement?.min ?? (await readSettings(em)).thresholds.sessionMinMinutes;
  }
  // The release-day gate meeting happens once: what follows it is a meeting in the community.
  const afterGate = last?.kind === 'release_day_gate';
  return {
    matchActive,
    kind: afterGate ? 'community_meeting' : (last?.kind ?? null),
    place: afterGate ? '' : (last?.place ?? ''),
    minutes,
    recentPlaces: recent.map((r) => r.place),
    places: list.map((r) => r.name),
  };
}
