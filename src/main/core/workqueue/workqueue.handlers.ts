import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import { workQueue, workQueueAnswer } from './workqueue.queries';

export const workqueueHandlers = defineHandlers(contract.workqueue, {
  items: {
    run: async ({ em, now, caller }) => {
      const { thresholds } = await readSettings(em);
      const today = ukToday(now);
      // The caller is the scope subject: the queries narrow their SQL with the scope helpers, and the
      // pipeline's row scope (record type work_item) still decides every item.
      return workQueueAnswer(await workQueue(em, today, thresholds, caller!), today);
    },
    scope: { recordType: 'work_item', rows: 'items' },
  },
});
