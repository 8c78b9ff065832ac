import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { menteeScope } from './mentee.scope';
import {
  menteeMoveTable,
  menteeReferralTable,
  menteeStageEventTable,
  menteeTable,
  referralCriterionTable,
} from './mentee.tables';
import { menteesHandlers } from './mentees.handlers';

/** Mentees: referral, the record, establishment moves, stages and the readiness gate. */
export const menteesModule = defineModule({
  area: 'mentees',
  channels: contract.mentees,
  handlers: menteesHandlers,
  tables: [menteeTable, menteeStageEventTable, menteeMoveTable, menteeReferralTable, referralCriterionTable],
  scopes: { mentee: menteeScope },
});
