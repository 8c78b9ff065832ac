import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import {
  matchTable,
  matchStageEventTable,
  matchRiskAssessmentTable,
  matchMeetingTable,
  matchAgreementTable,
} from './match.tables';
import { matchScope } from './match.scope';
import { clusterMatchScope } from './cluster-match.scope';
import { matchesHandlers } from './matches.handlers';

/** The match workflow: agreement of both sides, the match risk assessment, the three-way meeting and the agreement. */
export const matchesModule = defineModule({
  area: 'matches',
  channels: contract.matches,
  handlers: matchesHandlers,
  tables: [
    matchTable,
    matchStageEventTable,
    matchRiskAssessmentTable,
    matchMeetingTable,
    matchAgreementTable,
  ],
  scopes: { match: matchScope, cluster_match: clusterMatchScope },
});
