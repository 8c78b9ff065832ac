import type { Locator, Page } from 'playwright-core';
import type { BrowserHost, BrowserHostOptions } from '../host/browser-host';
import { addAccountThroughCore, firstSignInThroughCore, setUpThroughCore } from './support/app';

/**
 * What the issue-11 governance journeys (budget, expenses, policies) start from: a co-ordinator's
 * laptop, the programme set up through the core and the co-ordinator's own account signed in, the
 * renderer not yet opened (the test seeds through the core first, then calls `host.open()`).
 */
export const LAPTOP = { width: 1366, height: 768 };

export async function coordinatorOnLaptop(
  launch: (options?: BrowserHostOptions) => Promise<BrowserHost>,
  coordinator: { displayName: string; username: string; passphrase: string },
): Promise<BrowserHost> {
  const host = await launch({ navigate: false, viewport: LAPTOP });
  await setUpThroughCore(host.core);
  await addAccountThroughCore(host.core, coordinator, ['coordinator']);
  await firstSignInThroughCore(host.core, coordinator);
  return host;
}

/** A Mantine select inside `scope`: open it by its label, then pick the option. */
export async function choose(
  page: Page,
  scope: Locator,
  label: string | RegExp,
  option: string,
): Promise<void> {
  await scope.locator('input').and(scope.getByLabel(label)).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
