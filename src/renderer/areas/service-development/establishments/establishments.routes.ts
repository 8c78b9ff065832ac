import { IconBuildingCommunity, IconMapPins } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { ClustersPage } from './clusters/ClustersPage';
import { CLUSTERS_PATH, ESTABLISHMENTS_PATH } from './establishment-paths';
import { EstablishmentDetailPage } from './EstablishmentDetailPage';
import { EditEstablishmentPage, NewEstablishmentPage } from './EstablishmentFormPage';
import { EstablishmentsListPage } from './EstablishmentsListPage';

const e = contract.establishments;

/** Establishments (everyone signed in reads them; co-ordinators change them), clusters and regions. */
export const establishmentsRoutes: AreaRoutes = {
  area: 'service-development',
  routes: [
    {
      path: ESTABLISHMENTS_PATH,
      label: 'Establishments',
      icon: IconBuildingCommunity,
      allowed: (roles) => mayCall(e.list, roles),
      Component: EstablishmentsListPage,
    },
    {
      path: `${ESTABLISHMENTS_PATH}/new`,
      label: 'Add an establishment',
      allowed: (roles) => mayCall(e.create, roles),
      Component: NewEstablishmentPage,
    },
    {
      path: `${ESTABLISHMENTS_PATH}/:id`,
      label: 'Establishment',
      allowed: (roles) => mayCall(e.get, roles),
      Component: EstablishmentDetailPage,
    },
    {
      path: `${ESTABLISHMENTS_PATH}/:id/edit`,
      label: 'Change an establishment',
      allowed: (roles) => mayCall(e.update, roles),
      Component: EditEstablishmentPage,
    },
    {
      path: CLUSTERS_PATH,
      label: 'Clusters and regions',
      icon: IconMapPins,
      allowed: (roles) => mayCall(e.clusters, roles) && mayCall(e.regions, roles),
      Component: ClustersPage,
    },
  ],
};
