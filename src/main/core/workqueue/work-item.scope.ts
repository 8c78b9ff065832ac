import type { EntityManager } from 'typeorm';
import { matchScope } from '../matches/match.scope';
import { menteeScope } from '../mentees/mentee.scope';
import { mentorScope } from '../mentors/mentor.scope';
import type { RowView, ScopeResolver, ScopeSubject } from '../policy/scope';

/**
 * A work-queue item is about a mentor, a mentee or a match; its id is `<area>:<record id>` and the
 * caller's view of it is their view of that record under the record's own scope. Only a full view
 * keeps an item: the queue lists work the caller does, and someone else's caseload is not theirs.
 */
const RESOLVERS: Record<string, ScopeResolver> = {
  mentor: mentorScope,
  mentee: menteeScope,
  match: matchScope,
};

export const workItemScope: ScopeResolver = {
  async views(em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const byArea = new Map<string, string[]>();
    for (const id of ids) {
      const [area, recordId] = id.split(':');
      if (!area || !recordId || !RESOLVERS[area]) continue;
      byArea.set(area, [...(byArea.get(area) ?? []), recordId]);
    }
    const views = new Map<string, RowView>();
    for (const [area, recordIds] of byArea) {
      const seen = await RESOLVERS[area]!.views(em, subject, [...new Set(recordIds)]);
      for (const id of recordIds) views.set(`${area}:${id}`, seen.get(id) === 'full' ? 'full' : 'none');
    }
    return views;
  },
};
