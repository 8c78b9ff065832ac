import { IconDatabaseExport } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { BackupsPage } from './BackupsPage';

export const backupsRoutes: AreaRoutes = {
  area: 'management',
  routes: [
    {
      path: '/management/backups',
      label: 'Backups',
      icon: IconDatabaseExport,
      // backups.list is public (it works while locked), so the screen follows "Back up now".
      allowed: (roles) => mayCall(contract.backups.create, roles),
      Component: BackupsPage,
    },
  ],
};
