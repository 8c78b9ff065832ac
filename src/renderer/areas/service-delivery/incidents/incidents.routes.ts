import { IconAlertTriangle } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { INCIDENTS_PATH } from './incident-format';
import { IncidentsPage } from './IncidentsPage';

/** Incidents and difficult situations across the matches a person works with. */
export const incidentsRoutes: AreaRoutes = {
  area: 'service-delivery',
  routes: [
    {
      path: INCIDENTS_PATH,
      label: 'Incidents',
      icon: IconAlertTriangle,
      allowed: (roles) => mayCall(contract.incidents.list, roles),
      Component: IncidentsPage,
    },
  ],
};
