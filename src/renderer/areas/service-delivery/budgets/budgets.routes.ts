import type { AreaRoutes } from '../../../app/routing/route-types';

/** Placeholder until the area's screens land: no route, so nothing appears in the menu. */
export const budgetsRoutes: AreaRoutes = { area: 'service-delivery', routes: [] };
