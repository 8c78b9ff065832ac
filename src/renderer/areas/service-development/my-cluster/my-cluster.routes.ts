import { IconUsersGroup } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { MY_CLUSTER_PATH } from './my-cluster-paths';
import { MyClusterPage } from './MyClusterPage';

/** The lead mentor's view of their cluster (co-ordinators and safeguarding leads choose one). */
export const myClusterRoutes: AreaRoutes = {
  area: 'service-development',
  routes: [
    {
      path: MY_CLUSTER_PATH,
      label: 'My cluster',
      icon: IconUsersGroup,
      allowed: (roles) => mayCall(contract.mentors.clusterOverview, roles),
      Component: MyClusterPage,
    },
  ],
};
