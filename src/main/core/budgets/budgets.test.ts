import { describe, expect, it } from 'vitest';
import { becomeNewAccount, type TestCore } from '../../../../tests/support/core-fixture';
import { addAccount, cleanUpAfterEach, errorOf, firstSignIn } from '../../../../tests/support/match-fixture';
import type {
  ActivityFund,
  ActivityFundRow,
  BudgetSpendRow,
  BudgetSummary,
  MileageRateRow,
} from '../../../shared/contract/budgets';
import { setUpBudgets } from './budget.test-support';

const NOW = new Date('2026-06-15T10:00:00Z');
const keep = cleanUpAfterEach();

async function coordinatorCore(): Promise<TestCore> {
  const s = keep(await setUpBudgets(NOW));
  await becomeNewAccount(s, 'cora.coordinator', ['coordinator']);
  return s;
}
const heading = (s: BudgetSummary, category: string) => s.headings.find((h) => h.category === category)!;

describe('budgets', () => {
  it('adds approved and paid claim lines and other spending in the year, not across 1 April', async () => {
    const s = await coordinatorCore();
    await s.ok('budgets.saveYear', {
      year: 2026,
      headings: [
        { category: 'travel_expenses', amountPence: 10000, note: 'Mentors’ travel' },
        { category: 'training', amountPence: 5000 },
      ],
    });
    const { id: matchId, mentorId } = await s.ok<{ id: string; mentorId: string }>('budgetsTest.match', {});
    const claim = (status: string, lines: unknown[]) =>
      s.ok('budgetsTest.claim', { mentorId, status, lines });
    // 31 March is last year; 1 April and 31 March next year are this year; 1 April next is not.
    await claim('paid', [
      { kind: 'mileage', spentOn: '2026-03-31', amountPence: 111 },
      { kind: 'mileage', spentOn: '2026-04-01', amountPence: 2000 },
      { kind: 'parking', spentOn: '2027-03-31', amountPence: 300 },
      { kind: 'parking', spentOn: '2027-04-01', amountPence: 999 },
    ]);
    await claim('approved', [{ kind: 'public_transport', spentOn: '2026-06-01', amountPence: 450 }]);
    // Waiting and rejected claims are not spending yet.
    await claim('submitted', [{ kind: 'mileage', spentOn: '2026-06-01', amountPence: 7000 }]);
    await claim('rejected', [{ kind: 'mileage', spentOn: '2026-06-01', amountPence: 8000 }]);
    await claim('paid', [{ kind: 'activity', spentOn: '2026-05-01', amountPence: 1500, matchId }]);
    await s.ok('budgets.recordSpend', {
      spentOn: '2027-03-31',
      category: 'training',
      amountPence: 6000,
      description: 'Venue hire',
    });
    await s.ok('budgets.recordSpend', {
      spentOn: '2026-03-31',
      category: 'training',
      amountPence: 4000,
      description: 'Last year’s printing',
    });

    const sum = await s.ok<BudgetSummary>('budgets.summary', { year: 2026 });
    expect(heading(sum, 'travel_expenses')).toMatchObject({
      budgetPence: 10000,
      committedPence: 450,
      paidPence: 2300,
      otherPence: 0,
      spentPence: 2750,
      remainingPence: 7250,
      percentUsed: 27,
      over: false,
      note: 'Mentors’ travel',
    });
    expect(heading(sum, 'training')).toMatchObject({ otherPence: 6000, remainingPence: -1000, over: true });
    expect(heading(sum, 'social_activities')).toMatchObject({ budgetPence: 0, paidPence: 1500, over: true });
    expect(sum.totals).toMatchObject({ budgetPence: 15000, spentPence: 10250 });
    expect(sum.years).toEqual([2026]);

    const last = await s.ok<BudgetSummary>('budgets.summary', { year: 2025 });
    expect(last.set).toBe(false);
    expect(heading(last, 'travel_expenses').paidPence).toBe(111);
    expect(heading(last, 'training').otherPence).toBe(4000);

    // The activity fund counts the paid activity line.
    const fund = await s.ok<ActivityFund>('budgets.setFund', { matchId, amountPence: 5000, note: '' });
    expect(fund).toMatchObject({ allowancePence: 5000, spentPence: 1500, remainingPence: 3500 });
    const funds = await s.ok<{ items: ActivityFundRow[] }>('budgets.funds', {});
    expect(funds.items).toMatchObject([{ matchId, reference: 'X-2026-0001', remainingPence: 3500 }]);
  });

  it('changes a year’s headings in place, and moves other spending with its date', async () => {
    const s = await coordinatorCore();
    await s.ok('budgets.saveYear', { year: 2026, headings: [{ category: 'training', amountPence: 100 }] });
    const after = await s.ok<BudgetSummary>('budgets.saveYear', {
      year: 2026,
      headings: [{ category: 'training', amountPence: 250, note: 'Two courses' }],
    });
    expect(heading(after, 'training')).toMatchObject({ budgetPence: 250, note: 'Two courses' });
    const row = await s.ok<BudgetSpendRow>('budgets.recordSpend', {
      spentOn: '2026-04-01',
      category: 'office_costs',
      amountPence: 500,
      description: 'Stationery',
    });
    expect(row.financialYear).toBe(2026);
    const { financialYear: _year, ...fields } = row;
    const moved = await s.ok<BudgetSpendRow>('budgets.changeSpend', { ...fields, spentOn: '2026-03-31' });
    expect(moved.financialYear).toBe(2025);
    expect(await s.ok('budgets.spending', { year: 2026 })).toEqual([]);
    await s.ok('budgets.deleteSpend', { id: row.id });
    expect(await s.ok('budgets.spending', { year: 2025 })).toEqual([]);
    expect((await errorOf(s, 'budgets.deleteSpend', { id: row.id })).code).toBe('NOT_FOUND');
  });

  it('refuses bad input with VALIDATION and changes nothing', async () => {
    const s = await coordinatorCore();
    const bad: [string, unknown][] = [
      ['budgets.saveYear', { year: 2026, headings: [{ category: 'training', amountPence: -1 }] }],
      ['budgets.saveYear', { year: 2026, headings: [{ category: 'yachts', amountPence: 1 }] }],
      [
        'budgets.recordSpend',
        { spentOn: '2026-02-30', category: 'training', amountPence: 1, description: 'x' },
      ],
      [
        'budgets.recordSpend',
        { spentOn: '2026-05-01', category: 'training', amountPence: 1.5, description: 'x' },
      ],
      [
        'budgets.recordSpend',
        { spentOn: '2026-05-01', category: 'training', amountPence: 100, description: '' },
      ],
      ['budgets.addMileageRate', { effectiveFrom: '2026-07-01', pencePerMile: 0 }],
      ['budgets.setFund', { matchId: 'nope', amountPence: 100 }],
    ];
    for (const [channel, input] of bad)
      expect((await errorOf(s, channel, input)).code, channel).toBe('VALIDATION');
    const sum = await s.ok<BudgetSummary>('budgets.summary', { year: 2026 });
    expect(sum.set).toBe(false);
    expect(await s.ok('budgets.spending', { year: 2026 })).toEqual([]);
    expect(await s.ok<MileageRateRow[]>('budgets.mileageRates', {})).toHaveLength(1);
  });

  it('adds mileage rates forwards, never over journeys already claimed at another rate', async () => {
    const s = await coordinatorCore();
    const rates = await s.ok<MileageRateRow[]>('budgets.mileageRates', {});
    expect(rates).toMatchObject([{ effectiveFrom: '2000-01-01', pencePerMile: 45 }]);
    const { mentorId } = await s.ok<{ id: string; mentorId: string }>('budgetsTest.match', {});
    await s.ok('budgetsTest.claim', {
      mentorId,
      status: 'submitted',
      lines: [{ kind: 'mileage', spentOn: '2026-05-10', amountPence: 450, pencePerMile: 45 }],
    });
    // From the day of the claimed journey, at another rate: refused; at the same rate, or the day after: fine.
    const clash = await errorOf(s, 'budgets.addMileageRate', {
      effectiveFrom: '2026-05-10',
      pencePerMile: 50,
    });
    expect(clash).toMatchObject({ code: 'CONFLICT', fieldErrors: { effectiveFrom: expect.any(String) } });
    await s.ok('budgets.addMileageRate', { effectiveFrom: '2026-05-11', pencePerMile: 50, note: 'Review' });
    const sameDay = await errorOf(s, 'budgets.addMileageRate', {
      effectiveFrom: '2026-05-11',
      pencePerMile: 55,
    });
    expect(sameDay.code).toBe('CONFLICT');
    // A rate slotted in before May, up to the 50p rate: the journey on 10 May is in its window.
    expect(
      (await errorOf(s, 'budgets.addMileageRate', { effectiveFrom: '2026-04-06', pencePerMile: 40 })).code,
    ).toBe('CONFLICT');
    await s.ok('budgets.addMileageRate', { effectiveFrom: '2026-04-06', pencePerMile: 45 });
    const after = await s.ok<MileageRateRow[]>('budgets.mileageRates', {});
    expect(after.map((r) => [r.effectiveFrom, r.pencePerMile])).toEqual([
      ['2026-05-11', 50],
      ['2026-04-06', 45],
      ['2000-01-01', 45],
    ]);
  });

  it('lets regional managers see the totals but not the notes, and nothing else', async () => {
    const s = keep(await setUpBudgets(NOW));
    await addAccount(s, 'rita.regional', ['regional_manager'], 'Rita');
    await addAccount(s, 'cass.caseworker', ['caseworker'], 'Cass');
    await becomeNewAccount(s, 'cora.coordinator', ['coordinator']);
    await s.ok('budgets.saveYear', {
      year: 2026,
      headings: [{ category: 'training', amountPence: 5000, note: 'Held back for the spring course' }],
    });
    await firstSignIn(s, 'rita.regional');
    const sum = await s.ok<BudgetSummary>('budgets.summary', { year: 2026 });
    expect(heading(sum, 'training')).toMatchObject({ budgetPence: 5000, note: null });
    for (const [channel, input] of [
      ['budgets.spending', { year: 2026 }],
      ['budgets.funds', {}],
      ['budgets.saveYear', { year: 2026, headings: [{ category: 'training', amountPence: 1 }] }],
    ] as const)
      expect((await errorOf(s, channel, input)).code, channel).toBe('FORBIDDEN');
    await firstSignIn(s, 'cass.caseworker');
    expect((await errorOf(s, 'budgets.summary', { year: 2026 })).code).toBe('FORBIDDEN');
    expect((await s.ok<MileageRateRow[]>('budgets.mileageRates', {})).length).toBe(1);
  });
});
