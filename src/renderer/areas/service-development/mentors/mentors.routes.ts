import { IconLayoutKanban, IconSpeakerphone, IconUserHeart } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { EditMentorPage, NewMentorPage } from './MentorFormPage';
import { MENTORS_PATH, PIPELINE_PATH, SOURCES_PATH } from './mentor-paths';
import { MentorFilePage } from './MentorFilePage';
import { MentorPage } from './MentorPage';
import { MentorsListPage } from './MentorsListPage';
import { PipelineBoardPage } from './PipelineBoardPage';
import { RecruitmentSourcesPage } from './RecruitmentSourcesPage';

const m = contract.mentors;

/** Volunteer mentors: the list, the recruitment pipeline board and each mentor's record. */
export const mentorsRoutes: AreaRoutes = {
  area: 'service-development',
  routes: [
    {
      path: MENTORS_PATH,
      label: 'Mentors',
      icon: IconUserHeart,
      allowed: (roles) => mayCall(m.list, roles),
      Component: MentorsListPage,
    },
    {
      path: PIPELINE_PATH,
      label: 'Recruitment pipeline',
      icon: IconLayoutKanban,
      allowed: (roles) => mayCall(m.board, roles),
      Component: PipelineBoardPage,
    },
    {
      path: SOURCES_PATH,
      label: 'How volunteers hear about us',
      icon: IconSpeakerphone,
      allowed: (roles) => mayCall(m.saveRecruitmentSource, roles),
      Component: RecruitmentSourcesPage,
    },
    {
      path: `${MENTORS_PATH}/new`,
      label: 'Add a mentor',
      allowed: (roles) => mayCall(m.create, roles),
      Component: NewMentorPage,
    },
    {
      path: `${MENTORS_PATH}/:id`,
      label: 'Mentor',
      allowed: (roles) => mayCall(m.get, roles),
      Component: MentorPage,
    },
    {
      path: `${MENTORS_PATH}/:id/file`,
      label: 'Mentor file',
      allowed: (roles) =>
        mayCall(m.readiness, roles) &&
        mayCall(contract.screening.forMentor, roles) &&
        mayCall(contract.screening.clearances, roles),
      Component: MentorFilePage,
    },
    {
      path: `${MENTORS_PATH}/:id/edit`,
      label: 'Change a mentor’s details',
      allowed: (roles) => mayCall(m.update, roles),
      Component: EditMentorPage,
    },
  ],
};
