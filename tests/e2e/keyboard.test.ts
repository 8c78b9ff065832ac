import type { Page } from 'playwright-core';
import { checkScreen } from './support/a11y';
import { ADMIN, CASEWORKER, coreCall, heading, openScreen, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

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

/** Press Tab (at most `limit` times: the whole menu may lie between) until the focused control is `name`. Keyboard only. */
async function tabTo(page: Page, name: string, limit = 45): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (current === name) return;
    seen.push(current);
  }
  throw new Error(`"${name}" was not reached with Tab. Focus went: ${seen.join(' → ')}`);
}

describe('keyboard only', () => {
  test('set-up, the recovery key, locking and signing in work with the keyboard alone', async ({ host }) => {
    const { page } = host;
    await heading(page, 'Set up Waymark');

    await tabTo(page, 'Organisation name');
    await page.keyboard.type(ADMIN.organisationName);
    await tabTo(page, 'Your full name');
    await page.keyboard.type(ADMIN.displayName);
    await tabTo(page, 'Choose a username');
    await page.keyboard.type(ADMIN.username);
    await tabTo(page, 'Choose a passphrase');
    await page.keyboard.type(ADMIN.passphrase);
    await tabTo(page, 'Type the passphrase again');
    await page.keyboard.type(ADMIN.passphrase);
    await page.keyboard.press('Enter');

    await heading(page, 'Your recovery key');
    await tabTo(page, 'I have stored the recovery key safely');
    await page.keyboard.press('Space');
    await tabTo(page, 'Continue to Waymark');
    await page.keyboard.press('Enter');
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    // Each screen puts focus on its heading, so a screen reader announces where the person is.
    expect(await focusedName(page)).toBe(`Welcome, ${ADMIN.displayName}`);

    await tabTo(page, 'Lock');
    await page.keyboard.press('Enter');
    await heading(page, 'Sign in');

    // The username box has focus when the sign-in screen opens.
    expect(await focusedName(page)).toBe('Username');
    await page.keyboard.type(ADMIN.username);
    await tabTo(page, 'Passphrase');
    await page.keyboard.type(ADMIN.passphrase);
    await page.keyboard.press('Enter');
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    // The navigation and the account menu are reachable too.
    await tabTo(page, 'Staff accounts');
    await page.keyboard.press('Enter');
    await heading(page, 'Staff accounts');
    await tabTo(page, 'Add a staff account');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('dialog', { name: 'Add a staff account' }));
    expect(await focusedName(page)).toBe('Full name');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // Focus goes back to the button that opened it.
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).document.activeElement?.textContent?.trim() ===
        'Add a staff account',
    );
    await checkScreen(page, '30-keyboard-focus-after-dialog');
  });

  test('on the staff accounts screen, every row action opens and closes by keyboard, and focus comes back to the row', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: { width: 1366, height: 768 } });
    const { page, core } = host;
    await setUpThroughCore(core);
    await coreCall(core, 'accounts.create', {
      displayName: CASEWORKER.displayName,
      username: CASEWORKER.username,
      roles: CASEWORKER.roles,
      temporaryPassphrase: CASEWORKER.temporary,
    });
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openScreen(page, 'Staff accounts');

    const button = `Actions for ${CASEWORKER.displayName}`;
    await tabTo(page, button);
    for (const [item, title] of [
      ['Change roles', `Roles for ${CASEWORKER.displayName}`],
      ['Correct the name', `Correct the name of ${CASEWORKER.displayName}`],
      ['Reset passphrase', `Reset passphrase for ${CASEWORKER.displayName}`],
      ['Disable', `Disable ${CASEWORKER.displayName}?`],
      ['Remove', `Remove ${CASEWORKER.displayName}?`],
    ] as const) {
      // Enter opens the menu; the arrow keys move through it (at most one lap) to the action.
      await page.keyboard.press('Enter');
      await visible(page.getByRole('menu', { name: button }));
      let reached = false;
      let focused = await focusedName(page);
      for (let i = 0; i < 8 && !reached; i++) {
        await page.keyboard.press('ArrowDown');
        // The menu moves focus as it handles the key (and while it is still opening): read the
        // focus once it has moved, so a slow machine does not read it early and step past the item.
        const before = focused;
        for (let wait = 0; wait < 20 && focused === before; wait++) {
          if (wait > 0) await page.waitForTimeout(25);
          focused = await focusedName(page);
        }
        reached = focused === item;
      }
      expect(reached, `menu item "${item}" reached with the arrow keys`).toBe(true);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: title });
      await visible(dialog);
      // Nothing typed, so Escape closes at once, and focus is back on the row's button.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForFunction(
        (name) =>
          (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('aria-label') === name,
        button,
      );
    }
    // And nothing was changed by opening and closing them.
    await visible(
      page.getByRole('row', { name: new RegExp(CASEWORKER.displayName) }).getByText('Caseworker'),
    );
  });
});
