import type { EntityManager } from 'typeorm';
import type { RowView, ScopeResolver, ScopeSubject } from '../policy/scope';
import { matchScope } from '../matches/match.scope';
import { documentMatches } from './document.queries';

/**
 * A document is seen exactly as its match is (record type `match_document`): reading one PDF by its
 * own id must not get round the caseload rule. A document that does not exist is `none`.
 */
export const documentScope: ScopeResolver = {
  async views(em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const owners = await documentMatches(em, ids);
    const found = new Set(owners.map((o) => o.id));
    // An id with no document is asked about as a match that does not exist: that gives the role's
    // view of every match (a co-ordinator's "full", so the handler answers NOT_FOUND; a
    // caseworker's "none", so probing ids outside the caseload learns nothing).
    const missing = ids.filter((id) => !found.has(id));
    const matchViews = await matchScope.views(em, subject, [
      ...new Set([...owners.map((o) => o.matchId), ...missing]),
    ]);
    const views = new Map<string, RowView>(missing.map((id) => [id, matchViews.get(id) ?? 'none']));
    for (const o of owners) views.set(o.id, matchViews.get(o.matchId) ?? 'none');
    return views;
  },
};
