import { checkScreen } from './support/a11y';
import { ADMIN, coreCall, heading, openScreen, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';

describe('issuing a new recovery key', () => {
  test('an administrator re-enters their passphrase, sees the new key once, and the old key stops working', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false });
    const { page, core } = host;
    const { recoveryKey: oldKey } = await setUpThroughCore(core);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openScreen(page, 'Settings');
    await page.getByRole('button', { name: 'Issue a new recovery key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Issue a new recovery key' });
    await visible(dialog);

    await dialog.getByLabel('Your current passphrase').fill('not my passphrase');
    await dialog.getByRole('button', { name: 'Issue the new key' }).click();
    await visible(dialog.getByText('Your current passphrase is not right.'));
    await checkScreen(page, '36-new-recovery-key-wrong');

    await dialog.getByLabel('Your current passphrase').fill(ADMIN.passphrase);
    await dialog.getByRole('button', { name: 'Issue the new key' }).click();
    const shown = page.getByRole('dialog', { name: 'Your new recovery key' });
    await visible(shown);
    const newKey = (await shown.getByTestId('recovery-key').innerText()).trim();
    expect(newKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(newKey).not.toBe(oldKey);
    await checkScreen(page, '37-new-recovery-key');

    // It cannot be dismissed until the person confirms they stored it.
    await shown.getByRole('button', { name: 'Done' }).click();
    await visible(shown.getByText('Tick the box to confirm you have stored the new recovery key safely.'));
    await shown.getByLabel('I have stored the new recovery key safely').check();
    await shown.getByRole('button', { name: 'Done' }).click();
    await shown.waitFor({ state: 'hidden' });

    await coreCall(core, 'vault.lock');
    const fresh = 'copper lantern meadow 51';
    const withOld = await core.call('vault.recover', {
      username: ADMIN.username,
      recoveryKey: oldKey,
      newPassphrase: fresh,
    });
    expect(withOld.ok ? null : withOld.error.code).toBe('BAD_CREDENTIALS');
    await coreCall(core, 'vault.recover', {
      username: ADMIN.username,
      recoveryKey: newKey,
      newPassphrase: fresh,
    });
  });
});
