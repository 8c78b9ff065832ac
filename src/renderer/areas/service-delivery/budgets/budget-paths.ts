export const BUDGETS_PATH = '/budgets';
/** Matches with an activity fund. */
export const ACTIVITY_FUNDS_PATH = '/budgets/activity-funds';
/** The budget screen on a financial year (named by the year it starts). */
export const budgetPath = (year: number) => `${BUDGETS_PATH}?year=${year}`;
/** Setting a financial year's budget. */
export const BUDGET_YEAR_PATH = `${BUDGETS_PATH}/year/:year`;
export const budgetYearPath = (year: number) => `${BUDGETS_PATH}/year/${year}`;
