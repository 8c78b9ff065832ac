import type { WorkItem } from '../../../shared/contract/workqueue';
import type { ActionStatus } from '../../../shared/feedback/feedback';
import { actionDue, lastDueDay } from '../../../shared/feedback/feedback.rules';
import type { WorkSource } from '../workqueue/work-source';

/**
 * "You said, we did" actions not done whose target date is within seven days or has passed
 * (`actionDue`). The SQL only narrows by the partial index over open actions' target dates; the
 * rule decides. The title is plain words; the subject is the start of what people said (a summary written
 * to be published, so it names nobody).
 */
/** What people said, cut to a link's length: a summary written to be published, naming nobody. */
const gist = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

export const feedbackWork: WorkSource = {
  roles: ['coordinator'],
  items: async (em, today) => {
    const rows = (await em.query(
      `SELECT id, target_on AS targetOn, status, owner, you_said AS youSaid FROM feedback_action
        WHERE status <> 'done' AND target_on IS NOT NULL AND target_on <= ?`,
      [lastDueDay(today)],
    )) as { id: string; targetOn: string; status: ActionStatus; owner: string; youSaid: string }[];
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
          title: `${urgent ? 'Past its target date' : 'Due by its target date'}${r.owner ? ` (owner: ${r.owner})` : ''}`,
          subject: gist(r.youSaid),
          link: { area: 'feedback_action', id: r.id, tab: null },
        },
      ];
    });
  },
};
