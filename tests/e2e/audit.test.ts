import type { AccountSummary } from '../../src/shared/contract';
import { checkScreen } from './support/a11y';
import { ADMIN, auditRows, coreCall, heading, openScreen, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';

describe('audit log', () => {
  test('pages through many events, filters by account and by UK dates, and explains a bad date range', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false });
    const { page, core } = host;
    await setUpThroughCore(core);
    // Enough audited writes for two pages of 50.
    for (let i = 0; i < 60; i++)
      await coreCall(core, 'settings.setIdleLock', { idleLockMinutes: 10 + (i % 5) });
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openScreen(page, 'Audit log');

    expect((await auditRows(page)).length).toBe(50);
    await visible(page.getByText(/Page 1 of 2/));
    await page.getByRole('button', { name: 'Page 2' }).click();
    await visible(page.getByText(/Page 2 of 2/));
    const second = await auditRows(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.length).toBeLessThan(50);
    await checkScreen(page, '36-audit-page-2');

    // Filter by account (from the list of accounts).
    const [admin] = await coreCall<AccountSummary[]>(core, 'accounts.list');
    await page
      .locator('input')
      .and(page.getByLabel('Person', { exact: true }))
      .click();
    await page.getByRole('option', { name: `${admin!.displayName} (${admin!.username})` }).click();
    await page.getByRole('button', { name: 'Show events' }).click();
    await visible(page.getByText(/Page 1 of/));
    expect((await auditRows(page)).every((r) => r.includes(ADMIN.displayName))).toBe(true);

    // Dates are typed the UK way; an end before the start is explained on the field.
    const today = new Date();
    const uk = (d: Date) =>
      `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
    const yesterday = new Date(today.getTime() - 86_400_000);
    await page.getByRole('textbox', { name: 'From' }).fill(uk(today));
    await page.getByRole('textbox', { name: 'To' }).fill(uk(yesterday));
    await page.getByRole('heading', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Show events' }).click();
    await visible(page.getByText('The end date must not be before the start date.'));
    await checkScreen(page, '37-audit-bad-dates');

    await page.getByRole('textbox', { name: 'To' }).fill(uk(today));
    await page.getByRole('heading', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Show events' }).click();
    await page.getByText('The end date must not be before the start date.').waitFor({ state: 'hidden' });
    expect((await auditRows(page)).length).toBeGreaterThan(0);

    // Clearing brings everything back.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await visible(page.getByText(/Page 1 of 2/));
  });
});
