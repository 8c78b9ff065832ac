import { IconArrowsJoin } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { MatchingPoolPage } from './MatchingPoolPage';
import { SuggestionsPage } from './SuggestionsPage';

const m = contract.matching;
/** The pool; `suggestionsPath(menteeId)` (match-paths.ts) is the address below it. */
const MATCHING_PATH = '/service-delivery/matching';

/** Matching: the mentees waiting for a mentor, and suggestions for each, explained. */
export const matchingRoutes: AreaRoutes = {
  area: 'service-delivery',
  routes: [
    {
      path: MATCHING_PATH,
      label: 'Matching',
      icon: IconArrowsJoin,
      allowed: (roles) => mayCall(m.pool, roles),
      Component: MatchingPoolPage,
    },
    {
      path: `${MATCHING_PATH}/:menteeId`,
      label: 'Suggested mentors',
      allowed: (roles) => mayCall(m.suggestions, roles),
      Component: SuggestionsPage,
    },
  ],
};
