import { IconUsers } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { AccountsPage } from './AccountsPage';

export const accountsRoutes: AreaRoutes = {
  area: 'management',
  routes: [
    {
      path: '/management/accounts',
      label: 'Staff accounts',
      icon: IconUsers,
      allowed: (roles) => mayCall(contract.accounts.list, roles),
      Component: AccountsPage,
    },
  ],
};
