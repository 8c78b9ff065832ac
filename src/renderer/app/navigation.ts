import type { Icon } from '@tabler/icons-react';
import type { Role } from '../../shared/roles';
import type { AreaRoutes, ScreenRoute } from './routing/route-types';
import { STANDARDS_AREAS } from './routing/standards-areas';

export interface MenuEntry {
  path: string;
  label: string;
  icon: Icon;
}

export interface MenuArea {
  id: string;
  label: string;
  entries: MenuEntry[];
}

/** Every screen in the routes files, as one flat list. */
export function screenRoutes(files: readonly AreaRoutes[]): ScreenRoute[] {
  return files.flatMap((file) => file.routes);
}

/**
 * The menu, derived from the routes files: each standards area in framework order, holding the
 * screens that have an icon (list screens, not details) and that these roles may use. Areas left
 * with nothing are not shown.
 */
export function buildNavigation(files: readonly AreaRoutes[], roles: readonly Role[]): MenuArea[] {
  return STANDARDS_AREAS.map((area) => ({
    id: area.id,
    label: area.label,
    entries: files
      .filter((file) => file.area === area.id)
      .flatMap((file) => file.routes)
      .filter(
        (route): route is ScreenRoute & { icon: Icon } => route.icon !== undefined && route.allowed(roles),
      )
      .map(({ path, label, icon }) => ({ path, label, icon })),
  })).filter((area) => area.entries.length > 0);
}

/** The menu entry a path belongs to: itself, or the list a detail or edit screen sits under. */
export function isUnder(entryPath: string, pathname: string): boolean {
  return pathname === entryPath || pathname.startsWith(`${entryPath}/`);
}
