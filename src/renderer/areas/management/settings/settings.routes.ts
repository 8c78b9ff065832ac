import { IconAdjustments } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { SettingsPage } from './SettingsPage';

export const settingsRoutes: AreaRoutes = {
  area: 'management',
  routes: [
    {
      path: '/management/settings',
      label: 'Settings',
      icon: IconAdjustments,
      allowed: (roles) =>
        mayCall(contract.settings.setIdleLock, roles) || mayCall(contract.settings.setThresholds, roles),
      Component: SettingsPage,
    },
  ],
};
