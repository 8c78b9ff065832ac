import { formatUkDate } from '../../../shared/uk-date';
import type { WorkItem } from '../../../shared/contract/workqueue';
import type { WorkSource } from '../workqueue/work-source';
import { dueCandidates, judge } from './supervision.queries';

/**
 * Ready and matched mentors who missed the programme's number of group sessions in a row since
 * their last individual supervision ("invite to individual supervision"), and those not
 * supervised individually within `supervisionWeeks`. Linked to the mentor's supervision page.
 */
export const supervisionWork: WorkSource = {
  roles: ['coordinator'],
  items: async (em, today, t) => {
    const items: WorkItem[] = [];
    const link = (mentorId: string) => ({ area: 'supervision' as const, id: mentorId, tab: null });
    for (const c of await dueCandidates(em, t.supervisionWeeks, t.missedInARowFlag, today)) {
      const { overdue, invitedOn } = judge(c, t.supervisionWeeks, t.missedInARowFlag, today);
      if (invitedOn)
        items.push({
          key: `supervision_invite:${c.mentorId}`,
          id: `supervision:${c.mentorId}`,
          kind: 'supervision_invite',
          due: invitedOn,
          urgent: true,
          title: `Invite to individual supervision: missed ${c.missedStreak} group sessions in a row`,
          subject: c.mentorName,
          link: link(c.mentorId),
        });
      if (overdue)
        items.push({
          key: `supervision_overdue:${c.mentorId}`,
          id: `supervision:${c.mentorId}`,
          kind: 'supervision_overdue',
          due: overdue.due,
          urgent: overdue.urgent,
          title: c.lastSupervisedOn
            ? `Individual supervision due (last ${formatUkDate(c.lastSupervisedOn)})`
            : 'Individual supervision due (not supervised yet)',
          subject: c.mentorName,
          link: link(c.mentorId),
        });
    }
    return items;
  },
};
