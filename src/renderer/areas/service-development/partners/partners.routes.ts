import { IconBuildingBank } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { PartnerDetailPage } from './PartnerDetailPage';
import { PARTNERS_PATH } from './partner-paths';
import { PartnersListPage } from './PartnersListPage';

const c = contract.partners;

/** Partner agencies and their protocols (co-ordinators manage; caseworkers read and record liaison). */
export const partnersRoutes: AreaRoutes = {
  area: 'service-development',
  routes: [
    {
      path: PARTNERS_PATH,
      label: 'Partners and protocols',
      icon: IconBuildingBank,
      allowed: (roles) => mayCall(c.list, roles),
      Component: PartnersListPage,
    },
    {
      path: `${PARTNERS_PATH}/:id`,
      label: 'Partner',
      allowed: (roles) => mayCall(c.get, roles),
      Component: PartnerDetailPage,
    },
  ],
};
