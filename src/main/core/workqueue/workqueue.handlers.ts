import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import { workQueue } from './workqueue.queries';

export const workqueueHandlers = defineHandlers(contract.workqueue, {
  items: {
    run: async ({ em, now, caller }) => {
      const { thresholds } = await readSettings(em);
      const subject = { accountId: caller!.accountId, roles: caller!.roles };
      return { items: await workQueue(em, ukToday(now), thresholds, subject) };
    },
    scope: { recordType: 'work_item', rows: 'items' },
  },
});
