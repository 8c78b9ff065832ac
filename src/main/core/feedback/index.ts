import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { feedbackHandlers } from './feedback.handlers';
import { FEEDBACK_TABLES } from './feedback.tables';

/** Feedback from mentees, mentors, carers and partners, “you said, we did” actions, and service-user involvement. */
export const feedbackModule = defineModule({
  area: 'feedback',
  channels: contract.feedback,
  handlers: feedbackHandlers,
  tables: FEEDBACK_TABLES,
});
