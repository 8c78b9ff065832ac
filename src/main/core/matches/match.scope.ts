import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';
import { roleWideView, type RowView, type ScopeResolver, type ScopeSubject } from '../policy/scope';

/**
 * Who sees which match, and so its records of contact, plans, reviews, incidents and ending (every
 * channel about a match names its id and is checked against this):
 *  - co-ordinators and safeguarding leads: every match in full;
 *  - caseworkers: in full where the mentee is on their caseload, directory data (reference, names,
 *    stage) for the rest, as with mentees;
 *  - lead mentors: none here. They see their cluster's matches through a channel that returns only
 *    the mentee's first name and establishment (`matches.myCluster`), never the casework;
 *  - administrators and regional managers: none.
 */
const EVERYONE: Partial<Record<Role, RowView>> = { coordinator: 'full', safeguarding_lead: 'full' };
const baseView = (subject: ScopeSubject): RowView => roleWideView(subject, EVERYONE);

export const matchScope: ScopeResolver = {
  async views(em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const base = baseView(subject);
    const views = new Map<string, RowView>(ids.map((id) => [id, base]));
    if (base === 'full' || !subject.roles.includes('caseworker')) return views;
    const rows: { id: string; mine: number }[] = await em.query(
      `SELECT x.id, m.caseworker_account_id = ? AS mine
         FROM match x JOIN mentee m ON m.id = x.mentee_id
        WHERE x.id IN (SELECT value FROM json_each(?))`,
      [subject.accountId, JSON.stringify(ids)],
    );
    for (const r of rows) views.set(r.id, r.mine ? 'full' : 'directory');
    return views;
  },
  visibleSql(subject: ScopeSubject) {
    if (baseView(subject) === 'full' || subject.roles.includes('caseworker'))
      return { sql: '1 = 1', params: [] };
    return { sql: '0 = 1', params: [] };
  },
};
