import type { EntityManager } from 'typeorm';
import type { ActiveMatchRow } from '../../../shared/contract/mentoring';
import { MENTEE_NAME_SQL } from '../mentees/mentee.queries';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';
import type { ScopeSubject } from '../policy/scope';
import { caseworkSql } from './casework.scope';

/**
 * The "Record of contact" screen's list: the active matches whose casework the caller holds (a
 * caseworker's caseload, everything for a co-ordinator), longest without contact first, so the
 * ones going quiet are at the top. The (stage, last_contact_on) index serves the order.
 */
export async function listActiveMatches(
  em: EntityManager,
  subject: ScopeSubject,
): Promise<{ items: ActiveMatchRow[] }> {
  const visible = caseworkSql(subject, 'x');
  const items = (await em.query(
    `SELECT x.id, x.reference, ${MENTEE_NAME_SQL('m')} AS menteeName, ${DISPLAY_NAME_SQL('r')} AS mentorName,
            x.active_on AS activeOn, x.last_contact_on AS lastContactOn, x.no_show_streak AS noShowStreak,
            (SELECT count(*) FROM concern_follow_up f WHERE f.match_id = x.id AND f.done_on IS NULL) AS openFollowUps
       FROM match x
       JOIN mentee m ON m.id = x.mentee_id
       JOIN mentor r ON r.id = x.mentor_id
      WHERE x.stage = 'active' AND ${visible.sql}
      ORDER BY x.last_contact_on IS NOT NULL, x.last_contact_on, x.reference`,
    visible.params,
  )) as ActiveMatchRow[];
  return { items };
}
