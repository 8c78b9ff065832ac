import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';

/** Everything due for the signed-in person, across mentors, mentees and matches. */
export const workqueueModule = defineModule({
  area: 'workqueue',
  channels: contract.workqueue,
  handlers: defineHandlers(contract.workqueue, {}),
  tables: [],
});
