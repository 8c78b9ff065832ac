import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';
import {
  matchTable,
  matchStageEventTable,
  matchRiskAssessmentTable,
  matchMeetingTable,
  matchAgreementTable,
} from './match.tables';
import { matchScope } from './match.scope';

/** The match workflow: agreement of both sides, the match risk assessment, the three-way meeting and the agreement. */
export const matchesModule = defineModule({
  area: 'matches',
  channels: contract.matches,
  handlers: defineHandlers(contract.matches, {}),
  tables: [
    matchTable,
    matchStageEventTable,
    matchRiskAssessmentTable,
    matchMeetingTable,
    matchAgreementTable,
  ],
  scopes: { match: matchScope },
});
