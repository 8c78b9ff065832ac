import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test as base } from 'vitest';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from '../../host/browser-host';
import { REPO_ROOT } from '../../host/paths';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'screenshots');

/** Console lines the app may legitimately produce (none: the renderer logs nothing). */
const ALLOWED_CONSOLE: RegExp[] = [];

interface Fixtures {
  /** Start a host with options (a test may start several, e.g. to restart on one data folder). */
  launch: (options?: BrowserHostOptions) => Promise<BrowserHost>;
  /** A fresh temporary data folder, a running core and the renderer in Chromium. */
  host: BrowserHost;
}

/**
 * Every host is closed after the test. A failing test leaves a screenshot in
 * screenshots/failures/; a passing one must not have written anything to the page console
 * (nothing personal is ever logged, and nothing broke quietly).
 */
export const test = base.extend<Fixtures>({
  launch: async ({ task }, use) => {
    const hosts: BrowserHost[] = [];
    try {
      await use(async (options) => {
        const host = await startBrowserHost(options);
        hosts.push(host);
        return host;
      });
      if (task.result?.state !== 'fail') {
        const lines = hosts
          .flatMap((h) => h.consoleMessages)
          .filter((l) => !ALLOWED_CONSOLE.some((re) => re.test(l)));
        if (lines.length) throw new Error(`The page wrote to the console:\n${lines.join('\n')}`);
      }
    } finally {
      const failed = task.result?.state === 'fail';
      for (const [i, host] of hosts.entries()) {
        if (failed) {
          const dir = path.join(SCREENSHOT_DIR, 'failures');
          await mkdir(dir, { recursive: true });
          const name = `${task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${i}`;
          await host.page
            .screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
            .catch(() => undefined);
        }
        await host.close();
      }
    }
  },
  host: async ({ launch }, use) => {
    await use(await launch());
  },
});

export { describe, expect } from 'vitest';
