import { defineArea } from './define';

/** Mentors’ expense claims entered by staff: lines, receipts, declaration, approval queue and payment. Placeholder: its helper fills in the channels. */
export const expensesChannels = defineArea('expenses', {});
