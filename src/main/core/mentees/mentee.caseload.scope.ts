import type { EntityManager } from 'typeorm';
import type { RowView, ScopeResolver, ScopeSubject } from '../policy/scope';
import { menteeScope } from './mentee.scope';

/**
 * Who may CHANGE a mentee's record: those who see it in full. The dispatcher refuses only a `none`
 * view and lets a `directory` one through (narrowing the answer), which is right for reads but
 * would let a caseworker change someone else's caseload; writes name this record type instead,
 * so a directory view becomes `none` and the call is refused before the handler runs.
 */
export const menteeCaseloadScope: ScopeResolver = {
  async views(em: EntityManager, subject: ScopeSubject, ids: readonly string[]) {
    const views = await menteeScope.views(em, subject, ids);
    return new Map<string, RowView>(ids.map((id) => [id, views.get(id) === 'full' ? 'full' : 'none']));
  },
};
