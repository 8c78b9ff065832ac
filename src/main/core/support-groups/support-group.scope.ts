import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';
import { roleWideView, type RowView, type ScopeResolver, type ScopeSubject } from '../policy/scope';

/**
 * Who sees a cluster's support groups: co-ordinators and safeguarding leads every cluster; a lead
 * mentor the clusters they lead (their own mentor record flagged lead mentor, as in the mentor
 * scope). Regional managers have no view here: they read the summaries channel only.
 */
const EVERY_CLUSTER: Partial<Record<Role, RowView>> = { coordinator: 'full', safeguarding_lead: 'full' };

export const LED_CLUSTERS_SQL = `SELECT lead.cluster_id FROM mentor lead
  WHERE lead.account_id = ? AND lead.is_lead_mentor = 1 AND lead.cluster_id IS NOT NULL
    AND lead.stage NOT IN ('left', 'not_selected')`;

async function clusterViews(em: EntityManager, subject: ScopeSubject, clusterIds: readonly string[]) {
  const base = roleWideView(subject, EVERY_CLUSTER);
  const views = new Map<string, RowView>(clusterIds.map((id) => [id, base]));
  if (base !== 'full' && subject.roles.includes('lead_mentor')) {
    const led = (await em.query(LED_CLUSTERS_SQL, [subject.accountId])) as { cluster_id: string }[];
    for (const { cluster_id } of led) if (views.has(cluster_id)) views.set(cluster_id, 'full');
  }
  return views;
}

/** Record type `support_cluster`: a cluster, as the unit of a support group. */
export const supportClusterScope: ScopeResolver = {
  views: clusterViews,
  visibleSql(subject: ScopeSubject, alias: string) {
    if (roleWideView(subject, EVERY_CLUSTER) === 'full') return { sql: '1 = 1', params: [] };
    if (subject.roles.includes('lead_mentor'))
      return { sql: `${alias}.id IN (${LED_CLUSTERS_SQL})`, params: [subject.accountId] };
    return { sql: '0 = 1', params: [] };
  },
};

/** Record type `support_meeting`: one meeting, seen as its cluster is. */
export const supportMeetingScope: ScopeResolver = {
  async views(em, subject, ids) {
    const rows = (await em.query(
      `SELECT id, cluster_id AS clusterId FROM support_group_meeting WHERE id IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(ids)],
    )) as { id: string; clusterId: string }[];
    const byCluster = await clusterViews(em, subject, [...new Set(rows.map((r) => r.clusterId))]);
    return new Map(rows.map((r) => [r.id, byCluster.get(r.clusterId) ?? 'none']));
  },
};
