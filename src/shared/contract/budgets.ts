import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, realDay, safeText } from './common';
import { BUDGET_CATEGORIES } from '../expenses/expenses';

/**
 * The programme's money (standard 20): a budget per financial year (April–March, named by the year
 * it starts) under the manual's headings, spending against it (mentors' claims committed and paid,
 * plus other spending recorded by hand), mileage rates with the day each takes effect, and activity
 * funds per match. Budget figures are not about anyone, so the per-heading summary is `reference`
 * and regional managers (aggregates only) read it; the notes, the other-spending lines (their
 * descriptions may name a venue or a supplier) and the match funds are `financial`, co-ordinators'.
 */
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const fin = <S extends z.ZodType>(s: S) => classed('financial', s);
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);

const category = z.enum(BUDGET_CATEGORIES, { message: 'Choose a budget heading.' });
const year = z
  .number({ message: 'Choose a financial year.' })
  .int('Choose a financial year.')
  .min(2000, 'Choose a financial year from 2000 onwards.')
  .max(2100, 'Choose a financial year before 2100.');
/** Whole pence: up to £10 million, never negative. */
const pence = (subject: string) =>
  z
    .number({ message: `${subject} must be a sum of money.` })
    .int(`${subject} must be in whole pence.`)
    .min(0, `${subject} cannot be less than nothing.`)
    .max(1_000_000_000, `${subject} is too large.`);
const note = (subject: string) => safeText({ subject, max: 500 }).optional().default('');

const headingRow = z.object({
  category: ref(category),
  budgetPence: ref(z.number()),
  committedPence: ref(z.number()),
  paidPence: ref(z.number()),
  otherPence: ref(z.number()),
  spentPence: ref(z.number()),
  remainingPence: ref(z.number()),
  percentUsed: ref(z.number().nullable()),
  over: ref(z.boolean()),
  /** Why the figure is what it is; redacted for regional managers. */
  note: fin(z.string().nullable()),
});
export type BudgetHeadingRow = z.infer<typeof headingRow>;

const totalsRow = headingRow.omit({ category: true, note: true });

export const budgetSummarySchema = z.object({
  year: ref(z.number()),
  /** Whether any heading has a budget set for the year. */
  set: ref(z.boolean()),
  headings: z.array(headingRow),
  totals: totalsRow,
  /** Years with a budget, newest first (for the year picker). */
  years: ref(z.array(z.number())),
});
export type BudgetSummary = z.infer<typeof budgetSummarySchema>;

const spendFields = z
  .object({
    spentOn: realDay('Enter the date of the spending as day/month/year.'),
    category,
    amountPence: pence('The amount').min(1, 'Enter the amount spent.'),
    description: safeText({
      subject: 'The description',
      max: 200,
      required: 'Say what the money was spent on.',
    }),
  })
  .strict();
export type BudgetSpendFields = z.input<typeof spendFields>;

const spendRow = z.object({
  id: ref(z.string()),
  financialYear: ref(z.number()),
  spentOn: fin(z.string()),
  category: ref(category),
  amountPence: fin(z.number()),
  description: fin(z.string()),
});
export type BudgetSpendRow = z.infer<typeof spendRow>;

const rateRow = z.object({
  id: ref(z.string()),
  effectiveFrom: ref(z.string()),
  pencePerMile: ref(z.number()),
  note: ref(z.string()),
});
export type MileageRateRow = z.infer<typeof rateRow>;

const fundRow = z.object({
  matchId: ref(z.string()),
  reference: dir(z.string()),
  mentorName: dir(z.string()),
  menteeName: dir(z.string()),
  stage: dir(z.string()),
  allowancePence: fin(z.number()),
  spentPence: fin(z.number()),
  remainingPence: fin(z.number()),
  note: fin(z.string()),
});
export type ActivityFundRow = z.infer<typeof fundRow>;

const fundSchema = z.object({
  matchId: ref(z.string()),
  /** Null while no fund is set for the match. */
  allowancePence: fin(z.number().nullable()),
  spentPence: fin(z.number()),
  remainingPence: fin(z.number().nullable()),
  note: fin(z.string()),
});
export type ActivityFund = z.infer<typeof fundSchema>;

const UUID = '00000000-0000-4000-8000-000000000000';
const validSpend = {
  spentOn: '2026-05-14',
  category: 'training',
  amountPence: 12000,
  description: 'Venue hire',
} as const;
/** What a change to money makes stale: these screens, the claims (rates and funds) and the work queue. */
const MONEY_VIEWS = ['budgets', 'expenses'];

