import { complaintDue } from '../../../shared/complaints/complaints';
import type { WorkItem } from '../../../shared/contract/workqueue';
import type { WorkSource } from '../workqueue/work-source';
import { openComplaints } from './complaint.queries';

/**
 * Every open complaint is on the co-ordinators' queue: first its acknowledgement, then its
 * response, each due by the programme's timescale (settings) and urgent from its last day. The
 * title names the reference only: a complaint's subject is not for a list on the home page.
 */
export const complaintWork: WorkSource = {
  roles: ['coordinator'],
  async items(em, today, t) {
    const items: WorkItem[] = [];
    for (const c of await openComplaints(em)) {
      const due = complaintDue(c, t, today);
      if (!due) continue;
      items.push({
        key: `${due.kind}:${c.id}`,
        id: `complaint:${c.id}`,
        kind: due.kind,
        due: due.due,
        urgent: due.urgent,
        title:
          due.kind === 'complaint_acknowledge'
            ? `Acknowledge complaint ${c.reference}`
            : `Respond to complaint ${c.reference}`,
        subject: `Complaint ${c.reference}`,
        link: { area: 'complaint', id: c.id, tab: null },
      });
    }
    return items;
  },
};
