import { roleWideView, type ScopeResolver } from '../policy/scope';

/**
 * Who sees which safeguarding concern (record type `safeguarding_concern`): the safeguarding lead
 * in full; a co-ordinator only its directory part (reference, status, the day it was raised),
 * whatever else their roles could read elsewhere; nobody else anything. This is a second lock
 * beside the `safeguarding` class, which only the lead may read.
 */
export const concernScope: ScopeResolver = {
  async views(_em, subject, ids) {
    const view = roleWideView(subject, { safeguarding_lead: 'full', coordinator: 'directory' });
    return new Map(ids.map((id) => [id, view]));
  },
};
