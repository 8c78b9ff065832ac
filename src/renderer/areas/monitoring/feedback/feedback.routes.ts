import { IconMessages, IconSpeakerphone, IconUsersGroup } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { ActionsPage } from './ActionsPage';
import { FeedbackPage } from './FeedbackPage';
import {
  ACTIONS_PATH,
  FEEDBACK_LIST_PATH,
  FEEDBACK_PATH,
  INVOLVEMENT_PATH,
  PUBLISHED_PATH,
} from './feedback-paths';
import { InvolvementPage } from './InvolvementPage';
import { PublishedPage } from './PublishedPage';

const f = contract.feedback;

/** Feedback, "you said, we did" and service-user involvement: the first screens under Monitoring & evaluation. */
export const feedbackRoutes: AreaRoutes = {
  area: 'monitoring',
  routes: [
    {
      path: FEEDBACK_LIST_PATH,
      label: 'Feedback',
      icon: IconMessages,
      allowed: (roles) => mayCall(f.list, roles),
      Component: FeedbackPage,
    },
    {
      path: FEEDBACK_PATH,
      label: 'Feedback',
      allowed: (roles) => mayCall(f.list, roles),
      Component: FeedbackPage,
    },
    {
      path: ACTIONS_PATH,
      label: 'You said, we did',
      icon: IconSpeakerphone,
      allowed: (roles) => mayCall(f.actions, roles),
      Component: ActionsPage,
    },
    {
      path: `${ACTIONS_PATH}/:id`,
      label: 'You said, we did',
      allowed: (roles) => mayCall(f.actions, roles),
      Component: ActionsPage,
    },
    {
      path: PUBLISHED_PATH,
      label: 'You said, we did: published',
      allowed: (roles) => mayCall(f.published, roles),
      Component: PublishedPage,
    },
    {
      path: INVOLVEMENT_PATH,
      label: 'Service-user involvement',
      icon: IconUsersGroup,
      allowed: (roles) => mayCall(f.involvements, roles),
      Component: InvolvementPage,
    },
  ],
};
