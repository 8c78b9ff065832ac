import type { AuditPage, VaultStatus } from '../../src/shared/contract';
import { checkScreen } from './support/a11y';
import { ADMIN, coreCall, fillSignIn, heading, setUpThroughCore, signIn, visible } from './support/app';
import { describe, expect, test } from './support/fixture';

describe('idle lock', () => {
  test('warns in the last quarter of a short idle time, can be put off, then locks and drops the screen', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false });
    const { page, core } = host;
    await setUpThroughCore(core);
    await coreCall(core, 'settings.setIdleLock', { idleLockMinutes: 1 });
    // The page's clock is fake so a minute passes in an instant; the core keeps real time.
    await page.clock.install();
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    // 1 minute: the warning shows in the last 15 seconds.
    await page.clock.runFor(40_000);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.clock.runFor(6_000);
    const warning = page.getByRole('dialog', { name: 'Waymark is about to lock' });
    await visible(warning);
    expect(await page.getByTestId('idle-countdown').innerText()).toMatch(/Locking in 1[0-4] seconds/);
    await checkScreen(page, '20-idle-warning');

    // "Stay signed in" restarts the clock.
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await warning.waitFor({ state: 'hidden' });
    await page.clock.runFor(40_000);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Left alone, it locks.
    await page.clock.runFor(25_000);
    await heading(page, 'Sign in');
    await visible(page.getByText('Waymark locked itself because nobody used it for a while.'));
    await checkScreen(page, '21-idle-locked');
    expect((await coreCall<VaultStatus>(core, 'vault.status')).state).toBe('locked');
    // Nothing from the signed-in screens is left in the page.
    expect(await page.getByText(ADMIN.displayName).count()).toBe(0);

    // The audit log records the reason.
    await signIn(page, ADMIN.username, ADMIN.passphrase, ADMIN.displayName);
    const audit = await coreCall<AuditPage>(core, 'audit.list', { action: 'vault.lock' });
    expect(audit.entries.some((e) => e.detail === 'idle')).toBe(true);
  });

  test('a lock from outside the page (system suspend) drops to the sign-in screen at once', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false });
    await setUpThroughCore(host.core);
    await host.open();
    await heading(host.page, `Welcome, ${ADMIN.displayName}`);
    await host.core.lock('suspend');
    await heading(host.page, 'Sign in');
    await visible(host.page.getByText('Waymark locked when the computer went to sleep.'));
  });

  test('a call answered LOCKED also drops to the sign-in screen, even when no lock event arrives', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, forwardLockEvents: false });
    await setUpThroughCore(host.core);
    await host.open();
    await heading(host.page, `Welcome, ${ADMIN.displayName}`);
    await host.core.lock('screen-lock');
    // The page has not been told; its next call is refused with LOCKED.
    await host.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Staff accounts' })
      .click();
    await heading(host.page, 'Sign in');
    await visible(host.page.getByText('Waymark is locked. Sign in again to carry on.'));
    // The same person signing in again carries on where they were.
    await fillSignIn(host.page, ADMIN.username, ADMIN.passphrase);
    await heading(host.page, 'Staff accounts');
  });
});
