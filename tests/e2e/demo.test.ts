import { checkScreen } from './support/a11y';
import { fillSignIn, heading, openScreen, signIn, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import { buildDemo, DEMO_ADMIN, DEMO_ORGANISATION, DEMO_STAFF } from '../host/demo';

describe('the demo data set (dev:browser --demo)', () => {
  test('builds on a fresh vault, and its printed sign-in details work', async ({ launch }) => {
    const host = await launch({ navigate: false });
    const { page, core } = host;
    await buildDemo(core);
    await host.open();
    await heading(page, 'Sign in');
    expect(await page.getByText(DEMO_ORGANISATION).count()).toBe(1);

    await signIn(page, DEMO_ADMIN.username, DEMO_ADMIN.passphrase, DEMO_ADMIN.displayName);
    await openScreen(page, 'Staff accounts');
    for (const person of DEMO_STAFF)
      await visible(page.getByRole('row', { name: new RegExp(person.displayName) }));
    await checkScreen(page, '50-demo-accounts');
    await openScreen(page, 'Settings');
    expect(await page.getByLabel('Lock after this many minutes without activity').inputValue()).toBe('15');

    // A ready account signs straight in; the new starter must change their temporary passphrase.
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    const caseworker = DEMO_STAFF.find((a) => a.username === 'demo.caseworker')!;
    await signIn(page, caseworker.username, caseworker.passphrase, caseworker.displayName);
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    const starter = DEMO_STAFF.find((a) => a.state === 'temporary')!;
    await fillSignIn(page, starter.username, starter.passphrase);
    await heading(page, 'Choose a new passphrase');
  });
});
