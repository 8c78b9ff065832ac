import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';
import { roleWideView, type RowView, type ScopeResolver, type ScopeSubject } from '../policy/scope';

/**
 * Who sees which mentor (DESIGN.md's role table), answered per record so that lists are filtered
 * row by row and in SQL:
 *  - co-ordinators and safeguarding leads: every mentor in full (their roles' classes);
 *  - lead mentors: mentors in the clusters they lead (the clusters of the mentor records linked
 *    to their account and flagged lead mentor), in full, which for their role means directory and
 *    contact only (vetting and equality never reach them: their role cannot read those classes);
 *  - caseworkers: directory data (name, stage) of every mentor;
 *  - administrators and regional managers: none.
 */
const EVERYONE: Partial<Record<Role, RowView>> = {
  coordinator: 'full',
  safeguarding_lead: 'full',
  caseworker: 'directory',
};

const viewForAll = (subject: ScopeSubject): RowView => roleWideView(subject, EVERYONE);

const LED_CLUSTERS = `SELECT lead.cluster_id FROM mentor lead
  WHERE lead.account_id = ? AND lead.is_lead_mentor = 1 AND lead.cluster_id IS NOT NULL`;

export const mentorScope: ScopeResolver = {
  async views(em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const base = viewForAll(subject);
    const views = new Map<string, RowView>(ids.map((id) => [id, base]));
    if (base !== 'full' && subject.roles.includes('lead_mentor')) {
      const inCluster: { id: string }[] = await em.query(
        `SELECT id FROM mentor WHERE id IN (SELECT value FROM json_each(?)) AND cluster_id IN (${LED_CLUSTERS})`,
        [JSON.stringify(ids), subject.accountId],
      );
      for (const { id } of inCluster) views.set(id, 'full');
    }
    return views;
  },
  visibleSql(subject: ScopeSubject, alias: string) {
    if (viewForAll(subject) !== 'none') return { sql: '1 = 1', params: [] };
    if (subject.roles.includes('lead_mentor'))
      return { sql: `${alias}.cluster_id IN (${LED_CLUSTERS})`, params: [subject.accountId] };
    return { sql: '0 = 1', params: [] };
  },
};
