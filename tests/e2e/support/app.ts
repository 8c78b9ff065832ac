import type { Locator, Page } from 'playwright-core';
import type { Core } from '../../../src/main/core';
import type { Result } from '../../../src/shared/errors';
import type { Role } from '../../../src/shared/roles';

/** Fictional people for the tests. */
export const ADMIN = {
  organisationName: 'Northgate Through-the-Gate Mentoring (test)',
  displayName: 'Morag Testperson',
  username: 'admin.test',
  passphrase: 'granite willow puzzle 88',
};

export const CASEWORKER = {
  displayName: 'Dafydd Example',
  username: 'caseworker.test',
  roles: ['caseworker'] as Role[],
  temporary: 'temporary river 2468 stone',
  passphrase: 'pelican orchard lamp 39',
};

const VISIBLE = { state: 'visible' as const, timeout: 15_000 };

/** Wait for a locator to be visible (playwright-core has no expect). */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor(VISIBLE);
  return locator;
}

export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await visible(page.getByRole('heading', { level: 1, name }));
}

/** Call a channel on the core directly, as the test's setup (not through the page). */
export async function coreCall<T>(core: Core, channel: string, input: unknown = {}): Promise<T> {
  const result = (await core.call(channel, input)) as Result<T>;
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Set the vault up through the core without confirming the recovery key (it stays on screen). */
export async function setUpKeepingRecoveryKey(core: Core): Promise<{ recoveryKey: string }> {
  return coreCall(core, 'vault.setup', {
    organisationName: ADMIN.organisationName,
    displayName: ADMIN.displayName,
    username: ADMIN.username,
    passphrase: ADMIN.passphrase,
  });
}

/**
 * Set the vault up through the core (leaves it unlocked as the administrator), with the recovery
 * key confirmed as stored, so the screens open on the home page.
 */
export async function setUpThroughCore(core: Core): Promise<{ recoveryKey: string }> {
  const out = await setUpKeepingRecoveryKey(core);
  await coreCall(core, 'vault.acknowledgeRecoveryKey');
  return out;
}

/** Through the core: add a staff account with the temporary passphrase test accounts start with. */
export async function addAccountThroughCore(
  core: Core,
  person: { displayName: string; username: string },
  roles: readonly Role[],
): Promise<string> {
  const made = await coreCall<{ id: string }>(core, 'accounts.create', {
    displayName: person.displayName,
    username: person.username,
    roles,
    temporaryPassphrase: CASEWORKER.temporary,
  });
  return made.id;
}

/** Through the core: lock, sign in as a new account and choose its own passphrase (first sign-in). */
export async function firstSignInThroughCore(
  core: Core,
  person: { username: string; passphrase: string },
): Promise<void> {
  await coreCall(core, 'vault.lock', { reason: 'user' });
  await coreCall(core, 'vault.unlock', { username: person.username, passphrase: CASEWORKER.temporary });
  await coreCall(core, 'vault.changePassphrase', {
    currentPassphrase: CASEWORKER.temporary,
    newPassphrase: person.passphrase,
  });
}

/** First-run set-up through the screens; returns the recovery key shown once. Ends on the home page. */
export async function setUpThroughScreens(page: Page): Promise<string> {
  await heading(page, 'Set up Waymark');
  await page.getByLabel('Organisation name').fill(ADMIN.organisationName);
  await page.getByLabel('Your full name').fill(ADMIN.displayName);
  await page.getByLabel('Choose a username').fill(ADMIN.username);
  await page.getByLabel('Choose a passphrase').fill(ADMIN.passphrase);
  await page.getByLabel('Type the passphrase again').fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Create the vault' }).click();
  await heading(page, 'Your recovery key');
  const key = (await page.getByTestId('recovery-key').textContent())?.trim() ?? '';
  await page.getByRole('checkbox', { name: 'I have stored the recovery key safely' }).check();
  await page.getByRole('button', { name: 'Continue to Waymark' }).click();
  await heading(page, `Welcome, ${ADMIN.displayName}`);
  return key;
}

export async function lockFromHeader(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await heading(page, 'Sign in');
}

export async function fillSignIn(page: Page, username: string, passphrase: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel(/^Passphrase/).fill(passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signIn(
  page: Page,
  username: string,
  passphrase: string,
  displayName: string,
): Promise<void> {
  await fillSignIn(page, username, passphrase);
  await heading(page, `Welcome, ${displayName}`);
}

export function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

export async function openScreen(page: Page, label: string): Promise<void> {
  await nav(page).getByRole('link', { name: label }).click();
  await heading(page, label);
}

/** The text of every row in the audit table, for simple "contains" checks. */
export async function auditRows(page: Page): Promise<string[]> {
  await visible(page.getByTestId('audit-table'));
  return page.getByTestId('audit-table').locator('tbody tr').allInnerTexts();
}
