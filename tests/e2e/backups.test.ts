import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AccountSummary, BackupList } from '../../src/shared/contract';
import { checkScreen } from './support/a11y';
import {
  ADMIN,
  auditRows,
  coreCall,
  heading,
  lockFromHeader,
  openScreen,
  setUpThroughCore,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

const LATE = {
  displayName: 'Llewella Afterthebackup',
  username: 'late.person',
  roles: ['caseworker'],
  temporaryPassphrase: 'harbour lantern 5150 moss',
};

/** The accessible name (or label) of whatever has keyboard focus. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const el = w.document.activeElement;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const id = el.id;
    const label = id ? w.document.querySelector(`label[for="${w.CSS.escape(id)}"]`) : null;
    return (label?.textContent ?? el.textContent ?? '').replace(/\s*\*\s*$/, '').trim();
  });
}

/** Press Tab (at most `limit` times) until the focused control's name matches. Keyboard only. */
async function tabTo(page: Page, name: string | RegExp, limit = 30): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
    seen.push(current);
  }
  throw new Error(`"${String(name)}" was not reached with Tab. Focus went: ${seen.join(' → ')}`);
}

/** Flip bytes inside page 1 of the database (past the salt), as a failing disk might. */
function damageDatabase(dataDir: string): void {
  const file = path.join(dataDir, 'waymark.db');
  const bytes = readFileSync(file);
  for (let i = 600; i < 664; i++) bytes[i] = bytes[i]! ^ 0xff;
  writeFileSync(file, bytes);
}

