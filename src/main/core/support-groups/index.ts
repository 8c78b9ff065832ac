import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { supportGroupsHandlers } from './support-groups.handlers';
import { supportClusterScope, supportMeetingScope } from './support-group.scope';
import { supportGroupAttendanceTable, supportGroupMeetingTable } from './support-group.tables';

/** Lead mentors’ six-weekly support groups per cluster: attendance, themes and the concerns passed to the regional manager. */
export const supportGroupsModule = defineModule({
  area: 'supportGroups',
  channels: contract.supportGroups,
  handlers: supportGroupsHandlers,
  tables: [supportGroupMeetingTable, supportGroupAttendanceTable],
  scopes: { support_cluster: supportClusterScope, support_meeting: supportMeetingScope },
});
