import { checkScreen } from './support/a11y';
import {
  ADMIN,
  heading,
  lockFromHeader,
  setUpThroughCore,
  setUpThroughScreens,
  signIn,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';

describe('recovery key', () => {
  test('an administrator who forgot their passphrase gets back in with the recovery key', async ({
    host,
  }) => {
    const { page } = host;
    const recoveryKey = await setUpThroughScreens(page);
    await lockFromHeader(page);

    await page.getByRole('link', { name: 'use the recovery key' }).click();
    await heading(page, 'Use the recovery key');
    await checkScreen(page, '23-recover');

    // A wrong key is refused in plain words.
    await page.getByLabel('Administrator username').fill(ADMIN.username);
    await page.getByLabel('Recovery key').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await page.getByLabel(/^New passphrase/).fill('saffron bicycle meadow 71');
    await page.getByLabel('Type the new passphrase again').fill('saffron bicycle meadow 71');
    await page.getByRole('button', { name: 'Recover and sign in' }).click();
    await visible(page.getByRole('alert').filter({ hasText: 'Not signed in' }));
    await checkScreen(page, '24-recover-wrong-key');

    await page.getByLabel('Recovery key').fill(recoveryKey);
    await page.getByRole('button', { name: 'Recover and sign in' }).click();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    // The new passphrase is the one that works now.
    await lockFromHeader(page);
    await signIn(page, ADMIN.username, 'saffron bicycle meadow 71', ADMIN.displayName);
    expect(await page.getByText('use the recovery key').count()).toBe(0);
  });

  test('the back link returns to sign-in', async ({ host }) => {
    const { page } = host;
    await setUpThroughScreens(page);
    await lockFromHeader(page);
    await page.getByRole('link', { name: 'use the recovery key' }).click();
    await heading(page, 'Use the recovery key');
    await page.getByRole('link', { name: 'Back to sign in' }).click();
    await heading(page, 'Sign in');
  });

  test('anyone can change their own passphrase from the account menu; a wrong current one is shown on its field', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false });
    const { page } = host;
    await setUpThroughCore(host.core);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await page.getByRole('button', { name: `Signed in as ${ADMIN.displayName}. Your account menu` }).click();
    await page.getByRole('menuitem', { name: 'Change your passphrase' }).click();
    await heading(page, 'Change your passphrase');

    await page.getByLabel('Current passphrase').fill('this is not it at all');
    await page.getByLabel(/^New passphrase/).fill('juniper compass harbour 62');
    await page.getByLabel('Type the new passphrase again').fill('juniper compass harbour 62');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await visible(page.getByText('Your current passphrase is not right.'));
    await checkScreen(page, '38-change-own-passphrase');

    await page.getByLabel('Current passphrase').fill(ADMIN.passphrase);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await lockFromHeader(page);
    await signIn(page, ADMIN.username, 'juniper compass harbour 62', ADMIN.displayName);
  });
});
