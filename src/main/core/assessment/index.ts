import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';
import { ASSESSMENT_TABLES } from './assessment.tables';

/** Assessment of mentees: carers and consent, the meeting, risk, induction, preferences, needs. */
export const assessmentModule = defineModule({
  area: 'assessment',
  channels: contract.assessment,
  handlers: defineHandlers(contract.assessment, {}),
  tables: ASSESSMENT_TABLES,
});
