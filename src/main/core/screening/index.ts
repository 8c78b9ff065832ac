import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { screeningHandlers } from './screening.handlers';
import {
  interviewQuestionTable,
  mentorClearanceTable,
  mentorDbsCheckTable,
  mentorDecisionTable,
  mentorEqualityTable,
  mentorInterviewTable,
  mentorReferenceTable,
  personSpecCriterionTable,
} from './screening.tables';

/** Screening and vetting of mentors: references, DBS, interview, decision, clearance, equality. */
export const screeningModule = defineModule({
  area: 'screening',
  channels: contract.screening,
  handlers: screeningHandlers,
  tables: [
    mentorReferenceTable,
    mentorDbsCheckTable,
    mentorInterviewTable,
    mentorDecisionTable,
    mentorClearanceTable,
    mentorEqualityTable,
    personSpecCriterionTable,
    interviewQuestionTable,
  ],
});
