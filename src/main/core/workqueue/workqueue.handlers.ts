import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import { workQueue, workQueueAnswer } from './workqueue.queries';

export const workqueueHandlers = defineHandlers(contract.workqueue, {
  items: {
    run: async ({ em, now, caller }) => {
      const { thresholds } = await readSettings(em);
      const subject = { accountId: caller!.accountId, roles: caller!.roles };
      const today = ukToday(now);
      return workQueueAnswer(await workQueue(em, today, thresholds, subject), today);
    },
    scope: { recordType: 'work_item', rows: 'items' },
  },
});
