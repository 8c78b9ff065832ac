import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';
import { roleWideView, type RowView, type ScopeResolver, type ScopeSubject } from '../policy/scope';

/**
 * Record type `cluster_match`: a match as a lead mentor may see it in `matches.myCluster` (the
 * mentor's name, the mentee's first name, establishment, stage, start), never the casework. A lead
 * mentor sees the matches of mentors in the clusters they lead (the clusters of the mentor records
 * linked to their account with the lead-mentor flag, as in mentor.scope.ts); a co-ordinator sees
 * every match this way; everyone else none. Every row of the answer is checked against this.
 */
const EVERYONE: Partial<Record<Role, RowView>> = { coordinator: 'full' };
const baseView = (subject: ScopeSubject): RowView => roleWideView(subject, EVERYONE);

const LED_CLUSTERS = `SELECT lead.cluster_id FROM mentor lead
  WHERE lead.account_id = ? AND lead.is_lead_mentor = 1 AND lead.cluster_id IS NOT NULL`;

export const clusterMatchScope: ScopeResolver = {
  async views(em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const base = baseView(subject);
    const views = new Map<string, RowView>(ids.map((id) => [id, base]));
    if (base === 'full' || !subject.roles.includes('lead_mentor')) return views;
    const inCluster: { id: string }[] = await em.query(
      `SELECT x.id FROM match x JOIN mentor mo ON mo.id = x.mentor_id
        WHERE x.id IN (SELECT value FROM json_each(?)) AND mo.cluster_id IN (${LED_CLUSTERS})`,
      [JSON.stringify(ids), subject.accountId],
    );
    for (const { id } of inCluster) views.set(id, 'full');
    return views;
  },
  /** `alias` is the mentor table's alias: the cluster is the mentor's. */
  visibleSql(subject: ScopeSubject, alias: string) {
    if (baseView(subject) === 'full') return { sql: '1 = 1', params: [] };
    if (subject.roles.includes('lead_mentor'))
      return { sql: `${alias}.cluster_id IN (${LED_CLUSTERS})`, params: [subject.accountId] };
    return { sql: '0 = 1', params: [] };
  },
};
