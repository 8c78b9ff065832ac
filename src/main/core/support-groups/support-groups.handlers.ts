import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { nextMeetingDue } from '../../../shared/support-groups/support-groups';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import {
  assertMeetingFits,
  clusterMeetings,
  clusterMembers,
  clusterName,
  getMeeting,
  insertMeeting,
  listClusters,
  listSummaries,
  meetingCluster,
  updateMeeting,
} from './support-group.queries';

/**
 * Everything about one cluster's groups is checked against the cluster (record type
 * `support_cluster`): a lead mentor of another cluster is refused before the handler runs.
 */
const onCluster = {
  recordType: 'support_cluster',
  recordId: (i: { clusterId: string }) => i.clusterId,
  needsFullView: true,
};
const onMeeting = {
  recordType: 'support_meeting',
  recordId: (i: { id: string }) => i.id,
  needsFullView: true,
};

// Role-limited channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
const target = (id: string | null | undefined, heldOn: string) => ({
  recordType: 'support_meeting',
  recordId: id ?? null,
  detail: `meeting of ${heldOn}`,
});

export const supportGroupsHandlers = defineHandlers(contract.supportGroups, {
  clusters: {
    run: async ({ em, caller, now }) => {
      const { thresholds } = await readSettings(em);
      const c = who(caller);
      return listClusters(
        em,
        { accountId: c.accountId, roles: c.roles },
        thresholds.supportGroupWeeks,
        ukToday(now),
      );
    },
    scope: { recordType: 'support_cluster', rows: '' },
  },
  cluster: {
    run: async ({ em, now }, { clusterId }) => {
      const today = ukToday(now);
      const name = await clusterName(em, clusterId);
      const { thresholds } = await readSettings(em);
      const meetings = await clusterMeetings(em, clusterId);
      const lastMetOn = meetings[0]?.heldOn ?? null;
      const nextDueOn = nextMeetingDue(lastMetOn, thresholds.supportGroupWeeks, today);
      return {
        id: clusterId,
        name,
        lastMetOn,
        nextDueOn,
        overdue: nextDueOn < today,
        members: await clusterMembers(em, clusterId),
        meetings,
      };
    },
    scope: onCluster,
  },
  record: {
    run: async ({ em, caller, now }, { clusterId, ...fields }) => {
      await clusterName(em, clusterId);
      await assertMeetingFits(em, clusterId, fields, ukToday(now));
      const id = await insertMeeting(em, clusterId, fields, who(caller).accountId, now);
      return getMeeting(em, id);
    },
    scope: onCluster,
    audit: (input, output) => target(output?.id, input.heldOn),
  },
  update: {
    run: async ({ em, now }, { id, ...fields }) => {
      const clusterId = await meetingCluster(em, id);
      await assertMeetingFits(em, clusterId, fields, ukToday(now));
      await updateMeeting(em, id, fields, now);
      return getMeeting(em, id);
    },
    scope: onMeeting,
    audit: (input) => target(input.id, input.heldOn),
  },
  summaries: { run: ({ em }, input) => listSummaries(em, input.page, input.pageSize) },
});
