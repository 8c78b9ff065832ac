export const BUDGETS_PATH = '/budgets';
