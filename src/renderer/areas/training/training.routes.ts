import { IconBook2, IconCalendarEvent } from '@tabler/icons-react';
import { contract } from '../../../shared/contract';
import type { AreaRoutes } from '../../app/routing/route-types';
import { mayCall } from '../../session/permissions';
import { CoursesPage } from './CoursesPage';
import { SessionPage } from './SessionPage';
import { TrainingRegisterPage } from './TrainingRegisterPage';
import { COURSES_PATH, TRAINING_REGISTER_PATH } from './training-paths';

const t = contract.training;

/** Training: the register of sessions (with each session's page) and the courses. */
export const trainingRoutes: AreaRoutes = {
  area: 'training',
  routes: [
    {
      path: TRAINING_REGISTER_PATH,
      label: 'Training register',
      icon: IconCalendarEvent,
      allowed: (roles) => mayCall(t.sessions, roles) && mayCall(t.session, roles),
      Component: TrainingRegisterPage,
    },
    {
      path: '/training/sessions/:id',
      label: 'Training session',
      allowed: (roles) => mayCall(t.session, roles),
      Component: SessionPage,
    },
    {
      path: COURSES_PATH,
      label: 'Courses',
      icon: IconBook2,
      allowed: (roles) => mayCall(t.courses, roles) && mayCall(t.saveCourse, roles),
      Component: CoursesPage,
    },
  ],
};
