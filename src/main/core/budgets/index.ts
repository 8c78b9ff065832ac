import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { budgetsHandlers } from './budgets.handlers';
import { budgetTable, budgetSpendTable, activityFundTable } from './budget.tables';

/** Budgets per financial year by heading with spend against them, mileage rates and match activity funds. */
export const budgetsModule = defineModule({
  area: 'budgets',
  channels: contract.budgets,
  handlers: budgetsHandlers,
  tables: [budgetTable, budgetSpendTable, activityFundTable],
});