export const budgetsChannels = defineArea('budgets', {
  summary: {
    kind: 'read',
    input: z.object({ year }).strict(),
    output: budgetSummarySchema,
    classes: ['reference', 'financial'],
    access: ['coordinator', 'safeguarding_lead', 'regional_manager'],
    label: 'Looked at spending against the budget',
    summary:
      'A financial year’s budget by heading with what is committed, paid and otherwise spent, and totals.',
    examples: { valid: [{ year: 2026 }], invalid: [{}, { year: 1999 }, { year: 2026.5 }, { year: '2026' }] },
  },
  saveYear: {
    kind: 'write',
    input: z
      .object({
        year,
        headings: z
          .array(z.object({ category, amountPence: pence('The budget'), note: note('The note') }).strict())
          .min(1, 'Enter at least one heading’s budget.')
          .max(BUDGET_CATEGORIES.length)
          .refine(
            (h) => new Set(h.map((x) => x.category)).size === h.length,
            'Each heading can appear only once.',
          ),
      })
      .strict(),
    output: budgetSummarySchema,
    classes: ['reference', 'financial'],
    access: ['coordinator'],
    label: 'Set a year’s budget',
    summary: 'Set the budget for each heading of a financial year (headings left out are unchanged).',
    invalidates: ['budgets'],
    examples: {
      valid: [{ year: 2026, headings: [{ category: 'training', amountPence: 500000 }] }],
      invalid: [
        { year: 2026, headings: [] },
        { year: 2026, headings: [{ category: 'holidays', amountPence: 100 }] },
        { year: 2026, headings: [{ category: 'training', amountPence: -1 }] },
        { year: 2026, headings: [{ category: 'training', amountPence: 10.5 }] },
        {
          year: 2026,
          headings: [
            { category: 'training', amountPence: 1 },
            { category: 'training', amountPence: 2 },
          ],
        },
      ],
    },
  },
  spending: {
    kind: 'read',
    input: z.object({ year }).strict(),
    output: z.array(spendRow),
    classes: ['reference', 'financial'],
    access: ['coordinator', 'safeguarding_lead'],
    label: 'Looked at other spending',
    summary: 'Spending recorded by hand in a financial year (venues, printing, events), newest first.',
    examples: { valid: [{ year: 2026 }], invalid: [{ year: 'this' }] },
  },
  recordSpend: {
    kind: 'write',
    input: spendFields,
    output: spendRow,
    classes: ['reference', 'financial'],
    access: ['coordinator'],
    label: 'Recorded other spending',
    summary: 'Record spending against a budget heading that is not a mentor’s claim.',
    invalidates: ['budgets'],
    examples: {
      valid: [validSpend],
      invalid: [
        {},
        { ...validSpend, amountPence: 0 },
        { ...validSpend, spentOn: '2026-02-30' },
        { ...validSpend, category: 'holidays' },
        { ...validSpend, description: '' },
      ],
    },
  },
  changeSpend: {
    kind: 'write',
    input: spendFields.extend({ id }),
    output: spendRow,
    classes: ['reference', 'financial'],
    access: ['coordinator'],
    label: 'Changed other spending',
    summary: 'Correct a line of other spending.',
    invalidates: ['budgets'],
    examples: { valid: [{ ...validSpend, id: UUID }], invalid: [validSpend, { ...validSpend, id: 'x' }] },
  },
  deleteSpend: {
    kind: 'write',
    input: z.object({ id }).strict(),
    output: z.object({ id: ref(z.string()) }),
    classes: ['reference'],
    access: ['coordinator'],
    label: 'Deleted other spending',
    summary: 'Remove a line of other spending recorded in error.',
    invalidates: ['budgets'],
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  mileageRates: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(rateRow),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Looked at the mileage rates',
    summary: 'Every mileage rate with the day it took effect, newest first.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  addMileageRate: {
    kind: 'write',
    input: z
      .object({
        effectiveFrom: realDay('Enter the day the rate takes effect as day/month/year.'),
        pencePerMile: z
          .number({ message: 'Enter the rate in pence a mile.' })
          .int('Enter the rate in whole pence a mile.')
          .min(1, 'Enter the rate in pence a mile.')
          .max(200, 'A rate above 200p a mile is not believable; check it.'),
        note: note('The note'),
      })
      .strict(),
    output: rateRow,
    classes: ['reference'],
    access: ['coordinator'],
    label: 'Added a mileage rate',
    summary: 'Set a new mileage rate from a day (never over journeys already claimed at another rate).',
    invalidates: MONEY_VIEWS,
    examples: {
      valid: [{ effectiveFrom: '2027-04-06', pencePerMile: 45 }],
      invalid: [
        {},
        { effectiveFrom: '2027-04-06', pencePerMile: 0 },
        { effectiveFrom: '2027-04-06', pencePerMile: 45.5 },
        { effectiveFrom: 'soon', pencePerMile: 45 },
      ],
    },
  },
  funds: {
    kind: 'read',
    input: z
      .object({
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      items: z.array(fundRow),
    }),
    classes: ['reference', 'directory', 'financial'],
    access: ['coordinator'],
    label: 'Looked at the activity funds',
    summary: 'Matches with an activity fund: allowance, spent and remaining, a page at a time.',
    examples: { valid: [{}, { page: 2 }], invalid: [{ page: 0 }, { pageSize: 1000 }] },
  },
  fund: {
    kind: 'read',
    input: z.object({ matchId: id }).strict(),
    output: fundSchema,
    classes: ['reference', 'financial'],
    access: ['coordinator'],
    label: 'Looked at a match’s activity fund',
    summary: 'One match’s activity fund: allowance, spent on approved or paid claims, remaining.',
    examples: { valid: [{ matchId: UUID }], invalid: [{}, { matchId: 'x' }] },
  },
  setFund: {
    kind: 'write',
    input: z
      .object({ matchId: id, amountPence: pence('The activity fund'), note: note('The note') })
      .strict(),
    output: fundSchema,
    classes: ['reference', 'financial'],
    access: ['coordinator'],
    label: 'Set a match’s activity fund',
    summary: 'Set or change the sum a match may spend on activities together.',
    invalidates: MONEY_VIEWS,
    examples: {
      valid: [{ matchId: UUID, amountPence: 5000 }],
      invalid: [{ matchId: UUID }, { matchId: UUID, amountPence: -5 }, { matchId: 'x', amountPence: 5 }],
    },
  },
});
