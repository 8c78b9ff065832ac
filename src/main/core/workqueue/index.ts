import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { workItemScope } from './work-item.scope';
import { workqueueHandlers } from './workqueue.handlers';

/** Everything due for the signed-in person, across mentors, mentees and matches (reads only). */
export const workqueueModule = defineModule({
  area: 'workqueue',
  channels: contract.workqueue,
  handlers: workqueueHandlers,
  tables: [],
  scopes: { work_item: workItemScope },
});
