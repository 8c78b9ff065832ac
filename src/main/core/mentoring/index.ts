import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { followUpScope } from './casework.scope';
import { mentoringHandlers } from './mentoring.handlers';
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
  handlers: mentoringHandlers,
  tables: [meetingPlaceTable, contactRecordTable, mentorCheckinTable, concernFollowUpTable],
  scopes: { concern_follow_up: followUpScope },
});
