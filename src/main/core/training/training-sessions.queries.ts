import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  RegisterRow,
  TrainingCourse,
  TrainingSessionDetail,
  TrainingSessionRow,
  courseFields,
  sessionFields,
  trainingChannels,
} from '../../../shared/contract/training';
import { ukToday } from '../../../shared/mentors/dates';
import { ON_THE_DAY_STATUSES, sessionStillToCome, type CourseKind } from '../../../shared/mentors/training';

/**
 * Courses and sessions: raw SQL with explicit columns. The register list is read far more than it
 * is written, so its counts come from one grouped sub-select rather than a query per session.
 */
type SessionInput = z.output<typeof sessionFields>;
type ListInput = z.output<(typeof trainingChannels)['sessions']['input']>;
type SavedCourse = z.output<typeof courseFields>;

export const sessionNotFound = () => new CoreError('NOT_FOUND', 'That training session no longer exists.');
const courseNotFound = () => new CoreError('NOT_FOUND', 'That training course no longer exists.');

/** A mentor's name as the register shows it. */
export const MENTOR_NAME_SQL = (m: string) =>
  `trim(CASE WHEN ${m}.preferred_name <> '' THEN ${m}.preferred_name ELSE ${m}.first_name END || ' ' || ${m}.last_name)`;

// ---- Courses ---------------------------------------------------------------------------------

type CourseDbRow = Omit<TrainingCourse, 'topics' | 'archived'> & { topics: string; archived: number };
const toCourse = (r: CourseDbRow): TrainingCourse => ({
  ...r,
  topics: JSON.parse(r.topics) as string[],
  archived: !!r.archived,
});

const COURSE_SQL = `
  SELECT c.id, c.title, c.kind, c.topics, c.description, c.archived,
         (SELECT count(*) FROM training_session s WHERE s.course_id = c.id) AS sessions,
         (SELECT count(*) FROM training_waiting w WHERE w.course_id = c.id AND w.placed_session_id IS NULL) AS waiting
    FROM training_course c`;

export async function listCourses(em: EntityManager, includeArchived: boolean): Promise<TrainingCourse[]> {
  const rows = (await em.query(
    `${COURSE_SQL} ${includeArchived ? '' : 'WHERE c.archived = 0'}
     ORDER BY c.archived, CASE c.kind WHEN 'initial' THEN 0 ELSE 1 END, c.title COLLATE NOCASE`,
  )) as CourseDbRow[];
  return rows.map(toCourse);
}

async function getCourse(em: EntityManager, id: string): Promise<TrainingCourse> {
  const [row] = (await em.query(`${COURSE_SQL} WHERE c.id = ?`, [id])) as CourseDbRow[];
  if (!row) throw courseNotFound();
  return toCourse(row);
}

export async function saveCourse(em: EntityManager, input: SavedCourse, now: Date): Promise<TrainingCourse> {
  const clash = (await em.query(
    'SELECT 1 FROM training_course WHERE lower(title) = lower(?) AND id IS NOT ?',
    [input.title, input.id ?? null],
  )) as unknown[];
  if (clash.length)
    throw new CoreError('CONFLICT', 'There is already a course with that title.', {
      fieldErrors: { title: 'There is already a course with that title.' },
    });
  const at = now.toISOString();
  const values = [
    input.title,
    input.kind,
    JSON.stringify(input.topics),
    input.description,
    input.archived ? 1 : 0,
  ];
  if (input.id) {
    const done = (await em.query(
      `UPDATE training_course SET title = ?, kind = ?, topics = ?, description = ?, archived = ?, updated_at = ?
        WHERE id = ? RETURNING id`,
      [...values, at, input.id],
    )) as unknown[];
    if (!done.length) throw courseNotFound();
    return getCourse(em, input.id);
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO training_course (id, title, kind, topics, description, archived, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ...values, at, at],
  );
  return getCourse(em, id);
}

export async function courseKindOf(em: EntityManager, courseId: string): Promise<CourseKind | null> {
  const [row] = (await em.query('SELECT kind FROM training_course WHERE id = ?', [courseId])) as {
    kind: CourseKind;
  }[];
  return row?.kind ?? null;
}

// ---- Sessions --------------------------------------------------------------------------------

const SESSION_SQL = `
  SELECT s.id, s.course_id AS courseId, c.title AS courseTitle, c.kind AS courseKind, s.held_on AS heldOn,
         s.start_time AS startTime, s.hours, s.venue, s.trainers, s.capacity, s.announced_on AS announcedOn,
         s.cancelled, s.notes,
         coalesce(n.invited, 0) AS invited, coalesce(n.coming, 0) AS coming, coalesce(n.attended, 0) AS attended
    FROM training_session s
    JOIN training_course c ON c.id = s.course_id
    LEFT JOIN (SELECT session_id, count(*) AS invited,
                      sum(status = 'accepted') AS coming, sum(status = 'attended') AS attended
                 FROM training_attendance GROUP BY session_id) n ON n.session_id = s.id`;

