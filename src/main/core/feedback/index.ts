import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';

/** Feedback from mentees, mentors, carers and partners, “you said, we did” actions, and service-user involvement. */
export const feedbackModule = defineModule({
  area: 'feedback',
  channels: contract.feedback,
  handlers: defineHandlers(contract.feedback, {}),
  tables: [],
});
