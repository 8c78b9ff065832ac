import type { WorkSource } from '../workqueue/work-source';

/** What this area puts on the work queue. Placeholder: its helper fills in the rules. */
export const safeguardingWork: WorkSource = {
  roles: ['safeguarding_lead'],
  items: async () => [],
};
