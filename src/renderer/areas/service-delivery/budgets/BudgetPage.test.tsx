import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BudgetSummary } from '../../../../shared/contract/budgets';
import { spendTable } from '../../../../shared/expenses/budget-rules';
import type { Role } from '../../../../shared/roles';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import { answer, signedInAs, stubApi, stubFontLoading } from '../../../test-support/stub-api';
import { BudgetPage } from './BudgetPage';
import { BudgetYearForm } from './BudgetYearPage';
import { currentFinancialYear } from './budget-format';

const year = currentFinancialYear();
const table = spendTable(
  new Map([
    ['training', { budgetPence: 500000, otherPence: 520000 }],
    ['travel_expenses', { budgetPence: 800000, paidPence: 120050, committedPence: 4500 }],
  ]),
);
const summary = (set: boolean): BudgetSummary => ({
  year,
  set,
  headings: table.headings.map((h) => ({ ...h, note: h.category === 'training' ? 'Two courses' : '' })),
  totals: table.totals,
  years: set ? [year] : [],
});

function stub(set: boolean, sent: unknown[] = []) {
  stubFontLoading();
  stubApi({
    budgets: {
      summary: async (input: { year: number }) => ({
        ok: true as const,
        value: input.year === year ? summary(set) : { ...summary(true), year: input.year },
      }),
      spending: answer([]),
      mileageRates: answer([
        { id: 'r1', effectiveFrom: '2000-01-01', pencePerMile: 45, note: 'Default rate' },
      ]),
      saveYear: async (input: unknown) => {
        sent.push(input);
        return { ok: true as const, value: summary(true) };
      },
    },
  });
}
const show = (roles: Role[]) =>
  renderScreen(
    <SessionContext value={signedInAs(roles)}>
      <BudgetPage />
    </SessionContext>,
  );

describe('the budget screen', () => {
  it('shows each heading against its budget, the over-spent one highlighted, and totals', async () => {
    stub(true);
    show(['coordinator']);
    const spend = await screen.findByRole('region', { name: 'Spending against the budget' });
    const training = within(spend).getByRole('row', { name: /Training, including venues/ });
    expect(training.textContent).toContain('£5,000.00');
    expect(training.textContent).toContain('−£200.00');
    expect(training.textContent).toContain('104% – over budget');
    const travel = within(spend).getByRole('row', { name: /Travel expenses/ });
    expect(travel.textContent).toContain('£45.00'); // committed, not yet paid
    expect(travel.textContent).toContain('£1,200.50');
    expect(within(spend).getByRole('row', { name: /^Total/ }).textContent).toContain('£13,000.00');
    expect((await screen.findByRole('region', { name: 'Mileage rates' })).textContent).toContain('45p');
  });

  it('links a co-ordinator to the year’s budget form', async () => {
    stub(false);
    show(['coordinator']);
    const link = await screen.findByRole('link', { name: /^Set the .* budget$/ });
    expect(link.getAttribute('href')).toBe(`#/service-delivery/budget/year/${year}`);
  });

  it('the year’s form copies last year’s budget and sends whole pence', async () => {
    const sent: unknown[] = [];
    stub(false, sent);
    const user = userEvent.setup();
    renderScreen(<BudgetYearForm summary={summary(false)} />);
    await user.click(await screen.findByRole('button', { name: 'Copy last year’s budget' }));
    const training = await screen.findByRole('textbox', { name: 'Budget for Training, including venues' });
    await waitFor(() => expect((training as HTMLInputElement).value).toBe('5000.00'));
    await user.clear(training);
    await user.type(training, '5,250.5');
    await user.type(screen.getByRole('textbox', { name: 'Budget for Office costs' }), 'lots');
    await user.click(screen.getByRole('button', { name: 'Save budget' }));
    expect(await screen.findByText('Enter an amount in pounds, like 250 or 12.50.')).toBeTruthy();
    expect(sent).toHaveLength(0);
    await user.clear(screen.getByRole('textbox', { name: 'Budget for Office costs' }));
    await user.click(screen.getByRole('button', { name: 'Save budget' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent).toEqual([
      {
        year,
        headings: [
          { category: 'training', amountPence: 525050, note: 'Two courses' },
          { category: 'travel_expenses', amountPence: 800000, note: '' },
        ],
      },
    ]);
  });

  it('shows a regional manager the figures with no way to change them', async () => {
    stub(true);
    show(['regional_manager']);
    await screen.findByRole('region', { name: 'Spending against the budget' });
    expect(screen.queryByRole('link', { name: /budget$/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: /Other spending/ })).toBeNull();
  });
});
