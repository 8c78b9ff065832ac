import type { Settings } from '../../src/shared/settings';
import { checkScreen } from './support/a11y';
import { ADMIN, coreCall, heading, nav, openScreen, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

const COORDINATOR = {
  displayName: 'Rhiannon Sample',
  username: 'coordinator.test',
  temporary: 'hazel quarry lantern 303',
  passphrase: 'beacon thimble orchard 47',
};

describe('settings', () => {
  test('an administrator sets the idle lock and the thresholds, with plain-English errors and an unsaved-changes warning', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false });
    const { page, core } = host;
    await setUpThroughCore(core);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openScreen(page, 'Settings');
    await checkScreen(page, '33-settings');

    // Idle lock: the same rules as the core, in plain words.
    const idle = page.getByLabel('Lock after this many minutes without activity');
    await idle.fill('0');
    await page.getByRole('button', { name: 'Save idle lock' }).click();
    await visible(page.getByText('The idle lock must be at least 1 minute.'));
    await idle.fill('5');
    await page.getByRole('button', { name: 'Save idle lock' }).click();
    await visible(page.getByText('Waymark now locks after 5 minutes without activity.'));
    expect((await coreCall<Settings>(core, 'settings.get')).idleLockMinutes).toBe(5);

    // Thresholds: a cross-field rule and a list field.
    await page.getByLabel('Shortest advised session (minutes)').fill('120');
    await page.getByLabel('Warn before DBS renewal (days)').fill('60, soon');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    // Each entry is read strictly and the message names the one that is wrong.
    await visible(page.getByText('soon is not a number. Use the digits 0 to 9 only.'));
    // The cross-field rule is checked once every field is itself valid.
    await page.getByLabel('Warn before DBS renewal (days)').fill('60, 30');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await visible(page.getByText('The shortest session length must not be longer than the longest.'));
    await checkScreen(page, '34-settings-errors');

    // Leaving with unsaved changes asks first.
    await nav(page).getByRole('link', { name: 'Home' }).click();
    const confirm = page.getByRole('dialog', { name: 'Leave without saving?' });
    await visible(confirm);
    await confirm.getByRole('button', { name: 'Stay and keep editing' }).click();
    await heading(page, 'Settings');

    await page.getByLabel('Shortest advised session (minutes)').fill('45');
    await page.getByLabel('Warn before DBS renewal (days)').fill('90, 30, 7');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await visible(page.getByText('Warnings and indicators now use the new figures.'));
    const saved = await coreCall<Settings>(core, 'settings.get');
    expect(saved.thresholds.sessionMinMinutes).toBe(45);
    expect(saved.thresholds.dbsWarningDays).toEqual([90, 30, 7]);

    // Saved, so leaving no longer asks.
    await nav(page).getByRole('link', { name: 'Home' }).click();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
  });

  test('a co-ordinator sees only the thresholds, and the core refuses them the idle lock', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false });
    const { page, core } = host;
    await setUpThroughCore(core);
    await coreCall(core, 'accounts.create', {
      displayName: COORDINATOR.displayName,
      username: COORDINATOR.username,
      roles: ['coordinator'],
      temporaryPassphrase: COORDINATOR.temporary,
    });
    await coreCall(core, 'vault.lock');
    await coreCall(core, 'vault.unlock', {
      username: COORDINATOR.username,
      passphrase: COORDINATOR.temporary,
    });
    await coreCall(core, 'vault.changePassphrase', {
      currentPassphrase: COORDINATOR.temporary,
      newPassphrase: COORDINATOR.passphrase,
    });
    await host.open();
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);

    const navText = await nav(page).innerText();
    expect(navText).toContain('Settings');
    expect(navText).not.toContain('Staff accounts');
    expect(navText).not.toContain('Audit log');

    await openScreen(page, 'Settings');
    await visible(page.getByRole('heading', { name: 'Programme thresholds' }));
    expect(await page.getByRole('heading', { name: 'Idle lock' }).count()).toBe(0);
    await checkScreen(page, '35-settings-coordinator');

    const refused = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).api.settings.setIdleLock({ idleLockMinutes: 240 }),
    );
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
  });
});
