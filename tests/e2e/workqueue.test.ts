import type { Page } from 'playwright-core';
import { buildDemo, DEMO_STAFF } from '../host/demo';
import { checkAccessibility, screenshot } from './support/a11y';
import { heading, lockFromHeader, signIn, visible } from './support/app';
import { describe, expect, test } from './support/fixture';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };
const staff = (username: string) => DEMO_STAFF.find((a) => a.username === username)!;

/** The list item in the work queue whose text matches, and its link. */
const item = (page: Page, text: RegExp) =>
  page.getByRole('region', { name: 'Work queue' }).getByRole('listitem').filter({ hasText: text });

describe('the work queue on the home page', () => {
  test('a caseworker and a co-ordinator see the match items for their scope, and each opens where it is done', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    // The demo data set, with its matches (one released last week, one with three no-shows…).
    await buildDemo(core, host.dataDir);
    await host.open();

    // Callum's caseload: the no-shows after release, the silence since, the concern and the paperwork.
    const callum = staff('demo.caseworker');
    await signIn(page, callum.username, callum.passphrase, callum.displayName);
    await visible(page.getByRole('heading', { name: 'Work queue' }));
    const urgent = page.getByRole('region', { name: 'Overdue or urgent' });
    await visible(urgent.getByText('Missed the last 3 meetings in a row'));
    await visible(urgent.getByText(/No contact for \d+ days since release/));
    await visible(urgent.getByText(/Follow up the concern raised/));
    await visible(page.getByText(/the agreement is not signed by both/));
    // Not his caseload: the co-ordinators' mentor items and another caseload's review.
    expect(await page.getByText(/Enhanced DBS check/).count()).toBe(0);
    expect(await page.getByText(/Vikram Ashenden/).count()).toBe(0);
    expect(await checkAccessibility(page, 'home work queue (caseworker)')).toBeDefined();
    await screenshot(page, 'home-work-queue-caseworker');

    // The link goes to the match, on the tab where sessions are recorded.
    await item(page, /Missed the last 3 meetings/)
      .getByRole('link', { name: 'Tomasz Yarrowfield with Malik Inventwood' })
      .click();
    await heading(page, 'Malik Inventwood and Tomasz Yarrowfield');
    await expect.poll(() => page.url()).toMatch(/\?tab=contacts$/);
    await visible(page.getByRole('tab', { name: 'Contacts', selected: true }));

    // A co-ordinator sees every match (the overdue review on someone else's caseload) and mentors.
    await lockFromHeader(page);
    const harriet = staff('demo.coordinator');
    await signIn(page, harriet.username, harriet.passphrase, harriet.displayName);
    await visible(page.getByRole('heading', { name: 'Work queue' }));
    await visible(page.getByText(/Review overdue since/));
    await visible(page.getByText(/Missed the last 3 meetings in a row/));
    await visible(page.getByText(/Enhanced DBS check/).first());
    expect(await checkAccessibility(page, 'home work queue (co-ordinator)')).toBeDefined();
    await screenshot(page, 'home-work-queue-coordinator');
    await item(page, /Review overdue since/)
      .getByRole('link', { name: 'Vikram Ashenden with Nadia Conjure' })
      .click();
    await heading(page, 'Nadia Conjure and Vikram Ashenden');
    await expect.poll(() => page.url()).toMatch(/\?tab=reviews$/);
  });
});
