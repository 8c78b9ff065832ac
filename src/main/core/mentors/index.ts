import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { mentorScope } from './mentor.scope';
import { mentorsHandlers } from './mentors.handlers';
import {
  mentorGateExceptionTable,
  mentorStageEventTable,
  mentorTable,
  recruitmentSourceTable,
} from './mentor.tables';

/** Volunteer mentors: the record, the recruitment pipeline and its readiness gate. */
export const mentorsModule = defineModule({
  area: 'mentors',
  channels: contract.mentors,
  handlers: mentorsHandlers,
  tables: [mentorTable, mentorStageEventTable, mentorGateExceptionTable, recruitmentSourceTable],
  scopes: { mentor: mentorScope },
});
