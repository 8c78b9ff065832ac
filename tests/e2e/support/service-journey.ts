import type { Locator, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../host/demo';
import { checkAccessibility, screenshot } from './a11y';
import { nav, signIn, visible } from './app';
import { expect } from './fixture';

/**
 * Helpers for the service-support journey (a month of running the service on the demo data): the
 * home page's work queue, signing in as the demo's people, and "look at it" for each screen.
 */

export const LAPTOP = { width: 1366, height: 768 };

/** Sign in as one of the demo's staff, by username. */
export async function signInAs(page: Page, username: string): Promise<void> {
  const who = DEMO_STAFF.find((a) => a.username === username)!;
  await signIn(page, who.username, who.passphrase, who.displayName);
}

/** Home, with every group of the work queue opened out (long groups show their first items only). */
export async function homeQueue(page: Page): Promise<Locator> {
  await nav(page).getByRole('link', { name: 'Home', exact: true }).click();
  await visible(page.getByRole('heading', { name: 'Work queue' }));
  const queue = page.getByRole('region', { name: 'Work queue' });
  const more = queue.getByRole('button', { name: /^Show all \d+$/ });
  while ((await more.count()) > 0) await more.first().click();
  return queue;
}

/** The work-queue items whose text matches. */
export const queueItem = (queue: Locator, text: string | RegExp): Locator =>
  queue.getByRole('listitem').filter({ hasText: text });

/** Axe (serious or critical fails) and a screenshot, named screenshots/60-<name>.png. */
export async function lookAt(page: Page, name: string): Promise<void> {
  expect(await checkAccessibility(page, name)).toBeDefined();
  await screenshot(page, `60-${name}`);
}

/** Press Tab until `target` has the focus (a keyboard user's way through a form). */
export async function tabTo(page: Page, target: Locator, most = 5): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    // No DOM types in the Node build: the element is only compared with the focused one.
    const focused = await target.evaluate(
      (el) =>
        el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
    );
    if (focused) return;
  }
  throw new Error(`Tab did not reach the field within ${most} presses.`);
}

/** "£1,234.56" as whole pence. */
export function pence(text: string): number {
  const m = /(-?)£([\d,]+)\.(\d{2})/.exec(text);
  if (!m) throw new Error(`Not a sum of money: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]));
}