describe('backups', () => {
  test('back up now, damage the database, restore the latest backup from the sign-in screen by keyboard', async ({
    launch,
  }) => {
    const host = await launch({
      navigate: false,
      viewport: { width: 1366, height: 768 },
      // Only the backup this test asks for, so "the latest" is the one it took.
      coreOptions: { automaticBackups: false },
    });
    const { page, core } = host;
    await setUpThroughCore(core);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    // The administrator here is also a co-ordinator, so the whole menu comes first.
    await tabTo(page, 'Backups', 80);
    await page.keyboard.press('Enter');
    await heading(page, 'Backups');
    await visible(page.getByText('There are no backups in the data folder yet.', { exact: false }));

    // Back up now, by keyboard; the button says it is busy until the new backup is listed.
    await tabTo(page, 'Back up now');
    await page.keyboard.press('Enter');
    await visible(page.getByText('Backup finished'));
    await visible(page.getByRole('button', { name: 'Back up now' }));
    const table = page.getByTestId('backups-table');
    await visible(table.getByText('Verified'));
    expect(await table.locator('tbody tr').count()).toBe(1);
    const [backup] = (await coreCall<BackupList>(core, 'backups.list')).backups;
    expect(backup?.verified).toBe(true);
    // UK date and time, and a size in MB.
    const row = await table.locator('tbody tr').first().innerText();
    expect(row).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(row).toMatch(/MB/);
    await visible(page.getByText('Last check: the database is healthy.'));

    // How many to keep: the contract's rule, in plain words.
    const keep = page.getByLabel('Number of backups to keep');
    await keep.fill('1');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByText('Keep at least 2 backups.'));
    await keep.fill('12');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByText('Waymark now keeps the newest 12 backups.'));
    expect((await coreCall<BackupList>(core, 'backups.list')).keep).toBe(12);
    await checkScreen(page, 'backups-01-screen');

    // The restore modal says what happens; Escape closes it and focus returns to its button.
    const restoreName = /^Restore the backup from \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;
    await page.getByRole('button', { name: restoreName }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Restore the backup from/ });
    await visible(dialog);
    await visible(dialog.getByText('Everything saved after that time is lost.'));
    expect(await focusedName(page)).toBe('Administrator username');
    await checkScreen(page, 'backups-02-restore-modal');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForTimeout(100);
    expect(await focusedName(page)).toMatch(restoreName);

    // Something saved after the backup, which the restore will take away.
    await coreCall(core, 'accounts.create', LATE);
    await lockFromHeader(page);
    damageDatabase(host.dataDir);

    // Sign in: the database will not open, and the screen offers a restore (focused).
    await page.keyboard.type(ADMIN.username);
    await tabTo(page, 'Passphrase');
    await page.keyboard.type(ADMIN.passphrase);
    await page.keyboard.press('Enter');
    await visible(page.getByRole('alert').filter({ hasText: 'Not signed in' }));
    await visible(page.getByRole('link', { name: 'Restore from a backup' }));
    expect(await focusedName(page)).toBe('Restore from a backup');
    await checkScreen(page, 'backups-03-signin-damaged');

    await page.keyboard.press('Enter');
    await heading(page, 'Restore a backup');
    await visible(page.getByTestId('backups-table'));
    await checkScreen(page, 'backups-04-restore-screen');
    await tabTo(page, restoreName);
    await page.keyboard.press('Enter');
    await visible(dialog);
    expect(await focusedName(page)).toBe('Administrator username');
    await page.keyboard.type(ADMIN.username);
    await tabTo(page, 'Passphrase');
    await page.keyboard.type(ADMIN.passphrase);
    await checkScreen(page, 'backups-05-restore-modal-locked');
    await page.keyboard.press('Enter');

    // Back on the sign-in screen, which says what happened.
    await heading(page, 'Sign in');
    await visible(page.getByRole('status').filter({ hasText: 'Backup restored' }));
    await checkScreen(page, 'backups-06-signin-restored');
    expect(await focusedName(page)).toBe('Username');
    await page.keyboard.type(ADMIN.username);
    await tabTo(page, 'Passphrase');
    await page.keyboard.type(ADMIN.passphrase);
    await page.keyboard.press('Enter');
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    // What was saved after the backup is gone; the restore is the newest thing in the audit log.
    const accounts = await coreCall<AccountSummary[]>(core, 'accounts.list');
    expect(accounts.map((a) => a.username)).not.toContain(LATE.username);
    await openScreen(page, 'Staff accounts');
    expect(await page.getByText(LATE.displayName).count()).toBe(0);
    await openScreen(page, 'Audit log');
    const rows = await auditRows(page);
    expect(rows.slice(0, 8).some((r) => r.includes('Restore a backup'))).toBe(true);
    await checkScreen(page, 'backups-08-audit-after-restore');
    expect(rows.some((r) => r.includes(LATE.username) || r.includes(LATE.displayName))).toBe(false);
  });

  test('an administrator restores from the Backups screen while signed in, with the recovery key after a wrong passphrase', async ({
    launch,
  }) => {
    const host = await launch({
      navigate: false,
      viewport: { width: 1366, height: 768 },
      coreOptions: { automaticBackups: false },
    });
    const { page, core } = host;
    const { recoveryKey } = await setUpThroughCore(core);
    await coreCall(core, 'backups.create');
    for (let i = 0; i < 200; i++) {
      const list = await coreCall<BackupList>(core, 'backups.list');
      if (list.activity === 'idle' && list.backups.length === 1) break;
      await page.waitForTimeout(50);
    }
    await coreCall(core, 'accounts.create', LATE);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openScreen(page, 'Backups');

    await page.getByRole('button', { name: /^Restore the backup from/ }).click();
    const dialog = page.getByRole('dialog', { name: /Restore the backup from/ });
    await visible(dialog);
    // Nothing typed: the contract's own messages, on the fields.
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await visible(dialog.getByText('A username needs at least 3 characters.'));
    await visible(dialog.getByText('Enter your passphrase.'));
    await dialog.getByLabel('Administrator username').fill(ADMIN.username);
    await dialog.getByRole('textbox', { name: 'Passphrase' }).fill('not the passphrase at all');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await visible(dialog.getByRole('alert').filter({ hasText: 'Those details do not open that backup' }));
    await checkScreen(page, 'backups-07-restore-modal-refused');

    await dialog.getByRole('radio', { name: 'With the recovery key' }).check();
    await dialog.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey);
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await heading(page, 'Sign in');
    await visible(page.getByRole('status').filter({ hasText: 'Backup restored' }));

    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel(/^Passphrase/).fill(ADMIN.passphrase);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The same person carries on where they were.
    await heading(page, 'Backups');
    const accounts = await coreCall<AccountSummary[]>(core, 'accounts.list');
    expect(accounts.map((a) => a.username)).not.toContain(LATE.username);
  });
});
