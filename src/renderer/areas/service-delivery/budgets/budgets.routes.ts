import { IconCoins } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { ActivityFundsPage } from './ActivityFundsPage';
import { ACTIVITY_FUNDS_PATH, BUDGET_YEAR_PATH, BUDGETS_PATH } from './budget-paths';
import { BudgetPage } from './BudgetPage';
import { BudgetYearPage } from './BudgetYearPage';

const b = contract.budgets;

/**
 * The budget (co-ordinators; regional managers see the totals) and the activity funds page reached
 * from it. Under Service delivery: it is about running the service this year, beside the claims.
 */
export const budgetsRoutes: AreaRoutes = {
  area: 'service-delivery',
  routes: [
    {
      path: BUDGETS_PATH,
      label: 'Budget',
      icon: IconCoins,
      allowed: (roles) => mayCall(b.summary, roles),
      Component: BudgetPage,
    },
    {
      path: BUDGET_YEAR_PATH,
      label: 'Set a year’s budget',
      allowed: (roles) => mayCall(b.saveYear, roles),
      Component: BudgetYearPage,
    },
    {
      path: ACTIVITY_FUNDS_PATH,
      label: 'Activity funds',
      allowed: (roles) => mayCall(b.funds, roles),
      Component: ActivityFundsPage,
    },
  ],
};
