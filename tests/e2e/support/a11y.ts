import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './fixture';
import type { PageGlobals } from './page-globals';

/** Save a full-page screenshot as screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  // Fixed headers land mid-page in a full-page capture of a scrolled page, so start from the top;
  // then let transitions and focus rings settle so the picture shows what a person sees.
  await page.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 0));
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Run axe (WCAG 2.x A and AA plus best practice) on the page as it is now, and fail on any
 * serious or critical violation. Returns the minor and moderate ones for the test to report.
 */
export async function checkAccessibility(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const describe = (v: (typeof results.violations)[number], detail = false) =>
    `${v.impact}: ${v.id} – ${v.help} (${v.nodes
      .map(
        (n) =>
          n.target.join(' ') +
          (detail && n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''),
      )
      .join(', ')})`;
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length) {
    throw new Error(
      `Accessibility problems on "${screen}":\n${blocking.map((v) => describe(v, true)).join('\n')}`,
    );
  }
  return results.violations.map((v) => describe(v));
}

/** Both at once: the usual call for every screen a test visits. */
export async function checkScreen(page: Page, name: string): Promise<string[]> {
  await screenshot(page, name);
  return checkAccessibility(page, name);
}
