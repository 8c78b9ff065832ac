import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import {
  expenseClaimEventTable,
  expenseClaimTable,
  expenseLineTable,
  expenseReceiptTable,
  mileageRateTable,
} from './expense.tables';
import { expensesHandlers } from './expenses.handlers';

/** Mentors’ expense claims entered by staff: lines, receipts, declaration, approval queue and payment. */
export const expensesModule = defineModule({
  area: 'expenses',
  channels: contract.expenses,
  handlers: expensesHandlers,
  tables: [
    mileageRateTable,
    expenseClaimTable,
    expenseLineTable,
    expenseReceiptTable,
    expenseClaimEventTable,
  ],
});
