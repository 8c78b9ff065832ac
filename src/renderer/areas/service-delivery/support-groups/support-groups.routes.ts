import { IconUsersGroup } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { ClusterSupportGroupPage } from './ClusterSupportGroupPage';
import { SUPPORT_GROUPS_PATH } from './support-groups-paths';
import { SupportGroupsPage } from './SupportGroupsPage';

const c = contract.supportGroups;

/** Lead mentors' support groups (lead mentors, co-ordinators); the concerns summaries (regional managers too). */
export const supportGroupsRoutes: AreaRoutes = {
  area: 'service-delivery',
  routes: [
    {
      path: SUPPORT_GROUPS_PATH,
      label: 'Support groups',
      icon: IconUsersGroup,
      allowed: (roles) => mayCall(c.clusters, roles) || mayCall(c.summaries, roles),
      Component: SupportGroupsPage,
    },
    {
      path: `${SUPPORT_GROUPS_PATH}/clusters/:id`,
      label: 'Support group',
      allowed: (roles) => mayCall(c.cluster, roles),
      Component: ClusterSupportGroupPage,
    },
  ],
};
