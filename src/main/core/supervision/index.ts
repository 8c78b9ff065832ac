import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { supervisionHandlers } from './supervision.handlers';
import {
  groupSupervisionAttendanceTable,
  groupSupervisionSessionTable,
  mentorSupervisionTable,
  supervisionCallTable,
  supervisionRecordTable,
} from './supervision.tables';

/** Individual and group supervision of mentors, the year’s group sessions with attendance and apologies, and telephone support. */
export const supervisionModule = defineModule({
  area: 'supervision',
  channels: contract.supervision,
  handlers: supervisionHandlers,
  tables: [
    supervisionRecordTable,
    groupSupervisionSessionTable,
    groupSupervisionAttendanceTable,
    supervisionCallTable,
    mentorSupervisionTable,
  ],
});
