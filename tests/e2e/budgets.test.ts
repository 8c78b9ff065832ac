import type { Page } from 'playwright-core';
import { buildDemo, DEMO_STAFF } from '../host/demo';
import { checkAccessibility, screenshot } from './support/a11y';
import { heading, lockFromHeader, openScreen, signIn, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import { coordinatorOnLaptop, LAPTOP } from './coordinator-laptop';

const COORDINATOR = {
  displayName: 'Bethan Budgetholder',
  username: 'coordinator.budget',
  passphrase: 'amber ledger 42 harbour',
};
const staff = (username: string) => DEMO_STAFF.find((a) => a.username === username)!;

const spendRow = (page: Page, heading: RegExp) =>
  page.getByRole('region', { name: 'Spending against the budget' }).getByRole('row', { name: heading });

describe('the budget (service delivery, standard 20)', () => {
  test('a co-ordinator sets a year’s budget, records other spending and sees spend against budget', async ({
    launch,
  }) => {
    const host = await coordinatorOnLaptop(launch, COORDINATOR);
    const { page } = host;
    await host.open();
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);

    await openScreen(page, 'Budget');
    await visible(page.getByText(/^No budget set for/));
    await page.getByRole('link', { name: /^Set the .* budget$/ }).click();
    await heading(page, /^Budget for/);
    const form = page.getByRole('main');
    await form.getByRole('textbox', { name: 'Budget for Training, including venues' }).fill('5,000');
    await form.getByRole('textbox', { name: 'Budget for Travel expenses' }).fill('abc');
    await form.getByRole('button', { name: 'Save budget' }).click();
    await visible(form.getByText('Enter an amount in pounds, like 250 or 12.50.'));
    await form.getByRole('textbox', { name: 'Budget for Travel expenses' }).fill('1250.50');
    await form.getByRole('textbox', { name: 'Note for Travel expenses' }).fill('Mentors’ mileage and fares');
    await screenshot(page, 'budget-year-form');
    expect(await checkAccessibility(page, 'budget year form')).toBeDefined();
    await form.getByRole('button', { name: 'Save budget' }).click();
    await heading(page, 'Budget');
    await visible(spendRow(page, /Travel expenses/).getByText('£1,250.50'));

    // Other spending: over the training budget, so the row turns red and says so.
    await page.getByRole('button', { name: 'Record other spending' }).click();
    const spend = page.getByRole('dialog', { name: 'Record other spending' });
    // Mantine selects: open the list by the box's label, then click the choice.
    await spend
      .locator('input')
      .and(spend.getByLabel(/Budget heading/))
      .click();
    await page.getByRole('option', { name: 'Training, including venues', exact: true }).click();
    await spend.getByRole('textbox', { name: 'Amount' }).fill('5200');
    await spend
      .getByRole('textbox', { name: 'What it was for' })
      .fill('Venue hire: initial training, two days');
    expect(await checkAccessibility(page, 'record other spending')).toBeDefined();
    await spend.getByRole('button', { name: 'Record spending' }).click();
    await spend.waitFor({ state: 'detached' });
    await visible(spendRow(page, /Training, including venues/).getByText('104% – over budget'));
    await visible(spendRow(page, /Training, including venues/).getByText('−£200.00'));
    await visible(
      page
        .getByRole('region', { name: 'Other spending' })
        .getByText('Venue hire: initial training, two days'),
    );

    // A mileage rate back-dated to a day a rate already starts is refused with the reason.
    await page.getByRole('button', { name: 'Add a mileage rate' }).click();
    const rate = page.getByRole('dialog', { name: 'Add a mileage rate' });
    await rate.getByRole('textbox', { name: 'Takes effect from' }).fill('01/01/2000');
    await rate.getByRole('textbox', { name: 'Pence a mile' }).fill('40');
    await rate.getByRole('button', { name: 'Add rate' }).click();
    await visible(rate.getByText(/A rate already takes effect on 01\/01\/2000/));
    await rate.getByRole('textbox', { name: 'Takes effect from' }).fill('06/04/2030');
    await rate.getByRole('textbox', { name: 'Pence a mile' }).fill('50');
    await rate.getByRole('button', { name: 'Add rate' }).click();
    await rate.waitFor({ state: 'detached' });
    await visible(page.getByRole('region', { name: 'Mileage rates' }).getByText('06/04/2030'));

    expect(await checkAccessibility(page, 'budget')).toBeDefined();
    await screenshot(page, 'budget-spend-against-budget');
  });

  test('the demo programme’s budget, activity funds and a regional manager’s totals-only view', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await buildDemo(core, host.dataDir);
    await host.open();
    const coordinator = staff('demo.coordinator');
    await signIn(page, coordinator.username, coordinator.passphrase, coordinator.displayName);
    await openScreen(page, 'Budget');
    await visible(spendRow(page, /Core costs/).getByText('£38,000.00'));
    await visible(
      page
        .getByRole('region', { name: 'Other spending' })
        .getByText(/Venue hire/)
        .first(),
    );
    // (The demo's 40p year is left out if the claims demo already priced journeys in it at 45p.)
    await visible(page.getByRole('region', { name: 'Mileage rates' }).getByText('In force'));
    expect(await checkAccessibility(page, 'budget (demo)')).toBeDefined();
    await screenshot(page, 'budget-demo');

    await page.getByRole('link', { name: 'Activity funds' }).click();
    await heading(page, 'Activity funds');
    await visible(page.getByRole('region', { name: 'Activity funds' }).getByText('£75.00'));
    expect(await checkAccessibility(page, 'activity funds')).toBeDefined();
    await screenshot(page, 'budget-activity-funds');
    // The match page shows its fund.
    await page.getByRole('region', { name: 'Activity funds' }).getByRole('link').first().click();
    await visible(page.getByRole('heading', { name: 'Activity fund' }));
    await screenshot(page, 'budget-match-activity-fund');

    await lockFromHeader(page);
    const regional = staff('demo.regional');
    await signIn(page, regional.username, regional.passphrase, regional.displayName);
    await openScreen(page, 'Budget');
    await visible(spendRow(page, /Core costs/).getByText('£38,000.00'));
    expect(await page.getByText('Co-ordinator (0.8) and a share of the manager').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Other spending' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /budget$/ }).count()).toBe(0);
    expect(await checkAccessibility(page, 'budget (regional manager)')).toBeDefined();
    await screenshot(page, 'budget-regional-manager');
  });
});
