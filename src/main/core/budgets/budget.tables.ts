import { col, defineTable } from '../db/table';
import { MATCH_RETENTION } from '../matches/match.tables';

const BUDGET_BASIS = 'UK GDPR Art. 6(1)(f) legitimate interests: managing the programme’s funds.';

export const budgetTable = defineTable('budget', {
  purpose: 'The programme’s budget for each financial year (April–March) under the manual’s headings.',
  lawfulBasis: BUDGET_BASIS,
  specialCondition: null,
  retention: 'For the life of the installation; not personal data.',
  columns: {
    id: col.id('reference'),
    financialYear: col.integer('reference'),
    category: col.text('reference'),
    amountPence: col.integer('financial'),
    note: col.text('financial'),
    updatedBy: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const budgetSpendTable = defineTable('budget_spend', {
  purpose:
    'Spending recorded against a budget heading that is not a mentor’s claim (venues, printing, events).',
  lawfulBasis: BUDGET_BASIS,
  specialCondition: null,
  retention: 'Six years after the end of the financial year, then deleted.',
  columns: {
    id: col.id('reference'),
    financialYear: col.integer('reference'),
    category: col.text('reference'),
    spentOn: col.text('financial'),
    amountPence: col.integer('financial'),
    description: col.text('financial'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const activityFundTable = defineTable('activity_fund', {
  purpose: 'The sum a match may spend on activities together; claim lines of kind “activity” spend it.',
  lawfulBasis: BUDGET_BASIS,
  specialCondition: null,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('directory'),
    matchId: col.text('directory', { unique: true }),
    amountPence: col.integer('financial'),
    note: col.text('financial'),
    setBy: col.text('system'),
    setAt: col.text('system'),
  },
});
