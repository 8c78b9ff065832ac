import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';
import { matchScope } from '../matches/match.scope';
import { roleWideView, type RowView, type ScopeResolver, type ScopeSubject } from '../policy/scope';

/**
 * Who sees which incident (record type `incident`):
 *  - one about a match: whoever sees that match in full (co-ordinators, safeguarding leads, the
 *    mentee's caseworker). An incident is casework through and through, so a caseworker who sees
 *    someone else's match only as directory data sees none of its incidents;
 *  - one about a mentor alone (e.g. missing supervision): co-ordinators and safeguarding leads.
 */
const MENTOR_ONLY: Partial<Record<Role, RowView>> = { coordinator: 'full', safeguarding_lead: 'full' };

export const incidentScope: ScopeResolver = {
  async views(em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const rows = (await em.query(
      `SELECT id, match_id AS matchId FROM incident WHERE id IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(ids)],
    )) as { id: string; matchId: string | null }[];
    const matchIds = [...new Set(rows.flatMap((r) => (r.matchId ? [r.matchId] : [])))];
    const matchViews = matchIds.length ? await matchScope.views(em, subject, matchIds) : new Map();
    const mentorOnly = roleWideView(subject, MENTOR_ONLY);
    const views = new Map<string, RowView>();
    for (const r of rows) {
      const view: RowView = r.matchId ? (matchViews.get(r.matchId) ?? 'none') : mentorOnly;
      views.set(r.id, view === 'full' ? 'full' : 'none');
    }
    return views;
  },
  visibleSql(subject: ScopeSubject, alias: string) {
    if (roleWideView(subject, MENTOR_ONLY) === 'full') return { sql: '1 = 1', params: [] };
    if (subject.roles.includes('caseworker'))
      return {
        sql: `${alias}.match_id IN (SELECT x.id FROM match x JOIN mentee m ON m.id = x.mentee_id
                                   WHERE m.caseworker_account_id = ?)`,
        params: [subject.accountId],
      };
    return { sql: '0 = 1', params: [] };
  },
};
