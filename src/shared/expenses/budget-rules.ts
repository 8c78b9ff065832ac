import { BUDGET_CATEGORIES, type BudgetCategory, type MileageRate } from './expenses';

/**
 * Spend against budget (standard 20), as pure arithmetic over totals the core has already summed
 * in SQL. A heading's spending is what mentors' claims have committed (approved, not yet paid),
 * what has been paid, and other spending recorded by hand (venues, printing, events).
 */
export interface HeadingTotals {
  budgetPence: number;
  committedPence: number;
  paidPence: number;
  otherPence: number;
}

export interface HeadingSpend extends HeadingTotals {
  spentPence: number;
  remainingPence: number;
  /** Whole per cent of the budget used; null when no budget is set for the heading. */
  percentUsed: number | null;
  /** More spent than budgeted (spending with no budget at all counts as over). */
  over: boolean;
}

export function headingSpend(t: HeadingTotals): HeadingSpend {
  const spentPence = t.committedPence + t.paidPence + t.otherPence;
  return {
    ...t,
    spentPence,
    remainingPence: t.budgetPence - spentPence,
    percentUsed: t.budgetPence > 0 ? Math.floor((spentPence * 100) / t.budgetPence) : null,
    over: spentPence > t.budgetPence,
  };
}

/** Every heading in the manual's order (headings with no row get zeros), then the totals. */
export function spendTable(byHeading: ReadonlyMap<string, Partial<HeadingTotals>>): {
  headings: (HeadingSpend & { category: BudgetCategory })[];
  totals: HeadingSpend;
} {
  const zero: HeadingTotals = { budgetPence: 0, committedPence: 0, paidPence: 0, otherPence: 0 };
  const headings = BUDGET_CATEGORIES.map((category) => ({
    category,
    ...headingSpend({ ...zero, ...byHeading.get(category) }),
  }));
  const sum = (k: keyof HeadingTotals) => headings.reduce((n, h) => n + h[k], 0);
  const totals = headingSpend({
    budgetPence: sum('budgetPence'),
    committedPence: sum('committedPence'),
    paidPence: sum('paidPence'),
    otherPence: sum('otherPence'),
  });
  return { headings, totals };
}

/**
 * The journeys a new mileage rate from `effectiveFrom` would price: from that day until the next
 * existing rate takes over (`until`, exclusive; null when it becomes the latest rate). The core
 * refuses the rate when mileage already claimed in that window was priced at another rate (a rate
 * is never back-dated over journeys already claimed), and when a rate already starts that day.
 */
export function newRateWindow(
  rates: readonly MileageRate[],
  effectiveFrom: string,
): { until: string | null; sameDay: boolean } {
  let until: string | null = null;
  for (const r of rates)
    if (r.effectiveFrom > effectiveFrom && (!until || r.effectiveFrom < until)) until = r.effectiveFrom;
  return { until, sameDay: rates.some((r) => r.effectiveFrom === effectiveFrom) };
}

/** The activity fund left for a match: its allowance less activity lines on approved or paid claims. */
export const fundRemaining = (allowancePence: number, spentPence: number): number =>
  allowancePence - spentPence;
