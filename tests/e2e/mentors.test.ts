import path from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserHost } from '../host/browser-host';
import { buildDemoEstablishments } from '../host/demo-establishments';
import { buildDemoMentors } from '../host/demo-mentors';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  addAccountThroughCore,
  CASEWORKER,
  coreCall,
  firstSignInThroughCore,
  heading,
  nav,
  setUpThroughCore,
  visible,
} from './support/app';
import { describe, expect, SCREENSHOT_DIR, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };

const COORDINATOR = {
  displayName: 'Aled Coordinator',
  username: 'coordinator.test',
  passphrase: 'meadow lantern copper 71',
};
const LEAD = {
  displayName: 'Bronwen Fictitious',
  username: 'lead.test',
  passphrase: 'harbour thistle amber 52',
};

/**
 * Through the core: set up, the demo establishments and mentors (with the lead mentor's account),
 * then sign in as `who` with the temporary passphrase changed.
 */
async function signedInAs(host: BrowserHost, who: 'coordinator' | 'lead' | 'caseworker'): Promise<void> {
  const { core } = host;
  await setUpThroughCore(core);
  await buildDemoEstablishments(core);
  const ids: Record<string, string> = {};
  for (const [person, roles] of [
    [COORDINATOR, ['coordinator']],
    [LEAD, ['lead_mentor']],
    [CASEWORKER, ['caseworker']],
  ] as const)
    ids[person.username] = await addAccountThroughCore(core, person, roles);
  await buildDemoMentors(core, ids[LEAD.username]!);
  const person = who === 'coordinator' ? COORDINATOR : who === 'lead' ? LEAD : CASEWORKER;
  await firstSignInThroughCore(core, person);
  await host.open();
}

const focusedText = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.textContent ?? '');

