import type { EntityManager } from 'typeorm';
import type { ClusterMatchRow } from '../../../shared/contract/matches';
import { OPEN_MATCH_STAGES } from '../../../shared/matching/match';
import type { ScopeSubject } from '../policy/scope';
import { clusterMatchScope } from './cluster-match.scope';
import { PERSON_NAME_SQL } from './match.read.queries';

/**
 * A lead mentor's view of their cluster's matches: who is matched with whom (the mentee by first
 * name only), where, and how far along. Nothing of the casework is read, so nothing can leak.
 */
export async function clusterMatches(
  em: EntityManager,
  subject: ScopeSubject,
): Promise<{ items: ClusterMatchRow[] }> {
  const visible = clusterMatchScope.visibleSql!(subject, 'mo');
  const items = (await em.query(
    `SELECT x.id, ${PERSON_NAME_SQL('mo')} AS mentorName, coalesce(nullif(me.preferred_name, ''), me.first_name)
            AS menteeFirstName, e.name AS establishmentName, x.stage, x.active_on AS activeOn
       FROM match x JOIN mentor mo ON mo.id = x.mentor_id JOIN mentee me ON me.id = x.mentee_id
       LEFT JOIN establishment e ON e.id = me.establishment_id
      WHERE x.stage IN (SELECT value FROM json_each(?)) AND ${visible.sql}
      ORDER BY mo.last_name COLLATE NOCASE, mo.first_name COLLATE NOCASE, x.proposed_on`,
    [JSON.stringify(OPEN_MATCH_STAGES), ...visible.params],
  )) as ClusterMatchRow[];
  return { items };
}
