import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { JobInfo } from '../../src/shared/contract';
import { checkAccessibility } from './support/a11y';
import {
  ADMIN,
  coreCall,
  fillSignIn,
  heading,
  lockFromHeader,
  nav,
  openScreen,
  setUpThroughCore,
  visible,
} from './support/app';
import { describe, expect, SCREENSHOT_DIR, test } from './support/fixture';

const bar = (page: Page) => page.getByTestId('job-progress');
const percentNow = async (page: Page) =>
  Number((await bar(page).getByRole('progressbar').getAttribute('aria-valuenow')) ?? '0');

async function waitForPercent(page: Page, atLeast: number): Promise<number> {
  for (let i = 0; i < 300; i++) {
    const pct = await percentNow(page);
    if (pct >= atLeast) return pct;
    await page.waitForTimeout(50);
  }
  throw new Error(`the progress bar never reached ${atLeast}%`);
}

describe('the job lane', () => {
  test('a slow job shows its progress, leaves the app usable, and is stopped by lock', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: { width: 1366, height: 768 } });
    const { page, core } = host;
    await setUpThroughCore(core);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openScreen(page, 'Settings');

    await page.getByRole('button', { name: 'Run the slow test job' }).click();
    await visible(bar(page));
    const first = await waitForPercent(page, 5);
    const later = await waitForPercent(page, first + 5);
    expect(later).toBeGreaterThan(first);
    await visible(bar(page).getByRole('button', { name: 'Cancel' }));

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.getByRole('button', { name: 'Run the slow test job' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'jobs-progress-1366x768.png') });
    expect(await checkAccessibility(page, 'jobs-progress')).toEqual([]);

    // The app stays usable: another screen answers, and coming back shows the same job further on.
    await openScreen(page, 'Audit log');
    await visible(page.getByTestId('audit-table'));
    await nav(page).getByRole('link', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    await visible(bar(page));
    const back = await waitForPercent(page, later + 1);
    expect(back).toBeLessThan(100);

    // Lock stops it; signing in again shows it stopped, no further along.
    await lockFromHeader(page);
    const listed = () => coreCall<{ jobs: JobInfo[] }>(core, 'jobs.list').catch(() => null);
    expect(await listed()).toBeNull(); // locked
    await fillSignIn(page, ADMIN.username, ADMIN.passphrase);
    await heading(page, 'Settings');
    await visible(page.locator('[data-testid="job-progress"][data-state="cancelled"]'));
    await visible(bar(page).getByText(/Stopped at step \d+ of 60/));
    expect(await bar(page).getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    const jobs = (await listed())?.jobs ?? [];
    expect(jobs[0]).toMatchObject({ kind: 'demo.slow', state: 'cancelled' });
    expect(jobs[0]!.done).toBeLessThan(60);
    await page.waitForTimeout(400);
    expect((await listed())?.jobs[0]?.done).toBe(jobs[0]!.done);
  });

  test('Cancel stops the job at once', async ({ launch }) => {
    const host = await launch({ navigate: false });
    const { page, core } = host;
    await setUpThroughCore(core);
    await host.open();
    await openScreen(page, 'Settings');
    await page.getByRole('button', { name: 'Run the slow test job' }).click();
    await waitForPercent(page, 3);
    await bar(page).getByRole('button', { name: 'Cancel' }).click();
    await visible(page.locator('[data-testid="job-progress"][data-state="cancelled"]'));
    await visible(page.getByRole('button', { name: 'Run the slow test job' }));
  });
});
