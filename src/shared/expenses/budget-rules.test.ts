import { describe, expect, it } from 'vitest';
import { fundRemaining, headingSpend, newRateWindow, spendTable } from './budget-rules';
import { BUDGET_CATEGORIES } from './expenses';
import { penceToPounds, poundsToPence } from './pounds';

describe('spend against budget', () => {
  it('adds committed, paid and other spending, and is over only when spending passes the budget', () => {
    const exact = headingSpend({ budgetPence: 1000, committedPence: 200, paidPence: 300, otherPence: 500 });
    expect(exact).toMatchObject({ spentPence: 1000, remainingPence: 0, percentUsed: 100, over: false });
    const onePennyOver = headingSpend({
      budgetPence: 1000,
      committedPence: 0,
      paidPence: 1001,
      otherPence: 0,
    });
    expect(onePennyOver).toMatchObject({ remainingPence: -1, percentUsed: 100, over: true });
  });
  it('spending under a heading with no budget is over, with no percentage', () => {
    expect(headingSpend({ budgetPence: 0, committedPence: 0, paidPence: 1, otherPence: 0 })).toMatchObject({
      percentUsed: null,
      over: true,
    });
    expect(headingSpend({ budgetPence: 0, committedPence: 0, paidPence: 0, otherPence: 0 }).over).toBe(false);
  });
  it('lists every heading in the manual’s order with totals', () => {
    const t = spendTable(
      new Map([
        ['training', { budgetPence: 5000, otherPence: 1250 }],
        ['travel_expenses', { budgetPence: 10000, paidPence: 4500, committedPence: 900 }],
      ]),
    );
    expect(t.headings.map((h) => h.category)).toEqual([...BUDGET_CATEGORIES]);
    expect(t.totals).toMatchObject({
      budgetPence: 15000,
      spentPence: 6650,
      remainingPence: 8350,
      percentUsed: 44,
    });
  });
  it('an activity fund can go below nothing', () => {
    expect(fundRemaining(5000, 6000)).toBe(-1000);
  });
});

describe('a new mileage rate', () => {
  const rates = [
    { effectiveFrom: '2000-01-01', pencePerMile: 45 },
    { effectiveFrom: '2025-04-06', pencePerMile: 45 },
  ];
  it('prices journeys until the next rate, or from then on when it is the latest', () => {
    expect(newRateWindow(rates, '2024-04-01')).toEqual({ until: '2025-04-06', sameDay: false });
    expect(newRateWindow(rates, '2026-04-06')).toEqual({ until: null, sameDay: false });
  });
  it('notices a rate already starting that day', () => {
    expect(newRateWindow(rates, '2025-04-06').sameDay).toBe(true);
    expect(newRateWindow(rates, '2025-04-05').sameDay).toBe(false);
  });
});

describe('pounds typed on a screen', () => {
  it('reads pounds and pence into whole pence', () => {
    expect(poundsToPence('12')).toBe(1200);
    expect(poundsToPence('12.5')).toBe(1250);
    expect(poundsToPence('£1,250.05')).toBe(125005);
    expect(poundsToPence('0.01')).toBe(1);
  });
  it('refuses what is not money', () => {
    for (const bad of ['', 'ten', '1.234', '-5', '1e3']) expect(poundsToPence(bad)).toBeNull();
  });
  it('writes pence back as pounds', () => {
    expect(penceToPounds(125005)).toBe('1250.05');
    expect(penceToPounds(7)).toBe('0.07');
  });
});
