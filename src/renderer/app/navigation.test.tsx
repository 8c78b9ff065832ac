import { IconList } from '@tabler/icons-react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import { appRoutes } from './app-router';
import { buildNavigation, isUnder, screenRoutes } from './navigation';
import { ROUTE_FILES } from './routing/route-files';
import type { AreaRoutes } from './routing/route-types';

const Empty = () => null;
const FILES: AreaRoutes[] = [
  {
    area: 'management',
    routes: [
      { path: '/management/things', label: 'Things', icon: IconList, allowed: () => true, Component: Empty },
    ],
  },
  {
    area: 'service-development',
    routes: [
      {
        path: '/service-development/places',
        label: 'Places',
        icon: IconList,
        allowed: () => true,
        Component: Empty,
      },
      // Detail screens have no icon: reached from their list, never from the menu.
      { path: '/service-development/places/:id', label: 'Place', allowed: () => true, Component: Empty },
      {
        path: '/service-development/secrets',
        label: 'Secrets',
        icon: IconList,
        allowed: (roles) => roles.includes('coordinator'),
        Component: Empty,
      },
    ],
  },
];

const labels = (roles: Role[], files: readonly AreaRoutes[] = FILES) =>
  buildNavigation(files, roles).map(
    (area) => `${area.label}: ${area.entries.map((e) => e.label).join(', ')}`,
  );

describe('navigation derived from the routes files', () => {
  it('groups listed screens by standards area, in framework order, leaving out details and refused screens', () => {
    expect(labels(['caseworker'])).toEqual(['Service development: Places', 'Management: Things']);
    expect(labels(['coordinator'])).toEqual(['Service development: Places, Secrets', 'Management: Things']);
  });

  it('puts every route of every file in the router, under its own standards area', () => {
    const paths = new Set(appRoutes(FILES)[0]?.children?.map((r) => r.path));
    for (const route of screenRoutes(FILES)) expect(paths.has(route.path.slice(1))).toBe(true);
    for (const file of ROUTE_FILES)
      for (const route of file.routes) expect(route.path.startsWith(`/${file.area}/`)).toBe(true);
  });

  it('offers the app’s real screens by role', () => {
    expect(labels(['caseworker'], ROUTE_FILES)).toEqual([
      'Service development: Mentors, Recruitment pipeline, Person specification, Equality of recruitment, Establishments, Clusters and regions, Policies, Insurance, Partners and protocols',
      'Assessment: Referrals and mentees',
      'Individual needs: Reviews due, Action plans',
      'Service delivery: Matching, Matches, Record of contact, Incidents',
    ]);
    expect(labels(['lead_mentor'], ROUTE_FILES)).toEqual([
      'Service development: Mentors, Recruitment pipeline, My cluster, Person specification, Equality of recruitment, Establishments, Clusters and regions, Policies, Insurance',
      'Training: Training register',
      'Service delivery: Matches in my cluster, Support groups',
    ]);
    expect(labels(['regional_manager'], ROUTE_FILES)).toEqual([
      'Service development: Equality of recruitment, Establishments, Clusters and regions',
      'Service delivery: Support groups, Budget',
    ]);
    expect(labels(['coordinator'], ROUTE_FILES).slice(-3)).toEqual([
      'Service delivery: Matching, Matches, Record of contact, Places to meet, Incidents, Supervision, Support groups, Expenses, Budget, Complaints, Safeguarding',
      'Management: Settings',
      'Monitoring & evaluation: Feedback, You said, we did, Service-user involvement',
    ]);
    expect(labels(['administrator'], ROUTE_FILES)).toEqual([
      'Service development: Establishments, Clusters and regions',
      'Management: Staff accounts, Audit log, Settings, Backups',
    ]);
  });

  it('keeps a list’s menu entry current on its detail pages', () => {
    expect(
      isUnder('/service-development/establishments', '/service-development/establishments/abc/edit'),
    ).toBe(true);
    expect(isUnder('/management/audit', '/management/auditors')).toBe(false);
  });
});
