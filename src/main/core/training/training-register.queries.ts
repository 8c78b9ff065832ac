import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CoreError } from '../../../shared/errors';
import { ukToday } from '../../../shared/mentors/dates';
import { CLOSED_STAGES, type MentorStage } from '../../../shared/mentors/pipeline';
import {
  ON_THE_DAY_STATUSES,
  sessionStillToCome,
  type AttendanceStatus,
} from '../../../shared/mentors/training';
import { formatUkDate } from '../../../shared/uk-date';
import type { WaitingRow } from '../../../shared/contract/training';
import { MENTOR_NAME_SQL, sessionNotFound } from './training-sessions.queries';

/**
 * Invitations, attendance and the waiting list. One attendance row per mentor per session: the
 * invitation becomes "coming", "attended" (with hours) and so on as the session approaches.
 */
interface SessionFacts {
  courseId: string;
  heldOn: string;
  hours: number;
  cancelled: number;
}

async function sessionFacts(em: EntityManager, sessionId: string): Promise<SessionFacts> {
  const [row] = (await em.query(
    'SELECT course_id AS courseId, held_on AS heldOn, hours, cancelled FROM training_session WHERE id = ?',
    [sessionId],
  )) as SessionFacts[];
  if (!row) throw sessionNotFound();
  return row;
}

const cancelledRefusal = () =>
  new CoreError('CONFLICT', 'This session is cancelled: un-cancel it first, or choose another session.');

const CLOSED_REASON: Partial<Record<MentorStage, string>> = {
  left: 'has left the programme',
  not_selected: 'was not selected',
};

/**
 * People who have left or were not selected are not offered training. The stages of those among
 * `mentorIds` who are closed, so the caller can refuse before writing anything; the messages say
 * why without naming anyone.
 */
async function closedStagesOf(em: EntityManager, mentorIds: readonly string[]): Promise<MentorStage[]> {
  const rows = (await em.query(
    `SELECT stage FROM mentor
      WHERE id IN (SELECT value FROM json_each(?)) AND stage IN (SELECT value FROM json_each(?))`,
    [JSON.stringify([...new Set(mentorIds)]), JSON.stringify(CLOSED_STAGES)],
  )) as { stage: MentorStage }[];
  return rows.map((r) => r.stage);
}

const closedReason = (stage: MentorStage) => CLOSED_REASON[stage] ?? 'is no longer in the programme';

async function insertInvitations(
  em: EntityManager,
  sessionId: string,
  mentorIds: readonly string[],
  by: string,
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  let invited = 0;
  for (const mentorId of new Set(mentorIds)) {
    const done = (await em.query(
      `INSERT INTO training_attendance (id, session_id, mentor_id, status, hours_attended, observations, invited_on,
                                        updated_by, created_at, updated_at)
       VALUES (?, ?, ?, 'invited', NULL, '', ?, ?, ?, ?)
       ON CONFLICT (session_id, mentor_id) DO NOTHING RETURNING id`,
      [randomUUID(), sessionId, mentorId, at.slice(0, 10), by, at, at],
    )) as unknown[];
    invited += done.length;
  }
  return invited;
}

export async function invite(
  em: EntityManager,
  sessionId: string,
  mentorIds: readonly string[],
  by: string,
  now: Date,
): Promise<{ invited: number }> {
  const session = await sessionFacts(em, sessionId);
  if (session.cancelled) throw cancelledRefusal();
  const [{ found }] = (await em.query(
    'SELECT count(*) AS found FROM mentor WHERE id IN (SELECT value FROM json_each(?))',
    [JSON.stringify([...new Set(mentorIds)])],
  )) as [{ found: number }];
  if (found !== new Set(mentorIds).size)
    throw new CoreError('VALIDATION', 'One of the chosen mentors no longer exists.', {
      fieldErrors: { mentorIds: 'One of the chosen mentors no longer exists. Search again.' },
    });
  const closed = await closedStagesOf(em, mentorIds);
  if (closed.length) {
    const why =
      new Set(mentorIds).size === 1
        ? `This mentor ${closedReason(closed[0]!)}, so cannot be invited to training.`
        : closed.length === 1
          ? `One of the chosen mentors ${closedReason(closed[0]!)}, so nobody was invited: choose again without them.`
          : `${closed.length} of the chosen mentors have left the programme or were not selected, so nobody was invited: choose again without them.`;
    throw new CoreError('CONFLICT', why, { fieldErrors: { mentorIds: why } });
  }
  return { invited: await insertInvitations(em, sessionId, mentorIds, by, now) };
}

/** Mentors not yet on the register and not closed (left, not selected), the caller's visible ones only. */
export async function invitableMentors(
  em: EntityManager,
  sessionId: string,
  search: string,
  visible: { sql: string; params: unknown[] },
): Promise<{ items: { id: string; name: string; stage: string }[] }> {
  await sessionFacts(em, sessionId);
  const term = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const items = (await em.query(
    `SELECT m.id, ${MENTOR_NAME_SQL('m')} AS name, m.stage
       FROM mentor m
      WHERE m.stage NOT IN (SELECT value FROM json_each(?))
        AND NOT EXISTS (SELECT 1 FROM training_attendance a WHERE a.session_id = ? AND a.mentor_id = m.id)
        AND lower(m.first_name || ' ' || m.preferred_name || ' ' || m.last_name) LIKE ? ESCAPE '\\'
        AND ${visible.sql}
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id
      LIMIT 50`,
    [JSON.stringify(CLOSED_STAGES), sessionId, term, ...visible.params],
  )) as { id: string; name: string; stage: string }[];
  return { items };
}

