import type { WorkItem } from '../../../shared/contract/workqueue';
import { claimWork } from '../../../shared/expenses/claim-rules';
import { formatPence, type ClaimStatus } from '../../../shared/expenses/expenses';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';
import type { WorkSource } from '../workqueue/work-source';

/**
 * Claims waiting for a co-ordinator: for approval or for payment, due on their last on-time day
 * (standard 20), urgent once late. The SQL only takes the two waiting statuses through the status
 * index; the rule (`claimWork`) decides the rest.
 */
export const expenseWork: WorkSource = {
  roles: ['coordinator'],
  items: async (em, today, t) => {
    const rows = (await em.query(
      `SELECT c.id, c.reference, c.status, c.received_on AS receivedOn, c.total_pence AS totalPence,
              ${DISPLAY_NAME_SQL('m')} AS mentorName
         FROM expense_claim c INDEXED BY expense_claim_status JOIN mentor m ON m.id = c.mentor_id
        WHERE c.status IN ('submitted', 'approved')`,
    )) as {
      id: string;
      reference: string;
      status: ClaimStatus;
      receivedOn: string;
      totalPence: number;
      mentorName: string;
    }[];
    const items: WorkItem[] = [];
    for (const c of rows) {
      const work = claimWork(c, today, t.claimPaymentDays);
      if (!work) continue;
      const what = work.kind === 'claim_awaiting_approval' ? 'to approve' : 'to pay';
      items.push({
        key: `${work.kind}:${c.id}`,
        id: `claim:${c.id}`,
        kind: work.kind,
        due: work.due,
        urgent: work.urgent,
        title: `Expense claim ${c.reference} (${formatPence(c.totalPence)}) ${what}${work.urgent ? ': not paid within ' + t.claimPaymentDays + ' days' : ''}`,
        subject: c.mentorName,
        link: { area: 'claim', id: c.id, tab: null },
      });
    }
    return items;
  },
};
