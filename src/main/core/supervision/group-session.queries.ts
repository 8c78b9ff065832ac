import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { GroupSession, GroupSessionFields, RegisterRow } from '../../../shared/contract/supervision';
import { CoreError } from '../../../shared/errors';
import {
  groupSessionDates,
  type GroupAttendance,
  type GroupSessionStatus,
} from '../../../shared/supervision/supervision';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';
import { refreshMentorSupervision } from './supervision-state';

type Fields = Required<Omit<GroupSessionFields, never>> & { venue: string; ledBy: string };

const SESSION_SQL = `SELECT s.id, s.held_on AS heldOn, s.starts_at AS startsAt, s.venue, s.led_by AS ledBy, s.status,
    s.themes, s.attendance_taken AS attendanceTaken,
    (SELECT count(*) FROM group_supervision_attendance a WHERE a.session_id = s.id AND a.status = 'attended') AS attended,
    (SELECT count(*) FROM group_supervision_attendance a WHERE a.session_id = s.id AND a.status = 'apologies') AS apologies,
    (SELECT count(*) FROM group_supervision_attendance a WHERE a.session_id = s.id AND a.status = 'did_not_attend') AS didNotAttend
  FROM group_supervision_session s`;

type SessionDbRow = Omit<GroupSession, 'themes' | 'attendanceTaken'> & {
  themes: string;
  attendanceTaken: number;
};
const toSession = (r: SessionDbRow): GroupSession => ({
  ...r,
  themes: JSON.parse(r.themes) as string[],
  attendanceTaken: !!r.attendanceTaken,
});

const notFound = () => new CoreError('NOT_FOUND', 'That group supervision date is no longer on record.');
const invalid = (field: string, message: string) =>
  new CoreError('VALIDATION', message, { fieldErrors: { [field]: message } });

/** A calendar year's sessions, oldest first: one index range on the day. */
export async function sessionsInYear(em: EntityManager, year: number): Promise<GroupSession[]> {
  const rows = (await em.query(
    `${SESSION_SQL} WHERE s.held_on >= ? AND s.held_on <= ? ORDER BY s.held_on, s.starts_at`,
    [`${year}-01-01`, `${year}-12-31`],
  )) as SessionDbRow[];
  return rows.map(toSession);
}

export async function getSession(em: EntityManager, id: string): Promise<GroupSession> {
  const rows = (await em.query(`${SESSION_SQL} WHERE s.id = ?`, [id])) as SessionDbRow[];
  if (!rows[0]) throw notFound();
  return toSession(rows[0]);
}

async function dayTaken(em: EntityManager, heldOn: string, exceptId: string | null): Promise<boolean> {
  const rows = (await em.query(
    `SELECT 1 FROM group_supervision_session WHERE held_on = ? AND status <> 'cancelled' AND id IS NOT ?`,
    [heldOn, exceptId],
  )) as unknown[];
  return rows.length > 0;
}

/** The year's dates from the first at the programme's interval, skipping days that already hold one. */
export async function scheduleYear(em: EntityManager, f: Fields, weeks: number, now: Date) {
  let created = 0;
  let skipped = 0;
  for (const heldOn of groupSessionDates(f.heldOn, weeks)) {
    if (await dayTaken(em, heldOn, null)) {
      skipped++;
      continue;
    }
    await insertSession(em, { ...f, heldOn }, now);
    created++;
  }
  return { created, skipped };
}

async function insertSession(em: EntityManager, f: Fields, now: Date): Promise<string> {
  const id = randomUUID();
  const at = now.toISOString();
  await em.query(
    `INSERT INTO group_supervision_session (id, held_on, starts_at, venue, led_by, status, themes, attendance_taken,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'planned', '[]', 0, ?, ?)`,
    [id, f.heldOn, f.startsAt, f.venue, f.ledBy, at, at],
  );
  return id;
}

export async function saveSession(em: EntityManager, f: Fields & { id?: string }, now: Date) {
  if (await dayTaken(em, f.heldOn, f.id ?? null))
    throw invalid('heldOn', 'There is already a group supervision on that day.');
  if (!f.id) return getSession(em, await insertSession(em, f, now));
  const before = await getSession(em, f.id);
  if (before.attendanceTaken && before.heldOn !== f.heldOn)
    throw new CoreError('CONFLICT', 'Attendance has been taken for this session, so its date cannot move.');
  await em.query(
    `UPDATE group_supervision_session SET held_on = ?, starts_at = ?, venue = ?, led_by = ?, updated_at = ? WHERE id = ?`,
    [f.heldOn, f.startsAt, f.venue, f.ledBy, now.toISOString(), f.id],
  );
  return getSession(em, f.id);
}

export async function setSessionStatus(em: EntityManager, id: string, status: GroupSessionStatus, now: Date) {
  const before = await getSession(em, id);
  if (status === 'cancelled' && before.attendanceTaken)
    throw new CoreError('CONFLICT', 'Attendance has been taken for this session, so it cannot be cancelled.');
  await em.query(`UPDATE group_supervision_session SET status = ?, updated_at = ? WHERE id = ?`, [
    status,
    now.toISOString(),
    id,
  ]);
  return getSession(em, id);
}

/**
 * The register: ready and matched mentors (on hold and everyone else left out) plus anyone
 * already marked, so a mentor who has since gone on hold keeps their mark.
 */
export async function sessionRegister(em: EntityManager, id: string): Promise<RegisterRow[]> {
  return (await em.query(
    `SELECT m.id AS mentorId, ${DISPLAY_NAME_SQL('m')} AS mentorName, m.stage, a.status
       FROM mentor m LEFT JOIN group_supervision_attendance a ON a.mentor_id = m.id AND a.session_id = ?
      WHERE m.stage IN ('ready', 'matched') OR a.status IS NOT NULL
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id`,
    [id],
  )) as RegisterRow[];
}

export async function recordAttendance(
  em: EntityManager,
  id: string,
  marks: { mentorId: string; status: GroupAttendance }[],
  themes: string[],
  today: string,
  now: Date,
): Promise<GroupSession> {
  const session = await getSession(em, id);
  if (session.status === 'cancelled')
    throw new CoreError('CONFLICT', 'This session was cancelled, so there is no attendance to record.');
  if (session.heldOn > today)
    throw invalid('marks', 'Attendance can be recorded once the session has happened.');
  const allowed = new Set((await sessionRegister(em, id)).map((r) => r.mentorId));
  if (marks.some((m) => !allowed.has(m.mentorId)))
    throw invalid('marks', 'Only ready and matched mentors can be marked on the register.');
  const before = (await em.query(
    `SELECT mentor_id AS mentorId FROM group_supervision_attendance WHERE session_id = ?`,
    [id],
  )) as { mentorId: string }[];
  await em.query(`DELETE FROM group_supervision_attendance WHERE session_id = ?`, [id]);
  for (const m of marks)
    await em.query(
      `INSERT INTO group_supervision_attendance (id, session_id, mentor_id, status) VALUES (?, ?, ?, ?)`,
      [randomUUID(), id, m.mentorId, m.status],
    );
  await em.query(
    `UPDATE group_supervision_session SET themes = ?, attendance_taken = 1, updated_at = ? WHERE id = ?`,
    [JSON.stringify(themes), now.toISOString(), id],
  );
  await refreshMentorSupervision(
    em,
    [...before.map((b) => b.mentorId), ...marks.map((m) => m.mentorId)],
    now,
  );
  return getSession(em, id);
}
