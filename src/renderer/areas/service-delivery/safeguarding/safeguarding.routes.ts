import { IconShieldHeart } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { ConcernPage } from './ConcernPage';
import { RaiseConcernPage } from './RaiseConcernPage';
import { RAISE_CONCERN_PATH, SAFEGUARDING_PATH } from './safeguarding-paths';
import { SafeguardingListPage } from './SafeguardingListPage';

const c = contract.safeguarding;

/**
 * Safeguarding: the list (the lead in full, co-ordinators status only) is in the menu for those
 * who may list; raising a concern is open to every case role, from the list, a mentee's or a
 * mentor's page.
 */
export const safeguardingRoutes: AreaRoutes = {
  area: 'service-delivery',
  routes: [
    {
      path: SAFEGUARDING_PATH,
      label: 'Safeguarding',
      icon: IconShieldHeart,
      allowed: (roles) => mayCall(c.list, roles),
      Component: SafeguardingListPage,
    },
    {
      path: RAISE_CONCERN_PATH,
      label: 'Raise a safeguarding concern',
      allowed: (roles) => mayCall(c.raise, roles),
      Component: RaiseConcernPage,
    },
    {
      path: `${SAFEGUARDING_PATH}/:id`,
      label: 'Safeguarding concern',
      allowed: (roles) => mayCall(c.get, roles),
      Component: ConcernPage,
    },
  ],
};
