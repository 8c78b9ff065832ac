import type { Page } from 'playwright-core';
import type { AccountSummary, AuditPage } from '../../src/shared/contract';
import { checkScreen } from './support/a11y';
import {
  ADMIN,
  CASEWORKER,
  coreCall,
  fillSignIn,
  heading,
  lockFromHeader,
  openScreen,
  setUpKeepingRecoveryKey,
  setUpThroughCore,
  signIn,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';
import type { BrowserHost } from '../host/browser-host';
import type { PageGlobals } from './support/page-globals';

/** The size of the co-ordinator's laptop screen. */
const LAPTOP = { width: 1366, height: 768 };

async function start(host: BrowserHost, screen?: string): Promise<Page> {
  await setUpThroughCore(host.core);
  await host.open();
  await heading(host.page, `Welcome, ${ADMIN.displayName}`);
  if (screen) await openScreen(host.page, screen);
  return host.page;
}

async function chooseAction(page: Page, name: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: action })
    .click();
}

const focusedLabel = (page: Page) =>
  page.evaluate(
    () => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('aria-label') ?? null,
  );

const auditCount = async (host: BrowserHost) =>
  (await coreCall<AuditPage>(host.core, 'audit.list', { pageSize: 10 })).total;

describe('screens a co-ordinator tripped over (issue 6)', () => {
  test('roles: unchanged saves send nothing, self-demotion asks first and the session follows; focus comes back', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const page = await start(host);
    await coreCall<AccountSummary>(host.core, 'accounts.create', {
      displayName: 'Second Admin',
      username: 'second.admin',
      roles: ['administrator'],
      temporaryPassphrase: CASEWORKER.temporary,
    });
    await openScreen(page, 'Staff accounts');

    // Your own passphrase is changed from your own menu, never reset from the table.
    await page.getByRole('button', { name: `Actions for ${ADMIN.displayName}` }).click();
    const menu = page.getByRole('menu', { name: `Actions for ${ADMIN.displayName}` });
    await visible(menu.getByRole('menuitem', { name: 'Change roles' }));
    expect(await menu.getByRole('menuitem', { name: 'Reset passphrase' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // Untick and re-tick: nothing was changed, so no "unsaved changes" prompt, and Save sends nothing.
    await chooseAction(page, ADMIN.displayName, 'Change roles');
    let dialog = page.getByRole('dialog', { name: `Roles for ${ADMIN.displayName}` });
    await visible(dialog);
    await dialog.getByRole('checkbox', { name: 'Administrator' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Administrator' }).check();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('dialog', { name: 'Leave without saving?' }).count()).toBe(0);
    await page.waitForTimeout(150);
    expect(await focusedLabel(page)).toBe(`Actions for ${ADMIN.displayName}`);

    const before = await auditCount(host);
    await chooseAction(page, ADMIN.displayName, 'Change roles');
    await visible(dialog);
    await dialog.getByRole('button', { name: 'Save roles' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await auditCount(host)).toBe(before);

    // Removing your own role asks first.
    await chooseAction(page, ADMIN.displayName, 'Change roles');
    await visible(dialog);
    await dialog.getByRole('checkbox', { name: 'Administrator' }).uncheck();
    await dialog.getByRole('button', { name: 'Save roles' }).click();
    dialog = page.getByRole('dialog', { name: 'Remove your own roles?' });
    await visible(dialog.getByText('You will no longer be: Administrator.'));
    await checkScreen(page, 'issue6-self-demotion-warning');
    await dialog.getByRole('button', { name: 'Remove my roles' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The header and navigation follow at once: no stale roles, no screens that refuse everything.
    await visible(page.getByRole('button', { name: /Your account menu/ }).getByText('Co-ordinator'));
    expect(
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Staff accounts' })
        .count(),
    ).toBe(0);
  });

  test('names: hidden direction characters are refused; administrators correct a name and the organisation', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    await setUpThroughCore(host.core);
    await coreCall(host.core, 'accounts.create', {
      displayName: 'Dafydd Exmaple',
      username: CASEWORKER.username,
      roles: CASEWORKER.roles,
      temporaryPassphrase: CASEWORKER.temporary,
    });
    await coreCall(host.core, 'vault.acknowledgeRecoveryKey');
    await host.open();
    const page = host.page;
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openScreen(page, 'Staff accounts');

    await chooseAction(page, 'Dafydd Exmaple', 'Correct the name');
    const dialog = page.getByRole('dialog', { name: 'Correct the name of Dafydd Exmaple' });
    await visible(dialog);
    await dialog.getByLabel('Full name').fill('\u202Eevil');
    await dialog.getByRole('button', { name: 'Save name' }).click();
    await visible(dialog.getByText(/cannot contain hidden text-direction characters/));

    // Escape on the "leave without saving?" prompt means stay.
    await page.keyboard.press('Escape');
    const prompt = page.getByRole('dialog', { name: 'Leave without saving?' });
    await visible(prompt);
    await page.keyboard.press('Escape');
    await prompt.waitFor({ state: 'hidden' });
    expect(await dialog.getByLabel('Full name').inputValue()).toBe('\u202Eevil');

    await dialog.getByLabel('Full name').fill(CASEWORKER.displayName);
    await dialog.getByRole('button', { name: 'Save name' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await visible(page.getByRole('rowheader', { name: CASEWORKER.displayName }));
    await page.waitForTimeout(150);
    expect(await focusedLabel(page)).toBe(`Actions for ${CASEWORKER.displayName}`);

    await openScreen(page, 'Settings');
    const org = page.getByRole('textbox', { name: 'Organisation name' });
    await org.fill('Northgate\u0007 Trust');
    await page.getByRole('button', { name: 'Save organisation name' }).click();
    await visible(page.getByText(/cannot contain hidden control characters/));
    await org.fill('Northgate Mentoring Trust');
    await page.getByRole('button', { name: 'Save organisation name' }).click();
    await visible(page.getByTestId('organisation-name').getByText('Northgate Mentoring Trust'));
  });

  test('the recovery key stays on screen across a reload until acknowledged, and a recovery sign-in asks for a new one', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    const { recoveryKey } = await setUpKeepingRecoveryKey(core);
    await host.open();
    await heading(page, 'Your recovery key');
    await page.evaluate(() => (globalThis as unknown as PageGlobals).location.reload());
    await heading(page, 'Your recovery key');
    expect((await page.getByTestId('recovery-key').innerText()).trim()).toBe(recoveryKey);
    await checkScreen(page, 'issue6-recovery-key-after-reload');
    await page.getByRole('checkbox', { name: 'I have stored the recovery key safely' }).check();
    await page.getByRole('button', { name: 'Continue to Waymark' }).click();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    expect(await page.getByTestId('recovery-key-notice').count()).toBe(0);

    // Signing in with the recovery key: the administrator is asked to issue a new one.
    await lockFromHeader(page);
    await page.getByRole('link', { name: 'use the recovery key' }).click();
    await heading(page, 'Use the recovery key');
    const fresh = 'copper lantern meadow 51';
    await page.getByLabel('Administrator username').fill(ADMIN.username);
    await page.getByLabel('Recovery key').fill(recoveryKey);
    await page.getByLabel(/^New passphrase/).fill(fresh);
    await page.getByLabel('Type the new passphrase again').fill(fresh);
    await page.getByRole('button', { name: 'Recover and sign in' }).click();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    const notice = page.getByTestId('recovery-key-notice');
    await visible(notice.getByText('Someone signed in with the recovery key.', { exact: false }));
    await checkScreen(page, 'issue6-recovery-key-used-notice');
    await notice.getByRole('button', { name: 'Go to the recovery key settings' }).click();
    await heading(page, 'Settings');
  });

  test('numbers and dates: refused with a message, never silently changed; warning days distinct and sorted', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const page = await start(host, 'Settings');
    const training = page.getByLabel('Initial training hours before a mentor is matched');
    const save = page.getByRole('button', { name: 'Save thresholds' });
    for (const [typed, message] of [
      ['-5', '-5 is below zero. Enter a number of 0 or more.'],
      ['1.5', '1.5 is not a whole number. Enter a number without a decimal point.'],
      ['1e1', '1e1 is not a number. Use the digits 0 to 9 only.'],
    ] as const) {
      await training.fill(typed);
      await save.click();
      await visible(page.getByText(message));
      expect(await training.inputValue()).toBe(typed);
    }
    await training.fill('12');
    const days = page.getByLabel('Warn before DBS renewal (days)');
    await days.fill('60, 60, 7');
    await save.click();
    await visible(page.getByText('Enter each number of days only once.'));
    await page.getByLabel('Enhanced DBS check renewal (years)').fill('1');
    await days.fill('400, 7');
    await save.click();
    await visible(page.getByText(/between 1 and 365/));
    await page.getByLabel('Enhanced DBS check renewal (years)').fill('3');
    await days.fill('7, 90, 30');
    await page.getByLabel('Lock after this many minutes without activity').fill('-5');
    await page.getByRole('button', { name: 'Save idle lock' }).click();
    await visible(page.getByText('-5 is below zero. Enter a number of 0 or more.'));
    await checkScreen(page, 'issue6-number-errors');
    await save.click();
    await visible(page.getByText('Thresholds saved'));
    expect(await days.inputValue()).toBe('90, 30, 7');

    await openScreen(page, 'Audit log');
    const from = page.getByLabel('From', { exact: true });
    await from.fill('31/02/2026');
    await page.getByRole('button', { name: 'Show events' }).click();
    await visible(page.getByText('31/02/2026 is not a date: February 2026 has 28 days.'));
    await page.getByLabel('To', { exact: true }).fill('23.11.2099');
    await checkScreen(page, 'issue6-date-error');
    await from.fill('1/1/26');
    await page.getByRole('button', { name: 'Show events' }).click();
    await visible(page.getByText(/^Events 1 to \d+ of \d+/));
    expect(await page.getByText(/is not a date/).count()).toBe(0);
  });

  test('audit log: plain words, one compact line per event, removed people keep their names', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await setUpThroughCore(core);
    await coreCall(core, 'vault.acknowledgeRecoveryKey');
    const casey = await coreCall<AccountSummary>(core, 'accounts.create', {
      displayName: CASEWORKER.displayName,
      username: CASEWORKER.username,
      roles: ['caseworker', 'coordinator'],
      temporaryPassphrase: CASEWORKER.temporary,
    });
    await coreCall(core, 'settings.setIdleLock', { idleLockMinutes: 15 });
    await coreCall(core, 'vault.lock');
    await coreCall(core, 'vault.unlock', { username: CASEWORKER.username, passphrase: CASEWORKER.temporary });
    await coreCall(core, 'vault.changePassphrase', {
      currentPassphrase: CASEWORKER.temporary,
      newPassphrase: CASEWORKER.passphrase,
    });
    await coreCall(core, 'vault.lock');
    await core.call('vault.unlock', { username: 'jdoe', passphrase: 'not a real passphrase' });
    await host.open();
    await heading(page, 'Sign in');
    await signIn(page, ADMIN.username, ADMIN.passphrase, ADMIN.displayName);
    await coreCall(core, 'accounts.remove', { id: casey.id });
    await openScreen(page, 'Audit log');

    const table = page.getByTestId('audit-table');
    await visible(table);
    const text = await table.innerText();
    for (const code of ['vault.', 'accounts.', 'roles=', 'Data: system', 'minutes=', 'coordinator', 'system'])
      expect(text, code).not.toContain(code);
    expect(text).toContain('Roles: Co-ordinator, Caseworker');
    expect(text).toContain(`Staff account: ${CASEWORKER.displayName}`);
    expect(text).toContain('Lock after 15 minutes');
    // The removed caseworker's own sign-in still names them.
    expect(text).toMatch(new RegExp(`${CASEWORKER.displayName}\\s+Sign in`));
    const heights = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map(
          (r) =>
            (r as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height,
        ),
      );
    expect(Math.max(...heights)).toBeLessThanOrEqual(40);

    await page
      .locator('input')
      .and(page.getByLabel('Person', { exact: true }))
      .click();
    await visible(
      page.getByRole('option', { name: `${CASEWORKER.displayName} (${CASEWORKER.username}), removed` }),
    );
    await page.keyboard.press('Escape');
    await checkScreen(page, 'issue6-audit-log');
  });

  test('lock wins over unsaved changes, from the button and from the idle lock; inputs show a clear focus ring', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await setUpThroughCore(core);
    await coreCall(core, 'vault.acknowledgeRecoveryKey');
    await coreCall(core, 'settings.setIdleLock', { idleLockMinutes: 1 });
    await page.clock.install();
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openScreen(page, 'Settings');

    // Focus ring: an input's is as clear as a button's.
    await page.getByRole('textbox', { name: 'Organisation name' }).focus();
    const ring = await page.getByRole('textbox', { name: 'Organisation name' }).evaluate((el) => {
      type Styled = { outlineStyle: string; outlineWidth: string };
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): Styled }).getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);

    await page.getByLabel('Initial training hours before a mentor is matched').fill('14');
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await heading(page, 'Sign in');
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Idle lock with the "leave without saving?" prompt open: it locks, and the prompt goes.
    await fillSignIn(page, ADMIN.username, ADMIN.passphrase);
    await heading(page, 'Settings');
    await openScreen(page, 'Staff accounts');
    await page.getByRole('button', { name: 'Add a staff account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a staff account' });
    await visible(dialog);
    // The modal's buttons are on screen at 1366×768 without scrolling.
    const box = await dialog.getByRole('button', { name: 'Add account' }).boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(LAPTOP.height);
    await dialog.getByLabel('Full name').fill('Half Typed');
    await page.keyboard.press('Escape');
    await visible(page.getByRole('dialog', { name: 'Leave without saving?' }));
    await page.clock.runFor(70_000);
    await heading(page, 'Sign in');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await checkScreen(page, 'issue6-locked-over-unsaved');
  });
});
