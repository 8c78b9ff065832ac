import type { SearchHit, SearchKind } from '../../../shared/contract/search';
import { mentorPath } from '../../areas/service-development/mentors/mentor-paths';

/**
 * Where a search result opens. Mentors open their page; staff open the accounts screen (the only
 * place a colleague's account is shown); mentees open their page, at the address the mentees area
 * gives one mentee (`menteePath` in its mentee-paths.ts, not yet committed when this was written:
 * import it from there once it is).
 */
export const menteePage = (id: string) => `/assessment/mentees/${id}`;
export const ACCOUNTS_PAGE = '/management/accounts';

export function targetOf(hit: Pick<SearchHit, 'kind' | 'recordId'>): string {
  switch (hit.kind) {
    case 'mentor':
      return mentorPath(hit.recordId);
    case 'mentee':
      return menteePage(hit.recordId);
    case 'staff':
      return ACCOUNTS_PAGE;
  }
}

export const KIND_LABELS: Record<SearchKind, string> = { mentee: 'Mentee', mentor: 'Mentor', staff: 'Staff' };
export const KIND_COLOURS: Record<SearchKind, string> = { mentee: 'teal', mentor: 'blue', staff: 'gray' };
