import type { WorkItem } from '../../../shared/contract/workqueue';
import { CONCERN_QUIET_DAYS, concernDue } from '../../../shared/safeguarding/safeguarding';
import type { WorkSource } from '../workqueue/work-source';
import { openConcerns } from './safeguarding.queries';

const TITLES = {
  new: (ref: string) => `Look at new safeguarding concern ${ref}`,
  action_due: (ref: string) => `Next action due on safeguarding concern ${ref}`,
  quiet: (ref: string) => `No action on safeguarding concern ${ref} for ${CONCERN_QUIET_DAYS} days`,
};

/**
 * Every unclosed concern is on the safeguarding lead's queue and nobody else's (this source's
 * roles, and the `safeguarding` link area's scope checks each item again). Titles carry the
 * reference only.
 */
export const safeguardingWork: WorkSource = {
  roles: ['safeguarding_lead'],
  async items(em, today) {
    const items: WorkItem[] = [];
    for (const c of await openConcerns(em)) {
      const due = concernDue(c, today);
      if (!due) continue;
      items.push({
        key: `safeguarding_open:${c.id}`,
        id: `safeguarding:${c.id}`,
        kind: 'safeguarding_open',
        due: due.due,
        urgent: due.urgent,
        title: TITLES[due.reason](c.reference),
        subject: `Safeguarding concern ${c.reference}`,
        link: { area: 'safeguarding', id: c.id, tab: null },
      });
    }
    return items;
  },
};