describe('mentors (service development)', () => {
  test('a co-ordinator adds a mentor, walks the stages, meets the readiness gate and records an exception', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await signedInAs(host, 'coordinator');
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);
    // The work queue: the demo has DBS checks nearing renewal.
    await visible(page.getByRole('heading', { name: 'Work queue' }));
    await visible(page.getByText(/Enhanced DBS check due for renewal/));
    expect(await checkAccessibility(page, 'home with work queue')).toBeDefined();
    await screenshot(page, 'home-work-queue');

    // The list.
    await nav(page).getByRole('link', { name: 'Mentors', exact: true }).click();
    await heading(page, 'Mentors');
    await visible(page.getByRole('link', { name: /Bronwen Fictitious/ }));
    expect(await checkAccessibility(page, 'mentors list')).toBeDefined();
    await screenshot(page, 'mentors-list');
    await page.getByLabel('Only those still missing something before ready').click();
    // Matched, with every condition met: not in the filtered list; someone at enquiry is.
    await expect.poll(() => page.getByRole('link', { name: /Bronwen Fictitious/ }).count()).toBe(0);
    await visible(page.getByRole('link', { name: 'Idris Untrue' }));
    await page.getByLabel('Only those still missing something before ready').click();

    // The board, and a card opened by keyboard.
    await nav(page).getByRole('link', { name: 'Recruitment pipeline' }).click();
    await heading(page, 'Recruitment pipeline');
    await visible(page.getByRole('heading', { name: 'Ready to match' }));
    expect(await checkAccessibility(page, 'pipeline board')).toBeDefined();
    await screenshot(page, 'pipeline-board');
    const firstCard = page.locator('.pipeline-card').first();
    const name = (await firstCard.locator('p').first().textContent()) ?? '';
    await firstCard.focus();
    expect(await focusedText(page)).toContain(name);
    await page.keyboard.press('Enter');
    await heading(page, name);

    // Add a mentor through the form.
    await nav(page).getByRole('link', { name: 'Mentors', exact: true }).click();
    await heading(page, 'Mentors');
    await page.getByRole('link', { name: 'Add a mentor' }).click();
    await heading(page, 'Add a mentor');
    await page.getByRole('button', { name: 'Add mentor' }).click();
    await visible(page.getByText('Enter their first name.'));
    await page.getByLabel(/^First name/).fill('Tegan');
    await page.getByLabel(/^Last name/).fill('Testworthy');
    await page.getByLabel(/^Email/).fill('tegan@example.org');
    await page.getByRole('combobox', { name: /^How they heard/ }).fill('Local radio');
    await page.getByLabel('Wednesday').check();
    expect(await checkAccessibility(page, 'add mentor')).toBeDefined();
    await screenshot(page, 'mentor-add');
    await page.getByRole('button', { name: 'Add mentor' }).click();
    await heading(page, 'Tegan Testworthy');

    // The same name again: the form offers the record already there.
    await page.getByRole('link', { name: 'All mentors' }).click();
    await page.getByRole('link', { name: 'Add a mentor' }).click();
    await heading(page, 'Add a mentor');
    await page.getByLabel(/^First name/).fill('Tegan');
    await page.getByLabel(/^Last name/).fill('Testworth');
    await visible(page.getByText('This may be someone already recorded'));
    await visible(page.getByRole('link', { name: 'Tegan Testworthy' }));
    await page.getByRole('button', { name: 'Add mentor' }).click();
    await visible(page.getByText(/very similar name is already recorded/));
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Leave without saving' }).click();

    // Walk the stages.
    await page.getByLabel('Search').fill('tegan');
    await page.getByRole('link', { name: 'Tegan Testworthy' }).click();
    await heading(page, 'Tegan Testworthy');
    const move = async (stage: string, extra?: () => Promise<void>) => {
      await page.getByRole('button', { name: 'Move to another stage' }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .locator('input')
        .and(dialog.getByLabel(/^New stage/))
        .click();
      await page.getByRole('option', { name: stage, exact: true }).click();
      await extra?.();
      await dialog.getByRole('button', { name: 'Record this step' }).click();
    };
    await move('Information pack sent');
    await visible(page.getByText('Information pack sent').first());
    await move('Application');
    await page.getByRole('tab', { name: 'Pipeline' }).click();
    await visible(page.getByRole('cell', { name: /Information pack sent/ }));

    // Ready: the gate names everything missing.
    await move('Ready to match');
    const dialog = page.getByRole('dialog');
    await visible(dialog.getByText('Not everything needed before this stage is in place'));
    for (const missing of [
      'No decision to approve them as a mentor has been recorded.',
      'Two satisfactory references are needed; none has been received.',
      'No enhanced DBS check has come back yet.',
      'No passed interview has been recorded.',
    ])
      await visible(dialog.getByText(missing));
    await visible(dialog.getByText(/They cannot be “Ready to match” yet/));
    expect(await checkAccessibility(page, 'move stage refused')).toBeDefined();
    await screenshot(page, 'mentor-gate-refused');

    // An exception, with a reason: kept on the record.
    await dialog
      .getByLabel('Reason for the exception')
      .fill('Panel agreed to proceed while the DBS check is chased.');
    await dialog.getByRole('button', { name: 'Record this step' }).click();
    await visible(page.getByText('By exception'));
    await visible(page.getByText(/Exception to the readiness gate/));
    await visible(page.getByText('Panel agreed to proceed while the DBS check is chased.'));
    expect(await checkAccessibility(page, 'mentor page')).toBeDefined();
    await screenshot(page, 'mentor-page-pipeline');
    await page.getByRole('tab', { name: 'Profile' }).click();
    await screenshot(page, 'mentor-page-profile');

    // A demo mentor's full record, for the screenshot.
    await nav(page).getByRole('link', { name: 'Mentors', exact: true }).click();
    await page.getByRole('link', { name: /Bronwen Fictitious/ }).click();
    await heading(page, 'Bronwen Fictitious');
    expect(await checkAccessibility(page, 'demo mentor page')).toBeDefined();
    await screenshot(page, 'mentor-page-demo');

    // The printable mentor file.
    await page.getByRole('link', { name: 'Mentor file' }).click();
    await heading(page, 'Mentor file: Bronwen Fictitious');
    await visible(page.getByRole('heading', { name: 'Enhanced DBS checks' }));
    expect(await checkAccessibility(page, 'mentor file')).toBeDefined();
    await screenshot(page, 'mentor-file');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'mentor-file-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // The recruitment sources: add one; it is offered from then on.
    await nav(page).getByRole('link', { name: 'How volunteers hear about us' }).click();
    await heading(page, 'How volunteers hear about us');
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/^Source/)
      .fill('Library noticeboard');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await visible(page.getByRole('cell', { name: 'Library noticeboard' }));
    expect(await checkAccessibility(page, 'recruitment sources')).toBeDefined();
    await screenshot(page, 'recruitment-sources');
  });

  test('a lead mentor sees only their cluster, with no screening details', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await signedInAs(host, 'lead');
    await heading(page, `Welcome, ${LEAD.displayName}`);
    // Their work queue: their own cluster's prison clearances only.
    await visible(page.getByRole('heading', { name: 'Work queue' }));
    await visible(page.getByText(/Clearance at .* has expired/));
    expect(await page.getByText(/Enhanced DBS check/).count()).toBe(0);
    await nav(page).getByRole('link', { name: 'Mentors', exact: true }).click();
    await heading(page, 'Mentors');
    await visible(page.getByRole('link', { name: /Bronwen Fictitious/ }));
    const total = await page.locator('tbody tr[data-row]').count();
    const all = await coreCall<{ total: number }>(host.core, 'mentors.list', {});
    expect(total).toBe(Math.min(all.total, 50));
    expect(await page.getByRole('columnheader', { name: 'Still missing before ready' }).count()).toBe(0);
    await page.getByRole('link', { name: /Bronwen Fictitious/ }).click();
    await heading(page, 'Bronwen Fictitious');
    expect(await page.getByText('What is still missing before ready').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Move to another stage' }).count()).toBe(0);
    expect(await checkAccessibility(page, 'mentor page as lead mentor')).toBeDefined();
    await screenshot(page, 'mentor-page-lead');
  });

  test('a caseworker sees every mentor’s name and stage, and nothing more', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await signedInAs(host, 'caseworker');
    await heading(page, `Welcome, ${CASEWORKER.displayName}`);
    // Their work queue (issue 10) is their caseload's: no mentors' vetting items.
    await visible(page.getByRole('heading', { name: 'Work queue' }));
    expect(await page.getByText(/Enhanced DBS check/).count()).toBe(0);
    await nav(page).getByRole('link', { name: 'Mentors', exact: true }).click();
    await heading(page, 'Mentors');
    await page.getByRole('link', { name: /Agnes Fictional/ }).click();
    await heading(page, 'Agnes Fictional');
    await visible(page.getByText('Left', { exact: true }).first());
    expect(await page.getByRole('heading', { name: 'Contact details' }).count()).toBe(0);
    expect(await page.getByText('@example.org').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Move to another stage' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Screening' }).count()).toBe(0);
    expect(await checkAccessibility(page, 'mentor page as caseworker')).toBeDefined();
    await screenshot(page, 'mentor-page-caseworker');
  });
});
