import type { EntityManager } from 'typeorm';
import type { RowView, ScopeResolver, ScopeSubject } from '../policy/scope';
import { menteeScope } from '../mentees/mentee.scope';
import { mentorScope } from '../mentors/mentor.scope';

/**
 * Staff accounts in search: administrators find colleagues (the accounts screen is theirs); case
 * roles find people through their own records, not the staff list.
 */
export const staffScope: ScopeResolver = {
  views(_em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const view: RowView = subject.roles.includes('administrator') ? 'full' : 'none';
    return Promise.resolve(new Map(ids.map((id) => [id, view])));
  },
  visibleSql(subject: ScopeSubject) {
    return { sql: subject.roles.includes('administrator') ? '1 = 1' : '0 = 1', params: [] };
  },
};

const BY_KIND: Record<string, ScopeResolver> = {
  mentee: menteeScope,
  mentor: mentorScope,
  staff: staffScope,
};

/**
 * The row scope of a search result list, whose ids are `kind:recordId`: each row is seen through
 * its own kind's resolver, so the dispatcher filters and narrows a mixed list as it would a list of
 * one kind. The SQL has already left out what the caller may not see; this is the second lock.
 */
export const personScope: ScopeResolver = {
  async views(em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const out = new Map<string, RowView>();
    const byKind = new Map<string, string[]>();
    for (const id of ids) {
      const [kind, recordId] = id.split(':');
      if (!kind || !recordId || !BY_KIND[kind]) continue; // unknown: counts as `none`
      byKind.set(kind, [...(byKind.get(kind) ?? []), recordId]);
    }
    for (const [kind, recordIds] of byKind) {
      const views = await BY_KIND[kind]!.views(em, subject, recordIds);
      for (const recordId of recordIds) out.set(`${kind}:${recordId}`, views.get(recordId) ?? 'none');
    }
    return out;
  },
};
