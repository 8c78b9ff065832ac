import type { Page } from 'playwright-core';
import type { AccountSummary } from '../../src/shared/contract';
import { checkScreen } from './support/a11y';
import { ADMIN, CASEWORKER, coreCall, heading, openScreen, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { BrowserHost } from '../host/browser-host';
import type { PageGlobals } from './support/page-globals';

async function openAccounts(host: BrowserHost, withCaseworker = true): Promise<Page> {
  await setUpThroughCore(host.core);
  if (withCaseworker) {
    await coreCall(host.core, 'accounts.create', {
      displayName: CASEWORKER.displayName,
      username: CASEWORKER.username,
      roles: CASEWORKER.roles,
      temporaryPassphrase: CASEWORKER.temporary,
    });
  }
  await host.open();
  await heading(host.page, `Welcome, ${ADMIN.displayName}`);
  await openScreen(host.page, 'Staff accounts');
  return host.page;
}

const rowFor = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

async function chooseAction(page: Page, name: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: action })
    .click();
}

describe('staff accounts', () => {
  test('the add form checks rules before sending, shows the server’s answer on the field, and warns before losing changes', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false });
    const page = await openAccounts(host);
    await page.getByRole('button', { name: 'Add a staff account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a staff account' });
    await visible(dialog);

    // A passphrase containing the person's own name is refused before anything is sent.
    await dialog.getByLabel('Full name').fill('Eilidh Sampleton');
    await dialog.getByLabel(/^Username/).fill(CASEWORKER.username);
    await dialog.getByRole('checkbox', { name: 'Lead mentor' }).check();
    await dialog.getByLabel('Temporary passphrase').fill('sampleton rocks 12345');
    await dialog.getByRole('button', { name: 'Add account' }).click();
    await visible(dialog.getByText('Do not include your name.'));

    // The generator gives one that passes, shown so it can be passed on.
    await dialog.getByRole('button', { name: 'Suggest a temporary passphrase' }).click();
    const suggested = await dialog.getByLabel('Temporary passphrase').inputValue();
    // Four plain words and a digit, to read out or write down.
    expect(suggested).toMatch(/^[a-z]+( [a-z]+){3} [0-9]$/);
    expect(await dialog.getByLabel('Temporary passphrase').getAttribute('type')).toBe('text');

    // The username is taken: the core's answer appears on the username field.
    await dialog.getByRole('button', { name: 'Add account' }).click();
    await visible(dialog.getByText('That username is already taken.'));
    await checkScreen(page, '25-accounts-create-conflict');

    // Escape with changes asks first; staying keeps what was typed.
    await page.keyboard.press('Escape');
    const confirm = page.getByRole('dialog', { name: 'Leave without saving?' });
    await visible(confirm);
    await checkScreen(page, '26-unsaved-changes');
    await confirm.getByRole('button', { name: 'Stay and keep editing' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await dialog.getByLabel('Full name').inputValue()).toBe('Eilidh Sampleton');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await rowFor(page, 'Eilidh Sampleton').count()).toBe(0);
  });

  test('change roles, reset a passphrase, disable and remove an account', async ({ launch }) => {
    const host = await launch({ navigate: false });
    const page = await openAccounts(host);

    // Your own account cannot be disabled or removed from here.
    await page.getByRole('button', { name: `Actions for ${ADMIN.displayName}` }).click();
    expect(await page.getByRole('menuitem', { name: 'Remove (not your own account)' }).isDisabled()).toBe(
      true,
    );
    await checkScreen(page, '27-accounts-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });

    // Roles.
    await chooseAction(page, CASEWORKER.displayName, 'Change roles');
    const roles = page.getByRole('dialog', { name: `Roles for ${CASEWORKER.displayName}` });
    await visible(roles);
    await roles.getByRole('checkbox', { name: 'Caseworker' }).uncheck();
    await roles.getByRole('button', { name: 'Save roles' }).click();
    await visible(roles.getByText('Choose at least one role.'));
    await roles.getByRole('checkbox', { name: 'Caseworker' }).check();
    await roles.getByRole('checkbox', { name: 'Lead mentor' }).check();
    await checkScreen(page, '28-accounts-roles');
    await roles.getByRole('button', { name: 'Save roles' }).click();
    await roles.waitFor({ state: 'hidden' });
    await visible(rowFor(page, CASEWORKER.displayName).getByText('Lead mentor'));

    // Reset passphrase.
    await chooseAction(page, CASEWORKER.displayName, 'Reset passphrase');
    const reset = page.getByRole('dialog', { name: `Reset passphrase for ${CASEWORKER.displayName}` });
    await visible(reset);
    await reset.getByLabel('Temporary passphrase').fill('dafydd temporary thing');
    await reset.getByRole('button', { name: 'Reset passphrase' }).click();
    await visible(reset.getByText('Do not include your name.'));
    await reset.getByLabel('Temporary passphrase').fill('lantern quarry velvet 55');
    await checkScreen(page, '29-accounts-reset');
    await reset.getByRole('button', { name: 'Reset passphrase' }).click();
    await reset.waitFor({ state: 'hidden' });

    // Disable.
    await chooseAction(page, CASEWORKER.displayName, 'Disable');
    const disable = page.getByRole('dialog', { name: `Disable ${CASEWORKER.displayName}?` });
    await visible(disable);
    await checkScreen(page, '31-accounts-disable');
    await disable.getByRole('button', { name: 'Disable account' }).click();
    await disable.waitFor({ state: 'hidden' });
    await visible(rowFor(page, CASEWORKER.displayName).getByText('Disabled'));

    // Remove, confirmed by typing the username.
    await chooseAction(page, CASEWORKER.displayName, 'Remove');
    const remove = page.getByRole('dialog', { name: `Remove ${CASEWORKER.displayName}?` });
    await visible(remove);
    await remove.getByLabel(`Type the username ${CASEWORKER.username} to confirm`).fill('someone.else');
    await remove.getByRole('button', { name: 'Remove account' }).click();
    await visible(remove.getByText(`Type ${CASEWORKER.username} exactly to confirm.`));
    await checkScreen(page, '32-accounts-remove');
    await remove.getByLabel(`Type the username ${CASEWORKER.username} to confirm`).fill(CASEWORKER.username);
    await remove.getByRole('button', { name: 'Remove account' }).click();
    await remove.waitFor({ state: 'hidden' });
    await page.waitForFunction(
      (name) =>
        !(globalThis as unknown as PageGlobals).document.body.innerText.includes(`Actions for ${name}`),
      CASEWORKER.displayName,
    );
    const left = await coreCall<AccountSummary[]>(host.core, 'accounts.list');
    expect(left.map((a) => a.username)).toEqual([ADMIN.username]);
  });
});
