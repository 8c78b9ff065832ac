import type { Dialog } from 'playwright-core';
import { ADMIN, heading, openScreen, setUpThroughCore } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

describe('closing the window with unsaved changes', () => {
  test('asks before closing while a form is dirty, and not while it is clean', async ({ launch }) => {
    const host = await launch({ navigate: false });
    const { page, core } = host;
    await setUpThroughCore(core);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openScreen(page, 'Settings');

    const dialogs: string[] = [];
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss(); // "Stay": the page remains open.
    });

    // Clean form: a reload goes ahead without a question.
    await page.reload();
    await heading(page, 'Settings');
    expect(dialogs).toEqual([]);

    await page.getByLabel('Review each match every (months)').fill('4');
    // Start a reload without waiting for it: if the question is answered "stay" it never finishes.
    await page.evaluate(() => setTimeout(() => (globalThis as unknown as PageGlobals).location.reload(), 0));
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    // Dismissed, so the edit is still there.
    expect(await page.getByLabel('Review each match every (months)').inputValue()).toBe('4');
  });
});
