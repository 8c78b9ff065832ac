import { CLUSTER_STEPS, type ClusterMentorRow, type ClusterStep } from '../../../../shared/contract/mentors';
import { MENTOR_STAGES } from '../../../../shared/mentors/pipeline';

/** What a group of mentors still needs (the next-step filter's choices and the badges' colours). */
export const STEP_LABELS: Record<ClusterStep, string> = {
  clearance_expired: 'Clearance expired',
  clearance_expiring: 'Clearance expiring soon',
  forms_to_submit: 'Forms to submit',
  id_to_be_seen: 'ID to be seen',
  security_session: 'Security awareness session to attend',
  awaiting_prison: 'Awaiting the prison',
  no_clearance: 'No prison clearance begun',
  cleared: 'Cleared',
  refused: 'Refused by the prison',
  withdrawn: 'Withdrawn',
};

/** Red for what has lapsed, orange for what is about to, blue for paperwork to chase, green when done. */
export const STEP_COLOURS: Record<ClusterStep, string> = {
  clearance_expired: 'red',
  clearance_expiring: 'orange',
  forms_to_submit: 'blue',
  id_to_be_seen: 'blue',
  security_session: 'blue',
  awaiting_prison: 'violet',
  no_clearance: 'gray',
  cleared: 'teal',
  refused: 'red',
  withdrawn: 'gray',
};

export const CLUSTER_SORTS = ['step', 'name', 'stage', 'training'] as const;
export type ClusterSort = (typeof CLUSTER_SORTS)[number];

const stepRank = new Map(CLUSTER_STEPS.map((s, i) => [s, i]));
const stageRank = new Map(MENTOR_STAGES.map((s, i) => [s, i]));

/**
 * The cluster's rows in the order chosen. The core answers in name order (last name first), so
 * that order breaks every tie and is itself the "name" order.
 */
export function sortClusterRows(
  rows: readonly ClusterMentorRow[],
  sortBy: ClusterSort,
  sortDir: 'asc' | 'desc',
): ClusterMentorRow[] {
  const key = (r: ClusterMentorRow): number => {
    switch (sortBy) {
      case 'step':
        return stepRank.get(r.step) ?? 0;
      case 'stage':
        // Longest at a stage first within it: they are the ones to ask after.
        return (stageRank.get(r.stage) ?? 0) * 100_000 - r.daysInStage;
      case 'training':
        return r.initialHours;
      default:
        return 0;
    }
  };
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const sign = sortDir === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => sign * (key(a) - key(b) || order.get(a.id)! - order.get(b.id)!));
}

/** "6 of 12 hours" (quarter hours as decimals). */
export const hoursText = (hours: number, of: number) =>
  `${Number(hours.toFixed(2))} of ${of} hour${of === 1 ? '' : 's'}`;
