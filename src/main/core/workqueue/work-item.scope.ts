import type { EntityManager } from 'typeorm';
import { matchScope } from '../matches/match.scope';
import { menteeScope } from '../mentees/mentee.scope';
import { mentorScope } from '../mentors/mentor.scope';
import { roleWideView, type RowView, type ScopeResolver, type ScopeSubject } from '../policy/scope';
import type { Role } from '../../../shared/roles';

/** Governance records have no caseload: the caller's roles decide, the same for every record. */
const byRole = (roles: Partial<Record<Role, RowView>>): ScopeResolver => ({
  async views(_em, subject, ids) {
    const view = roleWideView(subject, roles);
    return new Map(ids.map((id) => [id, view]));
  },
});
const COORDINATORS = byRole({ coordinator: 'full', safeguarding_lead: 'full' });

/**
 * A work-queue item is about a mentor, a mentee, a match or a governance record; its id is `<area>:<record id>` and the
 * caller's view of it is their view of that record under the record's own scope. Only a full view
 * keeps an item: the queue lists work the caller does, and someone else's caseload is not theirs.
 */
const RESOLVERS: Record<string, ScopeResolver> = {
  mentor: mentorScope,
  mentee: menteeScope,
  match: matchScope,
  supervision: mentorScope,
  support_group: COORDINATORS,
  partner: COORDINATORS,
  claim: COORDINATORS,
  policy: COORDINATORS,
  insurance: COORDINATORS,
  complaint: COORDINATORS,
  safeguarding: byRole({ safeguarding_lead: 'full' }),
  feedback_action: COORDINATORS,
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
