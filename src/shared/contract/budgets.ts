import { defineArea } from './define';

/** Budgets per financial year by heading with spend against them, mileage rates and match activity funds. Placeholder: its helper fills in the channels. */
export const budgetsChannels = defineArea('budgets', {});
