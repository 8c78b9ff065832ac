import { IconCalendarDue, IconTargetArrow } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { ActionPlansPage } from './ActionPlansPage';
import { ACTION_PLANS_PATH, REVIEWS_DUE_PATH } from './plan-paths';
import { ReviewsDuePage } from './ReviewsDuePage';

const p = contract.plans;

/**
 * Individual needs: the reviews due and the action plans under way. Each plan and review is worked
 * on in its match's Plan and Reviews tabs (Service delivery → Matches).
 */
export const actionPlansRoutes: AreaRoutes = {
  area: 'individual-needs',
  routes: [
    {
      path: REVIEWS_DUE_PATH,
      label: 'Reviews due',
      icon: IconCalendarDue,
      allowed: (roles) => mayCall(p.reviewsDue, roles),
      Component: ReviewsDuePage,
    },
    {
      path: ACTION_PLANS_PATH,
      label: 'Action plans',
      icon: IconTargetArrow,
      allowed: (roles) => mayCall(p.list, roles),
      Component: ActionPlansPage,
    },
  ],
};
