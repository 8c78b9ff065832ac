import type { BrowserHost } from '../host/browser-host';
import { buildDemoEstablishments } from '../host/demo-establishments';
import { buildDemoMentors } from '../host/demo-mentors';
import { buildDemoSupportGroups } from '../host/demo-support-groups';
import type { DemoContext } from '../host/demo-context';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import { formatUkDate } from '../../src/shared/uk-date';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  ADMIN,
  addAccountThroughCore,
  firstSignInThroughCore,
  heading,
  lockFromHeader,
  nav,
  setUpThroughCore,
  signIn,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';

const LAPTOP = { width: 1366, height: 768 };
const LEAD = {
  displayName: 'Bronwen Fictitious',
  username: 'lead.test',
  passphrase: 'harbour thistle amber 52',
};
const REGIONAL = {
  displayName: 'Rhodri Regional',
  username: 'regional.test',
  passphrase: 'copper meadow kettle 64',
};

/** The demo establishments, mentors (Bronwen leads Fellside) and support groups; then first sign-ins. */
async function demo(host: BrowserHost): Promise<void> {
  await setUpThroughCore(host.core);
  await buildDemoEstablishments(host.core);
  const leadId = await addAccountThroughCore(host.core, LEAD, ['lead_mentor']);
  await addAccountThroughCore(host.core, REGIONAL, ['regional_manager']);
  await buildDemoMentors(host.core, leadId);
  await buildDemoSupportGroups(host.core, { leadMentorAccountId: leadId } as DemoContext);
  await firstSignInThroughCore(host.core, REGIONAL);
  await firstSignInThroughCore(host.core, LEAD);
}

describe('lead mentors’ support groups', () => {
  test('a lead mentor records their cluster’s meeting; the regional manager reads only the summaries', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await demo(host);
    await host.open();
    await heading(page, `Welcome, ${LEAD.displayName}`);
    const today = ukToday(new Date());

    await nav(page).getByRole('link', { name: 'Support groups', exact: true }).click();
    await heading(page, 'Support groups');
    await visible(page.getByRole('link', { name: 'Fellside' }));
    expect(await page.getByRole('link', { name: 'Coastal' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Concerns passed to the regional manager' }).count()).toBe(
      0,
    );
    await visible(page.getByText(formatUkDate(addDays(today, 21))));
    await screenshot(page, 'support-groups-lead');
    expect(await checkAccessibility(page, 'Support groups (lead mentor)')).toBeDefined();

    await page.getByRole('link', { name: 'Fellside' }).click();
    await heading(page, 'Fellside support group');
    await visible(page.getByRole('heading', { name: `Meeting of ${formatUkDate(addDays(today, -21))}` }));
    await screenshot(page, 'support-groups-cluster');
    expect(await checkAccessibility(page, 'One cluster’s support group')).toBeDefined();

    await page.getByRole('button', { name: 'Record a meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a support group meeting' });
    await visible(dialog);
    await dialog
      .getByRole('radiogroup', { name: 'Attendance of Tobias Example' })
      .getByRole('radio', { name: 'Sent apologies' })
      .check();
    await dialog.getByRole('textbox', { name: 'Venue' }).fill('Kendal Road Probation Office, room 2');
    const themes = dialog.locator('input').and(dialog.getByLabel(/Themes discussed/));
    await themes.fill('Endings');
    await themes.press('Enter');
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Talked about planning good endings.');
    const summary = dialog.getByRole('textbox', { name: /Concerns to pass to the regional manager/ });
    await summary.fill('Tobias Example is finding the travel hard.');
    await screenshot(page, 'support-groups-record');
    expect(await checkAccessibility(page, 'Record a support group meeting')).toBeDefined();
    await dialog.getByRole('button', { name: 'Save the meeting' }).click();
    await visible(dialog.getByText(/The summary names one of the cluster’s mentors/));
    await summary.fill('Travel to one prison is taking mentors over two hours each way.');
    await dialog.getByRole('button', { name: 'Save the meeting' }).click();
    await visible(page.getByText('Meeting recorded'));
    await visible(page.getByRole('heading', { name: `Meeting of ${formatUkDate(today)}` }));
    await visible(page.getByText(formatUkDate(addDays(today, 42))));
    await visible(page.getByText(/Sent apologies: .*Tobias Example/).first());
    await screenshot(page, 'support-groups-recorded');

    // The regional manager: summaries only, no names, no attendance, no notes.
    await lockFromHeader(page);
    await signIn(page, REGIONAL.username, REGIONAL.passphrase, REGIONAL.displayName);
    await nav(page).getByRole('link', { name: 'Support groups', exact: true }).click();
    await heading(page, 'Support groups');
    await visible(page.getByText('Travel to one prison is taking mentors over two hours each way.'));
    await visible(page.getByText(`Fellside, meeting of ${formatUkDate(today)}`));
    await visible(page.getByText(/Mentees released without a phone/));
    for (const hidden of ['Tobias', 'Bronwen', 'Attendance', 'Endings', 'Talked about planning'])
      expect(await page.getByText(hidden).count(), hidden).toBe(0);
    expect(await page.getByRole('heading', { name: 'Clusters' }).count()).toBe(0);
    await screenshot(page, 'support-groups-regional');
    expect(await checkAccessibility(page, 'Support group summaries (regional manager)')).toBeDefined();

    // A co-ordinator: every cluster, Coastal overdue, and on the home page's work queue.
    await lockFromHeader(page);
    await signIn(page, ADMIN.username, ADMIN.passphrase, ADMIN.displayName);
    await visible(page.getByText('Lead mentors’ support group due', { exact: false }));
    // The item opens the cluster's support group.
    await page.getByRole('link', { name: 'Coastal', exact: true }).first().click();
    await heading(page, 'Coastal support group');
    await nav(page).getByRole('link', { name: 'Support groups', exact: true }).click();
    await heading(page, 'Support groups');
    await visible(page.getByText(`Overdue since ${formatUkDate(addDays(today, -21))}`));
    await screenshot(page, 'support-groups-coordinator');
    expect(await checkAccessibility(page, 'Support groups (co-ordinator)')).toBeDefined();
  });
});
