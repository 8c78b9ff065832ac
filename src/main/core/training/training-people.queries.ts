import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CoreError } from '../../../shared/errors';
import type { EvaluationRow, MentorTraining } from '../../../shared/contract/training';
import { trainingHoursByMentor } from './training-hours.queries';
import { MENTOR_NAME_SQL, sessionNotFound } from './training-sessions.queries';

/** Evaluations of a session, and everything about one mentor's training. */

export async function addEvaluation(
  em: EntityManager,
  input: { sessionId: string; mentorId: string | null; rating: number; comments: string },
  now: Date,
): Promise<{ id: string }> {
  const [session] = (await em.query('SELECT 1 AS found FROM training_session WHERE id = ?', [
    input.sessionId,
  ])) as unknown[];
  if (!session) throw sessionNotFound();
  if (input.mentorId) {
    const onRegister = (await em.query(
      'SELECT 1 FROM training_attendance WHERE session_id = ? AND mentor_id = ?',
      [input.sessionId, input.mentorId],
    )) as unknown[];
    if (!onRegister.length)
      throw new CoreError('VALIDATION', 'Choose someone on this session’s register, or leave it anonymous.', {
        fieldErrors: { mentorId: 'Choose someone on this session’s register, or leave it anonymous.' },
      });
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO training_evaluation (id, session_id, mentor_id, rating, comments, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
    [id, input.sessionId, input.mentorId, input.rating, input.comments, now.toISOString()],
  );
  return { id };
}

export async function listEvaluations(
  em: EntityManager,
  sessionId: string,
): Promise<{ average: number | null; count: number; items: EvaluationRow[] }> {
  const [session] = (await em.query('SELECT 1 AS found FROM training_session WHERE id = ?', [
    sessionId,
  ])) as unknown[];
  if (!session) throw sessionNotFound();
  const items = (await em.query(
    `SELECT e.id, e.mentor_id AS mentorId, CASE WHEN m.id IS NULL THEN NULL ELSE ${MENTOR_NAME_SQL('m')} END AS mentorName,
            e.rating, e.comments, e.created_at AS createdAt
       FROM training_evaluation e LEFT JOIN mentor m ON m.id = e.mentor_id
      WHERE e.session_id = ?
      ORDER BY e.created_at DESC, e.id`,
    [sessionId],
  )) as EvaluationRow[];
  const average = items.length
    ? Math.round((items.reduce((sum, e) => sum + e.rating, 0) / items.length) * 10) / 10
    : null;
  return { average, count: items.length, items };
}

export async function mentorTraining(
  em: EntityManager,
  mentorId: string,
  today: string,
  initialThreshold: number,
): Promise<MentorTraining> {
  const [mentor] = (await em.query('SELECT stage FROM mentor WHERE id = ?', [mentorId])) as {
    stage: string;
  }[];
  if (!mentor) throw new CoreError('NOT_FOUND', 'That mentor no longer exists.');
  const sessions = (
    (await em.query(
      `SELECT s.id, c.title AS courseTitle, c.kind AS courseKind, s.held_on AS heldOn, s.hours, s.cancelled,
              a.status, a.hours_attended AS hoursAttended
         FROM training_attendance a
         JOIN training_session s ON s.id = a.session_id
         JOIN training_course c ON c.id = s.course_id
        WHERE a.mentor_id = ?
        ORDER BY s.held_on DESC, s.start_time DESC, s.id`,
      [mentorId],
    )) as (Omit<MentorTraining['sessions'][number], 'cancelled'> & { cancelled: number })[]
  ).map((r) => ({ ...r, cancelled: !!r.cancelled }));
  const waiting = (await em.query(
    `SELECT w.id, w.course_id AS courseId, c.title AS courseTitle, w.added_on AS addedOn, w.reason
       FROM training_waiting w JOIN training_course c ON c.id = w.course_id
      WHERE w.mentor_id = ? AND w.placed_session_id IS NULL
      ORDER BY w.added_on, w.id`,
    [mentorId],
  )) as MentorTraining['waiting'];
  const hours = (await trainingHoursByMentor(em, [mentorId], today)).get(mentorId);
  return {
    mentorId,
    stage: mentor.stage,
    initialHours: hours?.initial ?? 0,
    initialThreshold,
    ongoingHoursLast12Months: hours?.ongoingLast12Months ?? 0,
    sessions,
    waiting,
  };
}
