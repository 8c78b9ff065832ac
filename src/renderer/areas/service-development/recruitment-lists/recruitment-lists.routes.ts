import { IconChartPie, IconChecklist } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { EqualityProfilePage } from './EqualityProfilePage';
import { PersonSpecPage } from './PersonSpecPage';
import { EQUALITY_PROFILE_PATH, PERSON_SPEC_PATH } from './recruitment-list-paths';

const s = contract.screening;

/** The programme's selection lists (person specification, interview questions) and the equality profile. */
export const recruitmentListsRoutes: AreaRoutes = {
  area: 'service-development',
  routes: [
    {
      path: PERSON_SPEC_PATH,
      label: 'Person specification',
      icon: IconChecklist,
      // Reference data, but only the people who recruit and support mentors need the screen.
      allowed: (roles) =>
        mayCall(contract.mentors.list, roles) &&
        mayCall(s.personSpec, roles) &&
        mayCall(s.interviewQuestions, roles),
      Component: PersonSpecPage,
    },
    {
      path: EQUALITY_PROFILE_PATH,
      label: 'Equality of recruitment',
      icon: IconChartPie,
      allowed: (roles) => mayCall(s.equalityProfile, roles),
      Component: EqualityProfilePage,
    },
  ],
};
