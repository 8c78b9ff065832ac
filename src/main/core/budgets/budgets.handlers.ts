import { contract } from '../../../shared/contract';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { getFund, listFunds, setFund } from './activity-fund.queries';
import {
  budgetSummary,
  changeSpend,
  deleteSpend,
  listSpending,
  recordSpend,
  saveBudgetYear,
} from './budget.queries';
import { addMileageRate, listMileageRates } from './mileage-rate.queries';

// Role-limited channels always have a caller; the pipeline refuses the call before `run` otherwise.
const accountOf = (caller: Caller | null): string => caller!.accountId;

/** Audit rows name the record and, for budgets, the year: never amounts or descriptions. */
export const budgetsHandlers = defineHandlers(contract.budgets, {
  summary: { run: ({ em }, input) => budgetSummary(em, input.year) },
  saveYear: {
    run: ({ em, caller, now }, input) =>
      saveBudgetYear(em, input.year, input.headings, accountOf(caller), now),
    audit: (input) => ({ recordType: 'budget', recordId: null, detail: `financial year ${input.year}` }),
  },
  spending: { run: ({ em }, input) => listSpending(em, input.year) },
  recordSpend: {
    run: ({ em, caller, now }, input) => recordSpend(em, input, accountOf(caller), now),
    audit: (_input, output) => ({ recordType: 'budget_spend', recordId: output?.id ?? null }),
  },
  changeSpend: {
    run: ({ em }, { id, ...fields }) => changeSpend(em, id, fields),
    audit: (input) => ({ recordType: 'budget_spend', recordId: input.id }),
  },
  deleteSpend: {
    run: ({ em }, input) => deleteSpend(em, input.id),
    audit: (input) => ({ recordType: 'budget_spend', recordId: input.id, detail: 'deleted' }),
  },
  mileageRates: { run: ({ em }) => listMileageRates(em) },
  addMileageRate: {
    run: ({ em, caller, now }, input) => addMileageRate(em, input, accountOf(caller), now),
    audit: (input, output) => ({
      recordType: 'mileage_rate',
      recordId: output?.id ?? null,
      detail: `from ${input.effectiveFrom}`,
    }),
  },
  funds: { run: ({ em }, input) => listFunds(em, input) },
  fund: { run: ({ em }, input) => getFund(em, input.matchId) },
  setFund: {
    run: ({ em, caller, now }, input) => setFund(em, input, accountOf(caller), now),
    audit: (input) => ({ recordType: 'match', recordId: input.matchId, detail: 'activity fund' }),
  },
});
