import type { ComponentType } from 'react';
import {
  IconAdjustments,
  IconDatabaseExport,
  IconHome,
  IconListSearch,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { contract } from '../../shared/contract';
import type { Role } from '../../shared/roles';
import { mayCall } from '../session/permissions';
import { HomePage } from '../areas/home/HomePage';
import { AccountsPage } from '../areas/management/accounts/AccountsPage';
import { AuditPage } from '../areas/management/audit/AuditPage';
import { BackupsPage } from '../areas/management/backups/BackupsPage';
import { SettingsPage } from '../areas/management/settings/SettingsPage';

export interface Screen {
  path: string;
  label: string;
  icon: Icon;
  component: ComponentType;
  /** Whether the signed-in roles may use it (taken from the contract's access lists). */
  allowed(roles: readonly Role[]): boolean;
}

export interface Area {
  id: string;
  label: string;
  screens: Screen[];
}

export const HOME: Screen = {
  path: '/',
  label: 'Home',
  icon: IconHome,
  component: HomePage,
  allowed: () => true,
};

/**
 * The eight standards areas, in the order of the quality framework. A screen is listed here only
 * once it works; areas with no working screens are not shown.
 */
export const AREAS: Area[] = [
  { id: 'service-development', label: 'Service development', screens: [] },
  { id: 'assessment', label: 'Assessment', screens: [] },
  { id: 'individual-needs', label: 'Individual needs', screens: [] },
  { id: 'training', label: 'Training', screens: [] },
  { id: 'communication', label: 'Communication', screens: [] },
  { id: 'service-delivery', label: 'Service delivery', screens: [] },
  {
    id: 'management',
    label: 'Management',
    screens: [
      {
        path: '/management/accounts',
        label: 'Staff accounts',
        icon: IconUsers,
        component: AccountsPage,
        allowed: (roles) => mayCall(contract.accounts.list, roles),
      },
      {
        path: '/management/audit',
        label: 'Audit log',
        icon: IconListSearch,
        component: AuditPage,
        allowed: (roles) => mayCall(contract.audit.list, roles),
      },
      {
        path: '/management/settings',
        label: 'Settings',
        icon: IconAdjustments,
        component: SettingsPage,
        allowed: (roles) =>
          mayCall(contract.settings.setIdleLock, roles) || mayCall(contract.settings.setThresholds, roles),
      },
      {
        path: '/management/backups',
        label: 'Backups',
        icon: IconDatabaseExport,
        component: BackupsPage,
        // backups.list is public (it works while locked), so the screen follows "Back up now".
        allowed: (roles) => mayCall(contract.backups.create, roles),
      },
    ],
  },
  { id: 'monitoring', label: 'Monitoring & evaluation', screens: [] },
];

/** The areas and screens this person may use, empty areas left out. */
export function visibleAreas(roles: readonly Role[]): Area[] {
  return AREAS.map((area) => ({ ...area, screens: area.screens.filter((s) => s.allowed(roles)) })).filter(
    (area) => area.screens.length > 0,
  );
}

export function findScreen(path: string): Screen | undefined {
  if (path === HOME.path) return HOME;
  return AREAS.flatMap((a) => a.screens).find((s) => s.path === path);
}
