import type { EntityManager } from 'typeorm';

export interface TrainingHours {
  /** Hours attended on initial-training courses, ever. */
  initial: number;
  /** Hours attended on ongoing-training courses in the 12 months up to today. */
  ongoingLast12Months: number;
}

/**
 * Training hours per mentor in one grouped query (the readiness of 2,000 mentors needs it at once).
 * `mentorIds` null means every mentor. Mentors with no attendance are absent from the map.
 */
export async function trainingHoursByMentor(
  em: EntityManager,
  mentorIds: readonly string[] | null,
  today: string,
): Promise<Map<string, TrainingHours>> {
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
  const filter = mentorIds ? `AND a.mentor_id IN (SELECT value FROM json_each(?))` : '';
  const rows: { mentor_id: string; initial: number; ongoing: number }[] = await em.query(
    `SELECT a.mentor_id,
            SUM(CASE WHEN c.kind = 'initial' THEN a.hours_attended ELSE 0 END) AS initial,
            SUM(CASE WHEN c.kind = 'ongoing' AND s.held_on >= ? AND s.held_on <= ? THEN a.hours_attended ELSE 0 END) AS ongoing
       FROM training_attendance a
       JOIN training_session s ON s.id = a.session_id
       JOIN training_course c ON c.id = s.course_id
      WHERE a.status = 'attended' AND a.hours_attended IS NOT NULL ${filter}
      GROUP BY a.mentor_id`,
    mentorIds ? [since, today, JSON.stringify(mentorIds)] : [since, today],
  );
  return new Map(
    rows.map((r) => [r.mentor_id, { initial: r.initial ?? 0, ongoingLast12Months: r.ongoing ?? 0 }]),
  );
}
