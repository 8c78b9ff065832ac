import { IconListCheck, IconUsers } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { CRITERIA_PATH, MENTEES_PATH, NEW_REFERRAL_PATH, SELF_REFERRAL_PATH } from './mentee-paths';
import { EditMenteePage } from './EditMenteePage';
import { MenteeFilePage } from './MenteeFilePage';
import { MenteePage } from './MenteePage';
import { MenteesListPage } from './MenteesListPage';
import { ReferralCriteriaPage } from './ReferralCriteriaPage';
import { ReferralFormPage } from './ReferralFormPage';
import { SelfReferralPage } from './SelfReferralPage';

const m = contract.mentees;

/** Mentees from referral to ready-for-match: the list, the two referral forms and each record. */
export const menteesRoutes: AreaRoutes = {
  area: 'assessment',
  routes: [
    {
      path: MENTEES_PATH,
      label: 'Referrals and mentees',
      icon: IconUsers,
      allowed: (roles) => mayCall(m.list, roles),
      Component: MenteesListPage,
    },
    {
      path: CRITERIA_PATH,
      label: 'Referral criteria',
      icon: IconListCheck,
      allowed: (roles) => mayCall(m.saveReferralCriterion, roles),
      Component: ReferralCriteriaPage,
    },
    {
      path: NEW_REFERRAL_PATH,
      label: 'Add a referral',
      allowed: (roles) => mayCall(m.create, roles),
      Component: ReferralFormPage,
    },
    {
      path: SELF_REFERRAL_PATH,
      label: 'Self-referral slip',
      allowed: (roles) => mayCall(m.selfReferral, roles),
      Component: SelfReferralPage,
    },
    {
      path: `${MENTEES_PATH}/:id`,
      label: 'Mentee',
      allowed: (roles) => mayCall(m.get, roles),
      Component: MenteePage,
    },
    {
      path: `${MENTEES_PATH}/:id/edit`,
      label: 'Change a mentee’s details',
      allowed: (roles) => mayCall(m.update, roles),
      Component: EditMenteePage,
    },
    {
      path: `${MENTEES_PATH}/:id/file`,
      label: 'Mentee file',
      allowed: (roles) => mayCall(m.get, roles) && mayCall(m.readiness, roles),
      Component: MenteeFilePage,
    },
  ],
};
