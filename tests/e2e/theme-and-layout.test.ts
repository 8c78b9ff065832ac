import { checkScreen } from './support/a11y';
import { ADMIN, heading, lockFromHeader, openScreen, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

describe('themes and layout', () => {
  test('the dark theme is remembered, and every screen stays readable in it', async ({ launch }) => {
    const host = await launch({ navigate: false });
    const { page } = host;
    await setUpThroughCore(host.core);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    await page.getByRole('button', { name: 'Use dark theme' }).click();
    await visible(page.getByRole('button', { name: 'Use light theme' }));
    expect(
      await page.evaluate(
        () => (globalThis as unknown as PageGlobals).document.documentElement.dataset.mantineColorScheme,
      ),
    ).toBe('dark');
    // Only the choice is stored: nothing personal goes into localStorage.
    expect(await page.evaluate(() => ({ ...(globalThis as unknown as PageGlobals).localStorage }))).toEqual({
      'waymark-color-scheme': 'dark',
    });

    await page.reload();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    expect(
      await page.evaluate(
        () => (globalThis as unknown as PageGlobals).document.documentElement.dataset.mantineColorScheme,
      ),
    ).toBe('dark');
    await checkScreen(page, '40-dark-home');
    await openScreen(page, 'Staff accounts');
    await checkScreen(page, '41-dark-accounts');
    await openScreen(page, 'Audit log');
    await checkScreen(page, '42-dark-audit');
    await openScreen(page, 'Settings');
    await checkScreen(page, '43-dark-settings');
    await lockFromHeader(page);
    await checkScreen(page, '44-dark-unlock');
  });

  test('a narrow window folds the navigation behind a menu button', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: { width: 720, height: 900 } });
    const { page } = host;
    await setUpThroughCore(host.core);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await checkScreen(page, '45-narrow-home');
    await page.getByRole('button', { name: 'Show navigation' }).click();
    await visible(
      page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }),
    );
    await checkScreen(page, '46-narrow-navigation');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await heading(page, 'Audit log');
    await checkScreen(page, '47-narrow-audit');
  });
});
