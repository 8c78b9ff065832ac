import type { Core } from '../../src/main/core';
import type { Result } from '../../src/shared/errors';
import { financialYearOf, type BudgetCategory } from '../../src/shared/expenses/expenses';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import type { DemoContext } from './demo-context';

/**
 * Demo money: this financial year's budget and last year's (a small programme's figures, in
 * pence), other spending (venues, printing, events), a mileage rate history (40p for a year, back
 * to 45p from 6 April 2025) and activity funds on the active matches. Claims are the expenses
 * demo's; the budget screen adds them up.
 */
const BUDGET: [BudgetCategory, pounds: number, note: string][] = [
  ['core_costs', 38000, 'Co-ordinator (0.8) and a share of the manager'],
  ['service_development', 2500, ''],
  ['office_costs', 3200, 'Rent share, phone and stationery'],
  ['volunteer_recruitment', 1500, 'Adverts and information evenings'],
  ['training', 4800, 'Four initial courses and refresher days'],
  ['supervision_support', 1800, ''],
  ['mentee_support', 1200, ''],
  ['social_activities', 2000, 'Match activity funds come from here'],
  ['administration', 900, ''],
  ['accreditation', 600, ''],
  ['travel_expenses', 6500, 'Mentors’ mileage, fares and parking'],
  ['matching_events', 700, ''],
  ['graduation_events', 1000, ''],
];

export async function buildDemoBudgets(core: Core, _ctx: DemoContext): Promise<void> {
  const call = async <T>(channel: string, input: unknown, allow?: string): Promise<T | null> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (r.ok) return r.value;
    if (r.error.code === allow) return null;
    throw new Error(`Demo budgets: ${channel} failed with ${r.error.code}: ${r.error.message}`);
  };
  const today = ukToday(new Date());
  const year = financialYearOf(today);

  // Last year's budget a little smaller, this year's with the figures above.
  for (const [y, scale] of [
    [year - 1, 0.94],
    [year, 1],
  ] as const) {
    await call('budgets.saveYear', {
      year: y,
      headings: BUDGET.map(([category, pounds, note]) => ({
        category,
        amountPence: Math.round(pounds * scale) * 100,
        note: y === year ? note : '',
      })),
    });
  }

  // Other spending: dated from the start of each year, never after today.
  const spend: [days: number, BudgetCategory, pounds: number, string][] = [
    [20, 'training', 420, 'Venue hire: initial training course, two days'],
    [35, 'volunteer_recruitment', 185.5, 'Leaflets and posters for the spring information evening'],
    [60, 'office_costs', 96.4, 'Stationery and printer ink'],
    [90, 'matching_events', 240, 'Room hire and refreshments: matching afternoon'],
    [130, 'training', 380, 'Venue hire: refresher day on safeguarding'],
    [160, 'graduation_events', 310, 'Celebration evening: room, food and certificates'],
    [200, 'accreditation', 600, 'Mentoring quality award renewal fee'],
  ];
  for (const y of [year - 1, year]) {
    for (const [days, category, pounds, description] of spend) {
      const spentOn = addDays(`${y}-04-01`, days);
      if (spentOn > today) continue;
      await call('budgets.recordSpend', {
        spentOn,
        category,
        amountPence: Math.round(pounds * 100),
        description,
      });
    }
  }

  // The rate went down to 40p for a year and back to 45p. Newest first, so the older rate's window
  // ends at the newer one; a clash with journeys the claims demo already priced is left alone.
  await call(
    'budgets.addMileageRate',
    { effectiveFrom: '2025-04-06', pencePerMile: 45, note: 'Back to 45p, agreed by the steering group' },
    'CONFLICT',
  );
  await call(
    'budgets.addMileageRate',
    { effectiveFrom: '2024-04-01', pencePerMile: 40, note: 'Reduced for the year to save money' },
    'CONFLICT',
  );

  // Activity funds on the active matches: £50 each, £75 for the first (a longer match).
  const active = await call<{ items: { id: string }[] }>('matches.list', {
    stages: ['active'],
    pageSize: 200,
  });
  for (const [i, m] of (active?.items ?? []).entries()) {
    await call('budgets.setFund', {
      matchId: m.id,
      amountPence: i === 0 ? 7500 : 5000,
      note: i === 0 ? 'Includes a museum trip on release' : '',
    });
  }
}
