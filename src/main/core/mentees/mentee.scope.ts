import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';
import { roleWideView, type RowView, type ScopeResolver, type ScopeSubject } from '../policy/scope';

/**
 * Who sees which mentee (DESIGN.md's role table), per record and in SQL for lists:
 *  - co-ordinators and safeguarding leads: every mentee in full;
 *  - caseworkers: in full the mentees assigned to them (their caseload), directory data
 *    (name, reference, establishment, stage) for everyone else;
 *  - lead mentors: none yet. Matching (issue 10) gives them a mentee's first name and
 *    establishment where a mentor of their cluster is matched with them;
 *  - administrators and regional managers: none.
 */
const EVERYONE: Partial<Record<Role, RowView>> = { coordinator: 'full', safeguarding_lead: 'full' };
const baseView = (subject: ScopeSubject): RowView => roleWideView(subject, EVERYONE);

export const menteeScope: ScopeResolver = {
  async views(em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const base = baseView(subject);
    const views = new Map<string, RowView>(ids.map((id) => [id, base]));
    if (base === 'full' || !subject.roles.includes('caseworker')) return views;
    const rows: { id: string; mine: number }[] = await em.query(
      `SELECT id, caseworker_account_id = ? AS mine FROM mentee WHERE id IN (SELECT value FROM json_each(?))`,
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
