import { IconReceipt } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { EditClaimPage, NewClaimPage } from './ClaimFormPage';
import { ClaimPage } from './ClaimPage';
import { ExpensesPage } from './ExpensesPage';
import { CLAIMS_PATH, NEW_CLAIM_PATH } from './expense-paths';

const e = contract.expenses;

/** Mentors' expense claims: the queues, a claim's page, entering and correcting a claim. */
export const expensesRoutes: AreaRoutes = {
  area: 'service-delivery',
  routes: [
    {
      path: CLAIMS_PATH,
      label: 'Expenses',
      icon: IconReceipt,
      allowed: (roles) => mayCall(e.list, roles),
      Component: ExpensesPage,
    },
    {
      path: NEW_CLAIM_PATH,
      label: 'Enter an expense claim',
      allowed: (roles) => mayCall(e.create, roles),
      Component: NewClaimPage,
    },
    {
      path: '/service-delivery/expenses/claims/:id/edit',
      label: 'Correct an expense claim',
      allowed: (roles) => mayCall(e.update, roles),
      Component: EditClaimPage,
    },
    {
      path: '/service-delivery/expenses/claims/:id',
      label: 'Expense claim',
      allowed: (roles) => mayCall(e.get, roles),
      Component: ClaimPage,
    },
  ],
};
