import type { WorkItem } from '../../../shared/contract/workqueue';
import type { ActionStatus } from '../../../shared/feedback/feedback';
import { actionDue, lastDueDay } from '../../../shared/feedback/feedback.rules';
import type { WorkSource } from '../workqueue/work-source';

/**
 * "You said, we did" actions not done whose target date is within seven days or has passed
 * (`actionDue`). The SQL only narrows by the partial index over open actions' target dates; the
 * rule decides. The title is plain words; what people said stays on the action's page.
 */
export const feedbackWork: WorkSource = {
  roles: ['coordinator'],
  items: async (em, today) => {
    const rows = (await em.query(
      `SELECT id, target_on AS targetOn, status, owner FROM feedback_action
        WHERE status <> 'done' AND target_on IS NOT NULL AND target_on <= ?`,
      [lastDueDay(today)],
    )) as { id: string; targetOn: string; status: ActionStatus; owner: string }[];
    return rows.flatMap((r): WorkItem[] => {
      const { due, urgent } = actionDue(r, today);
      if (!due) return [];
      return [
        {
          key: `you_said_we_did_due:${r.id}`,
          id: `feedback_action:${r.id}`,
          kind: 'you_said_we_did_due',
          due: r.targetOn,
          urgent,
          title: urgent ? '“You said, we did” action past its target date' : '“You said, we did” action due',
          subject: r.owner ? `Owner: ${r.owner}` : '“You said, we did”',
          link: { area: 'feedback_action', id: r.id, tab: null },
        },
      ];
    });
  },
};
