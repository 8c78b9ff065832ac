import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';
import { roleWideView, type RowView, type ScopeResolver, type ScopeSubject } from '../policy/scope';
import { matchScope } from '../matches/match.scope';

/**
 * The casework of a match (its sessions, check-ins and concern follow-ups) is seen only by those who
 * see the match in full: co-ordinators and safeguarding leads everywhere, a caseworker on their own
 * caseload. Unlike the match itself there is no directory view: a follow-up on someone else's
 * caseload is left out of a list, not shown blank.
 */
const EVERYONE: Partial<Record<Role, RowView>> = { coordinator: 'full', safeguarding_lead: 'full' };

/** An SQL condition on a `match` alias: the matches whose casework the subject holds. */
export function caseworkSql(subject: ScopeSubject, matchAlias: string): { sql: string; params: unknown[] } {
  if (roleWideView(subject, EVERYONE) === 'full') return { sql: '1 = 1', params: [] };
  if (subject.roles.includes('caseworker'))
    return {
      sql: `${matchAlias}.mentee_id IN (SELECT id FROM mentee WHERE caseworker_account_id = ?)`,
      params: [subject.accountId],
    };
  return { sql: '0 = 1', params: [] };
}

/** Record type `concern_follow_up`: a follow-up is seen in full with its match's casework, else not at all. */
export const followUpScope: ScopeResolver = {
  async views(em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const rows = (await em.query(
      `SELECT id, match_id AS matchId FROM concern_follow_up WHERE id IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(ids)],
    )) as { id: string; matchId: string }[];
    const matchViews = await matchScope.views(
      em,
      subject,
      rows.map((r) => r.matchId),
    );
    return new Map<string, RowView>(
      rows.map((r) => [r.id, matchViews.get(r.matchId) === 'full' ? 'full' : 'none']),
    );
  },
  visibleSql(subject: ScopeSubject) {
    const all = roleWideView(subject, EVERYONE) === 'full';
    return all || subject.roles.includes('caseworker')
      ? { sql: '1 = 1', params: [] }
      : { sql: '0 = 1', params: [] };
  },
};
