import {
  BUDGET_CATEGORY_LABELS,
  financialYearLabel,
  financialYearOf,
} from '../../../../shared/expenses/expenses';
import { ukToday } from '../../../../shared/mentors/dates';

export { BUDGET_CATEGORY_LABELS, financialYearLabel };

/** The financial year today falls in (April–March). */
export const currentFinancialYear = (): number => financialYearOf(ukToday(new Date()));

/**
 * Years for the picker: every year with a budget, this year, next year (to plan ahead) and last
 * year (to look back), newest first.
 */
export function yearChoices(
  withBudgets: readonly number[],
  current: number,
): { value: string; label: string }[] {
  const years = new Set([...withBudgets, current + 1, current, current - 1]);
  return [...years]
    .sort((a, b) => b - a)
    .map((y) => ({ value: String(y), label: `${financialYearLabel(y)} (April ${y} to March ${y + 1})` }));
}

/** The message a money box shows when what was typed is not a sum. */
export const POUNDS_HINT = 'Enter an amount in pounds, like 250 or 12.50.';
