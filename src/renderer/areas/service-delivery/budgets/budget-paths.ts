/** Under its standards area, as every screen's path is (the navigation test checks it). */
export const BUDGETS_PATH = '/service-delivery/budget';
/** Matches with an activity fund. */
export const ACTIVITY_FUNDS_PATH = `${BUDGETS_PATH}/activity-funds`;
/** The budget screen on a financial year (named by the year it starts). */
export const budgetPath = (year: number) => `${BUDGETS_PATH}?year=${year}`;
/** Setting a financial year's budget. */
export const BUDGET_YEAR_PATH = `${BUDGETS_PATH}/year/:year`;
export const budgetYearPath = (year: number) => `${BUDGETS_PATH}/year/${year}`;
