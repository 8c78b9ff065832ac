import { checkScreen } from './support/a11y';
import {
  ADMIN,
  auditRows,
  CASEWORKER,
  fillSignIn,
  heading,
  lockFromHeader,
  nav,
  openScreen,
  signIn,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

describe('the first day, end to end', () => {
  test('set up, lock, sign in, add a caseworker who is kept to their own screens, and audit all of it', async ({
    host,
  }) => {
    const { page } = host;

    // First run.
    await heading(page, 'Set up Waymark');
    await checkScreen(page, '01-setup');
    await page.getByRole('button', { name: 'Create the vault' }).click();
    await visible(page.getByText('Enter the organisation name.'));
    await page.getByLabel('Choose a passphrase').fill('password123!');
    await visible(page.getByText('Not yet:').first());
    await checkScreen(page, '02-setup-errors');
    await page.getByLabel('Organisation name').fill(ADMIN.organisationName);
    await page.getByLabel('Your full name').fill(ADMIN.displayName);
    await page.getByLabel('Choose a username').fill(ADMIN.username);
    await page.getByLabel('Choose a passphrase').fill(ADMIN.passphrase);
    await page.getByLabel('Type the passphrase again').fill(ADMIN.passphrase);
    await checkScreen(page, '03-setup-filled');
    await page.getByRole('button', { name: 'Create the vault' }).click();

    // The recovery key, once, with a required acknowledgement.
    await heading(page, 'Your recovery key');
    const key = (await page.getByTestId('recovery-key').textContent())?.trim() ?? '';
    expect(key.length).toBeGreaterThan(20);
    await checkScreen(page, '04-recovery-key');
    await page.getByRole('button', { name: 'Continue to Waymark' }).click();
    await visible(page.getByText('Tick the box to confirm you have stored the recovery key safely.'));
    await page.emulateMedia({ media: 'print' });
    await checkScreen(page, '05-recovery-key-print');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('checkbox', { name: 'I have stored the recovery key safely' }).check();
    await page.getByRole('button', { name: 'Continue to Waymark' }).click();

    // Home: who is signed in and what their roles allow.
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await visible(
      page.getByText('Create staff accounts, set their roles, disable them and reset passphrases'),
    );
    expect(await page.getByTestId('organisation-name').textContent()).toBe(ADMIN.organisationName);
    await checkScreen(page, '06-home-admin');

    // Lock, then a wrong passphrase, then the right one.
    await lockFromHeader(page);
    await checkScreen(page, '07-unlock');
    await fillSignIn(page, ADMIN.username, 'not the right passphrase');
    await visible(page.getByText('That username and passphrase do not match.'));
    expect(await page.getByLabel(/^Passphrase/).inputValue()).toBe('');
    await checkScreen(page, '08-unlock-wrong-passphrase');
    await signIn(page, ADMIN.username, ADMIN.passphrase, ADMIN.displayName);

    // Add a caseworker.
    await openScreen(page, 'Staff accounts');
    await checkScreen(page, '09-accounts');
    await page.getByRole('button', { name: 'Add a staff account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a staff account' });
    await visible(dialog);
    await checkScreen(page, '10-accounts-create-empty');
    await dialog.getByRole('button', { name: 'Add account' }).click();
    await visible(dialog.getByText('Choose at least one role.'));
    await checkScreen(page, '11-accounts-create-errors');
    await dialog.getByLabel('Full name').fill(CASEWORKER.displayName);
    await dialog.getByLabel(/^Username/).fill(CASEWORKER.username);
    await dialog.getByRole('checkbox', { name: 'Caseworker' }).check();
    await dialog.getByLabel('Temporary passphrase').fill(CASEWORKER.temporary);
    await checkScreen(page, '12-accounts-create-filled');
    await dialog.getByRole('button', { name: 'Add account' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: new RegExp(CASEWORKER.displayName) });
    await visible(row);
    expect(await row.innerText()).toMatch(/temporary passphrase/i);
    await checkScreen(page, '13-accounts-with-caseworker');

    // The caseworker signs in and must choose their own passphrase first.
    await lockFromHeader(page);
    await fillSignIn(page, CASEWORKER.username, CASEWORKER.temporary);
    await heading(page, 'Choose a new passphrase');
    // Before changing, the core refuses everything else.
    const early = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.settings.get({}));
    expect(early.ok ? null : early.error.code).toBe('PASSPHRASE_CHANGE_REQUIRED');
    await checkScreen(page, '14-forced-change');
    await page.getByLabel('Temporary passphrase').fill(CASEWORKER.temporary);
    await page.getByLabel(/^New passphrase/).fill(CASEWORKER.passphrase);
    await page.getByLabel('Type the new passphrase again').fill(CASEWORKER.passphrase);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await heading(page, `Welcome, ${CASEWORKER.displayName}`);
    await checkScreen(page, '15-home-caseworker');

    // Screens they may not use are absent, and the core refuses direct calls.
    const navText = await nav(page).innerText();
    for (const hidden of ['Management', 'Staff accounts', 'Audit log', 'Settings'])
      expect(navText).not.toContain(hidden);
    const denied = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.accounts.list({}));
    expect(denied.ok ? null : denied.error.code).toBe('FORBIDDEN');
    await page.evaluate(
      () => ((globalThis as unknown as PageGlobals).location.hash = '/management/accounts'),
    );
    await heading(page, 'Not available to you');
    await checkScreen(page, '16-not-available');

    // Back as the administrator: the audit log shows all of it.
    await lockFromHeader(page);
    await signIn(page, ADMIN.username, ADMIN.passphrase, ADMIN.displayName);
    await openScreen(page, 'Audit log');
    const rows = await auditRows(page);
    // Plain words only (no action codes); badges are upper-cased by CSS, so compare without case.
    const has = (...parts: string[]) =>
      rows.some((r) => parts.every((p) => r.toLowerCase().includes(p.toLowerCase())));
    expect(has('Set up Waymark', 'Succeeded')).toBe(true);
    expect(has('Sign in', 'Failed', 'Wrong passphrase')).toBe(true);
    expect(has(ADMIN.displayName, 'Sign in', 'Succeeded')).toBe(true);
    expect(has(CASEWORKER.displayName, 'Sign in', 'Succeeded')).toBe(true);
    expect(has(ADMIN.displayName, 'Add staff account', 'Succeeded')).toBe(true);
    expect(has(CASEWORKER.displayName, 'Change own passphrase', 'Succeeded')).toBe(true);
    expect(has(CASEWORKER.displayName, 'View staff accounts', 'Refused', 'Not allowed for their roles')).toBe(
      true,
    );
    expect(has('Lock', 'Succeeded')).toBe(true);
    await checkScreen(page, '17-audit');

    // Filter to refusals only.
    await page.locator('input').and(page.getByLabel('Outcome')).click();
    await page.getByRole('option', { name: 'Refused' }).click();
    await page.getByRole('button', { name: 'Show events' }).click();
    await page.waitForFunction(
      () =>
        !(globalThis as unknown as PageGlobals).document
          .querySelector('[data-testid="audit-table"]')
          ?.textContent?.includes('Succeeded'),
    );
    const refused = await auditRows(page);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => /refused/i.test(r))).toBe(true);
    await checkScreen(page, '18-audit-filtered');

    // The chain verifies.
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await visible(page.getByText('The audit chain is intact'));
    expect(await page.getByTestId('verify-result').innerText()).toMatch(/\d+ rows checked/);
    await checkScreen(page, '19-audit-verified');
  });
});