type SessionDbRow = Omit<TrainingSessionRow, 'cancelled'> & { cancelled: number };
const toSession = (r: SessionDbRow): TrainingSessionRow => ({ ...r, cancelled: !!r.cancelled });

export async function getSessionRow(em: EntityManager, id: string): Promise<TrainingSessionRow> {
  const [row] = (await em.query(`${SESSION_SQL} WHERE s.id = ?`, [id])) as SessionDbRow[];
  if (!row) throw sessionNotFound();
  return toSession(row);
}

export async function listSessions(
  em: EntityManager,
  input: ListInput,
  today: string,
): Promise<{ total: number; page: number; pageSize: number; items: TrainingSessionRow[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.when === 'upcoming') where.push('s.held_on >= ?');
  if (input.when === 'past') where.push('s.held_on < ?');
  if (input.when !== 'all') params.push(today);
  if (input.courseId) {
    where.push('s.course_id = ?');
    params.push(input.courseId);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ total }] = (await em.query(
    `SELECT count(*) AS total FROM training_session s ${clause}`,
    params,
  )) as [{ total: number }];
  // Upcoming first, soonest at the top; then past, most recent first.
  const rows = (await em.query(
    `${SESSION_SQL} ${clause}
      ORDER BY s.held_on < ?, CASE WHEN s.held_on >= ? THEN s.held_on END ASC, s.held_on DESC, s.start_time, s.id
      LIMIT ? OFFSET ?`,
    [...params, today, today, input.pageSize, (input.page - 1) * input.pageSize],
  )) as SessionDbRow[];
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map(toSession) };
}

export async function saveSession(
  em: EntityManager,
  input: SessionInput,
  now: Date,
): Promise<TrainingSessionRow> {
  if (!(await courseKindOf(em, input.courseId)))
    throw new CoreError('VALIDATION', 'Choose a course from the list.', {
      fieldErrors: { courseId: 'Choose a course from the list.' },
    });
  const at = now.toISOString();
  const values = [
    input.courseId,
    input.heldOn,
    input.startTime,
    input.hours,
    input.venue,
    input.trainers,
    input.capacity,
    input.announcedOn ?? null,
    input.cancelled ? 1 : 0,
    input.notes,
  ];
  if (input.id) {
    const [longest] = (await em.query(
      `SELECT max(hours_attended) AS hours FROM training_attendance WHERE session_id = ?`,
      [input.id],
    )) as { hours: number | null }[];
    if (longest && longest.hours !== null && longest.hours > input.hours)
      throw new CoreError('CONFLICT', 'Someone is recorded as attending for longer than that.', {
        fieldErrors: {
          hours: `Someone is recorded as attending for ${longest.hours} hours; change their hours on the register first.`,
        },
      });
    // Who came is only recorded from the session's day, so once the register is taken the session
    // cannot move to a day still to come (the hours would count before it happened).
    if (sessionStillToCome(input.heldOn, ukToday(now))) {
      const [taken] = (await em.query(
        `SELECT 1 AS found FROM training_attendance
          WHERE session_id = ? AND status IN (SELECT value FROM json_each(?)) LIMIT 1`,
        [input.id, JSON.stringify(ON_THE_DAY_STATUSES)],
      )) as unknown[];
      if (taken)
        throw new CoreError('CONFLICT', 'The register for this session has been taken.', {
          fieldErrors: {
            heldOn:
              'Who attended is already recorded, so the session cannot move to a day still to come. To move it, first set those people back to Invited, Coming or Cannot come on the register.',
          },
        });
    }
    const done = (await em.query(
      `UPDATE training_session SET course_id = ?, held_on = ?, start_time = ?, hours = ?, venue = ?, trainers = ?,
              capacity = ?, announced_on = ?, cancelled = ?, notes = ?, updated_at = ?
        WHERE id = ? RETURNING id`,
      [...values, at, input.id],
    )) as unknown[];
    if (!done.length) throw sessionNotFound();
    return getSessionRow(em, input.id);
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO training_session (id, course_id, held_on, start_time, hours, venue, trainers, capacity,
                                   announced_on, cancelled, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ...values, at, at],
  );
  return getSessionRow(em, id);
}

/** The session with its register; mentors the caller may not see are dropped by the pipeline. */
export async function getSessionDetail(em: EntityManager, id: string): Promise<TrainingSessionDetail> {
  const session = await getSessionRow(em, id);
  const [course] = (await em.query('SELECT topics FROM training_course WHERE id = ?', [
    session.courseId,
  ])) as {
    topics: string;
  }[];
  const register = (await em.query(
    `SELECT m.id, a.id AS attendanceId, ${MENTOR_NAME_SQL('m')} AS name, m.stage, a.status,
            a.hours_attended AS hoursAttended, a.invited_on AS invitedOn, a.observations
       FROM training_attendance a JOIN mentor m ON m.id = a.mentor_id
      WHERE a.session_id = ?
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id`,
    [id],
  )) as RegisterRow[];
  return { ...session, courseTopics: JSON.parse(course?.topics ?? '[]') as string[], register };
}
