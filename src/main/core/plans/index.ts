import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { plansHandlers } from './plans.handlers';
import { actionGoalTable, goalUpdateTable, matchReviewTable } from './plan.tables';

/** SMART action plans on the seven pathways, progress updates and three-monthly reviews. */
export const plansModule = defineModule({
  area: 'plans',
  channels: contract.plans,
  handlers: plansHandlers,
  tables: [actionGoalTable, goalUpdateTable, matchReviewTable],
});
