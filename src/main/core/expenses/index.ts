import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';
import { mileageRateTable, expenseClaimTable, expenseLineTable, expenseReceiptTable } from './expense.tables';

/** Mentors’ expense claims entered by staff: lines, receipts, declaration, approval queue and payment. */
export const expensesModule = defineModule({
  area: 'expenses',
  channels: contract.expenses,
  handlers: defineHandlers(contract.expenses, {}),
  tables: [mileageRateTable, expenseClaimTable, expenseLineTable, expenseReceiptTable],
});
