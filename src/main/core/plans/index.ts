import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';
import { actionGoalTable, goalUpdateTable, matchReviewTable } from './plan.tables';

/** SMART action plans on the seven pathways, progress updates and three-monthly reviews. */
export const plansModule = defineModule({
  area: 'plans',
  channels: contract.plans,
  handlers: defineHandlers(contract.plans, {}),
  tables: [actionGoalTable, goalUpdateTable, matchReviewTable],
});
