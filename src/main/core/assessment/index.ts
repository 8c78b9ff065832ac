import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { ASSESSMENT_TABLES } from './assessment.tables';
import { assessmentHandlers } from './assessment.handlers';

/** Assessment of mentees: carers and consent, the meeting, risk, induction, preferences, needs. */
export const assessmentModule = defineModule({
  area: 'assessment',
  channels: contract.assessment,
  handlers: assessmentHandlers,
  tables: ASSESSMENT_TABLES,
});
