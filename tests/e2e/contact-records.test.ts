import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createCore } from '../../src/main/core';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import { formatUkDate } from '../../src/shared/uk-date';
import { activeMatchModule } from '../support/active-match-module';
import { TEST_KDF } from '../host/browser-host';
import { checkAccessibility, screenshot } from './support/a11y';
import { ADMIN, CASEWORKER, coreCall, fillSignIn, heading, openScreen, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The form is ready for the next session: the cursor is in the date box. */
const dateHasFocus = (page: Page) =>
  page.waitForFunction(
    () =>
      (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('placeholder') ===
      'DD/MM/YYYY',
  );

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 900 };
const CORA = {
  displayName: 'Cora Coordinator',
  username: 'cora.test',
  passphrase: 'copper kettle meadow 52',
};

const TODAY = ukToday(new Date());
const RELEASE = addDays(TODAY, -2);
const uk = (days: number) => formatUkDate(addDays(TODAY, days));

/**
 * A data folder with a co-ordinator and one active match (Jordan with Robin), released two days ago.
 * The match is made active behind the screens: the workflow has its own tests, this one is about
 * what happens after.
 */
async function seed(dataDir: string): Promise<void> {
  const core = await createCore(
    { dataDir, kdf: TEST_KDF, allowWeakKdf: true, automaticBackups: false },
    { modules: [activeMatchModule] },
  );
  try {
    await coreCall(core, 'vault.setup', ADMIN);
    await coreCall(core, 'vault.acknowledgeRecoveryKey');
    await coreCall(core, 'accounts.create', {
      displayName: CORA.displayName,
      username: CORA.username,
      roles: ['coordinator'],
      temporaryPassphrase: CASEWORKER.temporary,
    });
    await coreCall(core, 'vault.lock', { reason: 'user' });
    await coreCall(core, 'vault.unlock', { username: CORA.username, passphrase: CASEWORKER.temporary });
    await coreCall(core, 'vault.changePassphrase', {
      currentPassphrase: CASEWORKER.temporary,
      newPassphrase: CORA.passphrase,
    });
    const mentor = await coreCall<{ id: string }>(core, 'mentors.create', {
      firstName: 'Robin',
      lastName: 'Example',
      enquiryDate: addDays(TODAY, -200),
    });
    const mentee = await coreCall<{ id: string }>(core, 'mentees.create', {
      mentee: { firstName: 'Jordan', lastName: 'Fictional' },
      referral: { source: 'probation', referredOn: addDays(TODAY, -150), notALicenceCondition: true },
    });
    await coreCall(core, 'activeMatchTest.activeMatch', {
      menteeId: mentee.id,
      mentorId: mentor.id,
      activeOn: addDays(TODAY, -40),
      release: RELEASE,
    });
  } finally {
    await core.close();
  }
}

describe('record of contact', () => {
  test('three sessions by keyboard alone, a no-show and a concern; the concern followed up; a check-in', async ({
    launch,
  }) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'waymark-contacts-e2e-'));
    let host: Awaited<ReturnType<typeof launch>> | undefined;
    try {
      await seed(dataDir);
      host = await launch({ dataDir, viewport: LAPTOP });
      const { page } = host;
      await heading(page, 'Sign in');
      await fillSignIn(page, CORA.username, CORA.passphrase);
      await heading(page, `Welcome, ${CORA.displayName}`);

      await openScreen(page, 'Record of contact');
      const link = page.getByRole('link', { name: 'Robin Example and Jordan Fictional' });
      await visible(link);
      await visible(page.getByRole('cell', { name: 'None yet' }));
      expect(await checkAccessibility(page, 'record of contact list')).toBeDefined();
      await screenshot(page, 'contact-records-list');
      await link.click();
      await heading(page, 'Robin Example and Jordan Fictional');

      // The form opens with the cursor in today's date.
      const date = page.getByRole('textbox', { name: /^Date/ });
      await visible(date);
      await dateHasFocus(page);
      expect(await date.inputValue()).toBe(uk(0));
      const rows = page.getByRole('region', { name: 'Sessions, newest first' }).locator('tbody tr');

      // 1: a prison visit ten days ago at the visits hall: date, then choose a place by typing, Enter.
      await page.keyboard.press('Control+A');
      await page.keyboard.type(uk(-10));
      await page.getByRole('combobox', { name: /^Place/ }).focus();
      await page.keyboard.type('Serv');
      await page.getByRole('textbox', { name: /Brief notes/ }).focus();
      await page.keyboard.type('First visit. Talked about housing.');
      await page.keyboard.press('Control+Enter');
      await visible(page.getByText('Session recorded'));
      await expect.poll(() => rows.count()).toBe(1);

      // 2: a week later, everything else as last time: the date and Enter.
      await dateHasFocus(page);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(uk(-3));
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count()).toBe(2);

      // 3: release day: met at the gate, a lead mentor went too.
      await dateHasFocus(page);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(uk(-2));
      await page.getByRole('combobox', { name: /Kind of contact/ }).focus();
      await page.keyboard.type('Rel');
      await page.getByRole('combobox', { name: /^Place/ }).focus();
      await page.keyboard.type('Somew');
      await page.getByRole('textbox', { name: /Where they met/ }).focus();
      await page.keyboard.type('The prison gate');
      await page.getByRole('radio', { name: 'Yes' }).focus();
      await page.keyboard.press('Space');
      expect(await checkAccessibility(page, 'record a session form')).toBeDefined();
      await screenshot(page, 'contact-records-form');
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count()).toBe(3);
      await visible(page.getByText('Lead mentor went'));

      // A no-show yesterday, and a concern today.
      await dateHasFocus(page);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(uk(-1));
      // After the gate, a meeting in the community is offered; the place is still to choose.
      expect(await page.getByRole('combobox', { name: /Kind of contact/ }).inputValue()).toBe(
        'community_meeting',
      );
      await page.getByRole('combobox', { name: /^Place/ }).focus();
      await page.keyboard.type('Coff');
      await page.getByRole('checkbox', { name: /did not turn up/ }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count()).toBe(4);
      await visible(page.getByText('No-show', { exact: true }));

      await dateHasFocus(page);
      await page.getByRole('checkbox', { name: /Raise a concern/ }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('textbox', { name: /What is the concern/ }).focus();
      await page.keyboard.type('No address for tonight yet.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => rows.count()).toBe(5);

      // Totals and the follow-up.
      await visible(page.getByText('4 sessions'));
      await visible(page.getByText('2 before release, 2 after'));
      await visible(page.getByText('1 no-show', { exact: true }));
      const followUps = page.getByRole('region', { name: /Concerns to follow up/ });
      await visible(followUps.getByText('No address for tonight yet.'));
      await screenshot(page, 'contact-records-sessions');

      await followUps.getByRole('button', { name: /Mark done/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Mark the follow-up done' });
      await dialog.getByLabel(/What was done/).fill('Rang the housing officer; a room is booked.');
      await dialog.getByRole('button', { name: 'Mark done' }).click();
      await visible(page.getByText('Follow-up done'));
      await expect.poll(() => followUps.count()).toBe(0);

      // A check-in with the mentor.
      await page.getByRole('tab', { name: 'Check-ins with the mentor' }).click();
      await page
        .getByRole('textbox', { name: /What the mentor said/ })
        .fill('The gate went well; he was nervous.');
      await page.getByRole('button', { name: 'Save the check-in' }).click();
      await visible(page.getByRole('cell', { name: /The gate went well/ }));
      expect(await checkAccessibility(page, 'check-ins')).toBeDefined();
      await screenshot(page, 'contact-records-checkins');

      // The same sessions on the match's own page, and in its printable file.
      await page.getByRole('link', { name: 'Open the whole match' }).click();
      await heading(page, 'Robin Example and Jordan Fictional');
      await page.getByRole('tab', { name: 'Contacts' }).click();
      await visible(page.getByText('4 sessions'));
      await page.getByRole('link', { name: 'Match file' }).click();
      await heading(page, /Match file/);
      await visible(page.getByRole('heading', { name: 'Record of contact' }));
      await visible(page.getByText('The prison gate'));
      await screenshot(page, 'contact-records-match-file');

      // The list now shows the last contact; the places list for co-ordinators.
      await openScreen(page, 'Record of contact');
      await visible(page.getByRole('cell', { name: uk(0) }));
      await openScreen(page, 'Places to meet');
      await visible(page.getByRole('cell', { name: /Coffee shop/ }));
      expect(await checkAccessibility(page, 'places to meet')).toBeDefined();
      await screenshot(page, 'contact-records-places');
    } catch (error) {
      if (host) await screenshot(host.page, 'failures/contact-records-failure');
      throw error;
    } finally {
      // The folder is this test's own: the host leaves it, so it is closed and removed here.
      await host?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
