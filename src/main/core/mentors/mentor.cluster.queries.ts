import type { EntityManager } from 'typeorm';
import type { ClusterClearance, ClusterOverview } from '../../../shared/contract/mentors';
import type { MentorStage } from '../../../shared/mentors/pipeline';
import type { ClearanceStatus } from '../../../shared/mentors/screening';
import type { ScopeSubject } from '../policy/scope';
import { trainingHoursByMentor } from '../training/training-hours.queries';
import { clearanceStep, mentorStep } from './mentor.cluster.steps';
import { mentorScope } from './mentor.scope';
import { DAYS_IN_STAGE_SQL, DISPLAY_NAME_SQL } from './mentor.queries';

/**
 * A cluster at a glance, for its lead mentor (and co-ordinators): each mentor still with the
 * programme, their contact details, initial training hours against the threshold, the next
 * training session they are invited to, and where each prison clearance has got to. Four queries
 * whatever the number of mentors (mentors, clearances, hours, next sessions), each filtered in SQL
 * by the caller's scope; the pipeline then checks every row again. Nothing from the vetting or
 * equality classes is read at all.
 */
const ACTIVE = "m.stage NOT IN ('left', 'not_selected')";

interface MentorDbRow {
  id: string;
  displayName: string;
  stage: MentorStage;
  daysInStage: number;
  isLeadMentor: number;
  clusterId: string | null;
  clusterName: string | null;
  email: string;
  phone: string;
}
type ClearanceDbRow = Omit<ClusterClearance, 'step' | 'nextStep'> & {
  mentorId: string;
  status: ClearanceStatus;
};

export async function clusterOverview(
  em: EntityManager,
  input: { clusterId?: string },
  subject: ScopeSubject,
  today: string,
  initialTrainingHours: number,
): Promise<ClusterOverview> {
  const visible = mentorScope.visibleSql!(subject, 'm');
  // A mentor in no cluster is in nobody's cluster view.
  const where = [visible.sql, ACTIVE, 'm.cluster_id IS NOT NULL'];
  const params: unknown[] = [...visible.params];
  if (input.clusterId) {
    where.push('m.cluster_id = ?');
    params.push(input.clusterId);
  }
  const mentors = (await em.query(
    `SELECT m.id, ${DISPLAY_NAME_SQL('m')} AS displayName, m.stage, ${DAYS_IN_STAGE_SQL('m')} AS daysInStage,
            m.is_lead_mentor AS isLeadMentor, m.cluster_id AS clusterId, c.name AS clusterName,
            m.email, m.phone
       FROM mentor m JOIN cluster c ON c.id = m.cluster_id
      WHERE ${where.join(' AND ')}
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id`,
    [today, ...params],
  )) as MentorDbRow[];
  const clusters = await clustersInView(em, subject);
  if (!mentors.length) return { initialTrainingHours, clusters, items: [] };

  const ids = JSON.stringify(mentors.map((m) => m.id));
  const clearances = (await em.query(
    `SELECT k.id, k.mentor_id AS mentorId, k.establishment_id AS establishmentId, e.name AS establishmentName,
            k.status, k.forms_submitted_on AS formsSubmittedOn, k.id_seen_on AS idSeenOn,
            k.security_awareness_on AS securityAwarenessOn, k.cleared_on AS clearedOn, k.expires_on AS expiresOn
       FROM mentor_clearance k JOIN establishment e ON e.id = k.establishment_id
      WHERE k.mentor_id IN (SELECT value FROM json_each(?))
      ORDER BY e.name COLLATE NOCASE, k.id`,
    [ids],
  )) as ClearanceDbRow[];
  const byMentor = new Map<string, ClusterClearance[]>();
  for (const { mentorId, ...k } of clearances) {
    const list = byMentor.get(mentorId) ?? [];
    list.push({ ...k, ...clearanceStep(k, today) });
    byMentor.set(mentorId, list);
  }

  const hours = await trainingHoursByMentor(
    em,
    mentors.map((m) => m.id),
    today,
  );
  const sessions = await nextSessions(em, ids, today);

  return {
    initialTrainingHours,
    clusters,
    items: mentors.map(({ isLeadMentor, ...m }) => {
      const own = byMentor.get(m.id) ?? [];
      const initialHours = hours.get(m.id)?.initial ?? 0;
      const next = sessions.get(m.id);
      return {
        ...m,
        isLeadMentor: !!isLeadMentor,
        initialHours,
        initialHoursMet: initialHours >= initialTrainingHours,
        nextSessionOn: next?.heldOn ?? null,
        nextSessionCourse: next?.courseTitle ?? null,
        ...mentorStep(own),
        clearances: own,
      };
    }),
  };
}

/** The clusters holding mentors the caller may see: for a lead mentor, the cluster they lead. */
async function clustersInView(em: EntityManager, subject: ScopeSubject) {
  const visible = mentorScope.visibleSql!(subject, 'm');
  return (await em.query(
    `SELECT c.id, c.name FROM cluster c
      WHERE c.id IN (SELECT m.cluster_id FROM mentor m WHERE ${visible.sql})
      ORDER BY c.name COLLATE NOCASE`,
    visible.params,
  )) as { id: string; name: string }[];
}

/** Each mentor's next session still to come (not cancelled) that they are invited to or have accepted. */
async function nextSessions(em: EntityManager, ids: string, today: string) {
  const rows = (await em.query(
    `SELECT mentorId, heldOn, courseTitle FROM (
       SELECT a.mentor_id AS mentorId, s.held_on AS heldOn, c.title AS courseTitle,
              row_number() OVER (PARTITION BY a.mentor_id ORDER BY s.held_on, s.start_time, s.id) AS n
         FROM training_attendance a
         JOIN training_session s ON s.id = a.session_id
         JOIN training_course c ON c.id = s.course_id
        WHERE a.mentor_id IN (SELECT value FROM json_each(?))
          AND a.status IN ('invited', 'accepted') AND s.cancelled = 0 AND s.held_on >= ?)
      WHERE n = 1`,
    [ids, today],
  )) as { mentorId: string; heldOn: string; courseTitle: string }[];
  return new Map(rows.map((r) => [r.mentorId, r]));
}
