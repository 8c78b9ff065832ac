import { IconCalendarEvent } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { MentorSupervisionPage } from './MentorSupervisionPage';
import { SessionPage } from './SessionPage';
import { SUPERVISION_PATH } from './supervision-paths';
import { SupervisionPage } from './SupervisionPage';

const c = contract.supervision;

/** Supervision of mentors (co-ordinators and the safeguarding lead). */
export const supervisionRoutes: AreaRoutes = {
  area: 'service-delivery',
  routes: [
    {
      path: SUPERVISION_PATH,
      label: 'Supervision',
      icon: IconCalendarEvent,
      allowed: (roles) => mayCall(c.calendar, roles),
      Component: SupervisionPage,
    },
    {
      path: `${SUPERVISION_PATH}/sessions/:id`,
      label: 'Group supervision',
      allowed: (roles) => mayCall(c.session, roles),
      Component: SessionPage,
    },
    {
      path: `${SUPERVISION_PATH}/mentors/:id`,
      label: 'Mentor supervision',
      allowed: (roles) => mayCall(c.mentor, roles),
      Component: MentorSupervisionPage,
    },
  ],
};
