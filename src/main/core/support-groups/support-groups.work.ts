import { formatUkDate } from '../../../shared/uk-date';
import { lastMeetingCutoff, supportGroupDue } from '../../../shared/support-groups/support-groups';
import type { WorkSource } from '../workqueue/work-source';

/**
 * Clusters with a lead mentor whose support group has not met within `supportGroupWeeks`: the SQL
 * keeps clusters whose last meeting is on or before the cut-off (or never), the rule decides.
 */
export const supportGroupWork: WorkSource = {
  roles: ['coordinator'],
  items: async (em, today, t) => {
    const rows = (await em.query(
      `SELECT c.id, c.name,
              (SELECT max(g.held_on) FROM support_group_meeting g WHERE g.cluster_id = c.id) AS lastMetOn
         FROM cluster c
        WHERE EXISTS (SELECT 1 FROM mentor m WHERE m.cluster_id = c.id AND m.is_lead_mentor = 1
                        AND m.stage NOT IN ('left', 'not_selected'))
          AND NOT EXISTS (SELECT 1 FROM support_group_meeting g WHERE g.cluster_id = c.id AND g.held_on > ?)`,
      [lastMeetingCutoff(t.supportGroupWeeks, today)],
    )) as { id: string; name: string; lastMetOn: string | null }[];
    return rows.flatMap((r) => {
      const due = supportGroupDue(r.lastMetOn, t.supportGroupWeeks, today);
      if (!due) return [];
      return [
        {
          key: `support_group_due:${r.id}`,
          id: `support_group:${r.id}`,
          kind: 'support_group_due' as const,
          due: due.due,
          urgent: due.urgent,
          title: r.lastMetOn
            ? `Lead mentors’ support group due (last met ${formatUkDate(r.lastMetOn)})`
            : 'Lead mentors’ support group has not met yet',
          subject: r.name,
          link: { area: 'support_group' as const, id: r.id, tab: null },
        },
      ];
    });
  },
};
