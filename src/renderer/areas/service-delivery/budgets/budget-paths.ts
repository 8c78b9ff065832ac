export const BUDGETS_PATH = '/budgets';
/** Matches with an activity fund. */
export const ACTIVITY_FUNDS_PATH = '/budgets/activity-funds';
