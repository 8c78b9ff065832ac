import type { Icon } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Role } from '../../../shared/roles';
import type { StandardsAreaId } from './standards-areas';

/** One screen at one address. */
export interface ScreenRoute {
  /** The full path, with React Router parameters: `/service-development/establishments/:id`. */
  readonly path: string;
  /** What the menu (and the page title, where the screen has no better one) calls it. */
  readonly label: string;
  /** Screens with an icon are listed in the menu; detail and edit screens are reached from them. */
  readonly icon?: Icon;
  /** Whether the signed-in roles may use it, read from the contract's access lists via mayCall. */
  allowed(roles: readonly Role[]): boolean;
  readonly Component: ComponentType;
}

/** What one area's `*.routes.ts` file exports: its screens and the standards area they belong to. */
export interface AreaRoutes {
  readonly area: StandardsAreaId;
  readonly routes: readonly ScreenRoute[];
}
