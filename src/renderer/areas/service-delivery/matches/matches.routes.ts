import { IconHeartHandshake, IconUsersGroup } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { MATCHES_PATH } from './match-paths';
import { ClusterMatchesPage } from './ClusterMatchesPage';
import { MatchesListPage } from './MatchesListPage';
import { MatchFilePage } from './MatchFilePage';
import { MatchPage } from './MatchPage';

const x = contract.matches;

/** Matches from the proposal to the ending: the list, each match, and its printable file. */
export const matchesRoutes: AreaRoutes = {
  area: 'service-delivery',
  routes: [
    {
      path: MATCHES_PATH,
      label: 'Matches',
      icon: IconHeartHandshake,
      allowed: (roles) => mayCall(x.list, roles),
      Component: MatchesListPage,
    },
    {
      // For lead mentors, who may not open the matches themselves (co-ordinators have the list).
      path: `${MATCHES_PATH}/my-cluster`,
      label: 'Matches in my cluster',
      icon: IconUsersGroup,
      allowed: (roles) => mayCall(x.myCluster, roles) && !mayCall(x.list, roles),
      Component: ClusterMatchesPage,
    },
    {
      path: `${MATCHES_PATH}/:id`,
      label: 'Match',
      allowed: (roles) => mayCall(x.get, roles),
      Component: MatchPage,
    },
    {
      path: `${MATCHES_PATH}/:id/file`,
      label: 'Match file',
      allowed: (roles) => mayCall(x.get, roles),
      Component: MatchFilePage,
    },
  ],
};
