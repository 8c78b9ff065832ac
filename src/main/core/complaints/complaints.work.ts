import type { WorkSource } from '../workqueue/work-source';

/** What this area puts on the work queue. Placeholder: its helper fills in the rules. */
export const complaintWork: WorkSource = {
  roles: ['coordinator'],
  items: async () => [],
};
