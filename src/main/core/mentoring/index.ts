import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';
import {
  meetingPlaceTable,
  contactRecordTable,
  mentorCheckinTable,
  concernFollowUpTable,
} from './mentoring.tables';

/** Records of contact for each session, staff check-ins with mentors, concern follow-ups and safe places to meet. */
export const mentoringModule = defineModule({
  area: 'mentoring',
  channels: contract.mentoring,
  handlers: defineHandlers(contract.mentoring, {}),
  tables: [meetingPlaceTable, contactRecordTable, mentorCheckinTable, concernFollowUpTable],
});