export async function setAttendance(
  em: EntityManager,
  input: {
    sessionId: string;
    mentorId: string;
    status: AttendanceStatus;
    hoursAttended: number | null;
    observations?: string | undefined;
  },
  by: string,
  now: Date,
): Promise<{ status: AttendanceStatus; hoursAttended: number | null }> {
  const session = await sessionFacts(em, input.sessionId);
  // Who came (or did not) is only known on the day: until then the register holds replies.
  if (ON_THE_DAY_STATUSES.includes(input.status) && sessionStillToCome(session.heldOn, ukToday(now))) {
    const when = formatUkDate(session.heldOn);
    throw new CoreError('VALIDATION', `This session is on ${when}: attendance can be recorded from then.`, {
      fieldErrors: { status: `This session is on ${when}: record who came on or after that day.` },
    });
  }
  const attended = input.status === 'attended';
  if (attended && session.cancelled) throw cancelledRefusal();
  // Hours count only for those who came: by default the whole session, never more than it lasted.
  const hours = attended ? (input.hoursAttended ?? session.hours) : null;
  if (hours !== null && hours > session.hours)
    throw new CoreError('VALIDATION', 'More hours than the session lasted.', {
      fieldErrors: { hoursAttended: `Enter at most ${session.hours} hours: the session’s length.` },
    });
  const done = (await em.query(
    `UPDATE training_attendance
        SET status = ?, hours_attended = ?, observations = coalesce(?, observations), updated_by = ?, updated_at = ?
      WHERE session_id = ? AND mentor_id = ? RETURNING id`,
    [input.status, hours, input.observations ?? null, by, now.toISOString(), input.sessionId, input.mentorId],
  )) as unknown[];
  if (!done.length)
    throw new CoreError('NOT_FOUND', 'That mentor is not on this session’s register. Invite them first.');
  return { status: input.status, hoursAttended: hours };
}

// ---- Waiting list ----------------------------------------------------------------------------

export async function waitingList(em: EntityManager, courseId: string): Promise<{ items: WaitingRow[] }> {
  const items = (await em.query(
    `SELECT m.id, w.id AS waitingId, ${MENTOR_NAME_SQL('m')} AS name, m.stage, w.added_on AS addedOn, w.reason
       FROM training_waiting w JOIN mentor m ON m.id = w.mentor_id
      WHERE w.course_id = ? AND w.placed_session_id IS NULL
      ORDER BY w.added_on, w.created_at, w.id`,
    [courseId],
  )) as WaitingRow[];
  return { items };
}

export async function addToWaitingList(
  em: EntityManager,
  input: { courseId: string; mentorId: string; reason: string },
  now: Date,
): Promise<{ waitingId: string }> {
  const [course] = (await em.query('SELECT 1 AS found FROM training_course WHERE id = ?', [
    input.courseId,
  ])) as unknown[];
  if (!course)
    throw new CoreError('VALIDATION', 'Choose a course from the list.', {
      fieldErrors: { courseId: 'Choose a course from the list.' },
    });
  const [mentor] = (await em.query('SELECT 1 AS found FROM mentor WHERE id = ?', [
    input.mentorId,
  ])) as unknown[];
  if (!mentor) throw new CoreError('NOT_FOUND', 'That mentor no longer exists.');
  const [closed] = await closedStagesOf(em, [input.mentorId]);
  if (closed)
    throw new CoreError(
      'CONFLICT',
      `This mentor ${closedReason(closed)}, so cannot be put on a training waiting list.`,
    );
  const waiting = (await em.query(
    'SELECT 1 FROM training_waiting WHERE course_id = ? AND mentor_id = ? AND placed_session_id IS NULL',
    [input.courseId, input.mentorId],
  )) as unknown[];
  if (waiting.length)
    throw new CoreError('CONFLICT', 'This mentor is already on that course’s waiting list.', {
      fieldErrors: { courseId: 'This mentor is already on that course’s waiting list.' },
    });
  const id = randomUUID();
  const at = now.toISOString();
  await em.query(
    `INSERT INTO training_waiting (id, course_id, mentor_id, added_on, reason, placed_session_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
    [id, input.courseId, input.mentorId, at.slice(0, 10), input.reason, at, at],
  );
  return { waitingId: id };
}

export async function placeFromWaitingList(
  em: EntityManager,
  input: { waitingId: string; sessionId: string },
  by: string,
  now: Date,
): Promise<{ invited: number }> {
  const [entry] = (await em.query(
    'SELECT course_id AS courseId, mentor_id AS mentorId, placed_session_id AS placed FROM training_waiting WHERE id = ?',
    [input.waitingId],
  )) as { courseId: string; mentorId: string; placed: string | null }[];
  if (!entry) throw new CoreError('NOT_FOUND', 'That waiting-list entry no longer exists.');
  if (entry.placed) throw new CoreError('CONFLICT', 'This mentor has already been offered a place.');
  const session = await sessionFacts(em, input.sessionId);
  if (session.courseId !== entry.courseId)
    throw new CoreError('VALIDATION', 'Choose a session of the course they are waiting for.', {
      fieldErrors: { sessionId: 'Choose a session of the course they are waiting for.' },
    });
  if (session.cancelled) throw cancelledRefusal();
  const [closed] = await closedStagesOf(em, [entry.mentorId]);
  if (closed)
    throw new CoreError(
      'CONFLICT',
      `This mentor ${closedReason(closed)}, so cannot be offered a place on training.`,
    );
  const invited = await insertInvitations(em, input.sessionId, [entry.mentorId], by, now);
  await em.query('UPDATE training_waiting SET placed_session_id = ?, updated_at = ? WHERE id = ?', [
    input.sessionId,
    now.toISOString(),
    input.waitingId,
  ]);
  return { invited };
}
