import { buildApi } from '../../src/preload/build-api';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { ENTRY_URL, HOST_ORIGIN } from '../host/browser-host';
import { heading } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The shape of an API object: area → sorted action names. */
function shape(api: Record<string, unknown>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(api).map(([area, actions]) => [area, Object.keys(actions as object).sort()]),
  );
}

describe('the browser host', () => {
  test('gives the page the preload’s own window.api, frozen and read-only', async ({ host }) => {
    const { page } = host;
    await heading(page, 'Set up Waymark');
    const inPage = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const api = w.api as unknown as Record<string, Record<string, unknown>>;
      const out: Record<string, string[]> = {};
      for (const [area, actions] of Object.entries(api)) out[area] = Object.keys(actions).sort();
      let replaced = true;
      try {
        (w as unknown as { api: unknown }).api = {};
      } catch {
        replaced = false;
      }
      return {
        shape: out,
        frozen: Object.isFrozen(api) && Object.values(api).every((a) => Object.isFrozen(a)),
        replaced: replaced && (w.api as unknown as Record<string, unknown>).vault === undefined,
        functions: Object.values(api).every((a) => Object.values(a).every((f) => typeof f === 'function')),
      };
    });
    const expected = shape(
      buildApi(
        async () => ({ ok: true, value: null }),
        () => () => undefined,
      ) as never,
    );
    expect(inPage.shape).toEqual(expected);
    expect(inPage.frozen).toBe(true);
    expect(inPage.replaced).toBe(false);
    expect(inPage.functions).toBe(true);

    // Unknown channels cannot be reached, and bad input is answered, never thrown.
    const bad = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).api.vault.unlock({ username: 'x' } as never),
    );
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
  });

  test('serves only the app’s own files, under the shared CSP, and the page cannot reach anything else', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false });
    const requested: string[] = [];
    host.page.on('request', (r) => requested.push(r.url()));
    const response = await host.page.goto(ENTRY_URL);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await heading(host.page, 'Set up Waymark');
    const meta = await host.page.evaluate(
      () =>
        (globalThis as unknown as PageGlobals).document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace(/;\s*frame-ancestors[^;]*/, ''));
    expect(requested.every((url) => url.startsWith(`${HOST_ORIGIN}/`))).toBe(true);

    // Outside requests fail, and inline script does not run.
    const outcome = await host.page.evaluate(async () => {
      const w = globalThis as unknown as PageGlobals;
      const fetched = await w.fetch('https://example.org/').then(
        () => 'reached',
        () => 'blocked',
      );
      const script = w.document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      w.document.body.append(script);
      return { fetched, inlineRan: w.__inlineRan === true };
    });
    expect(outcome).toEqual({ fetched: 'blocked', inlineRan: false });
    // Those two refusals are reported on the console by Chromium, as they should be.
    expect(
      host.consoleMessages.every((m) => /Content Security Policy|Refused|Failed to fetch|ERR_/i.test(m)),
    ).toBe(true);
    host.consoleMessages.length = 0;

    // Paths outside the build folder are refused by the same resolver the Electron protocol uses.
    const statuses = await host.page.evaluate(
      async (origin) =>
        Promise.all(
          ['/%2e%2e/package.json', '/assets%2f..%2f..%2fpackage.json', '/../../package.json', '/.env'].map(
            async (p) => (await (globalThis as unknown as PageGlobals).fetch(origin + p)).status,
          ),
        ),
      HOST_ORIGIN,
    );
    expect(statuses.every((s) => s === 403 || s === 404)).toBe(true);
    expect(statuses).toContain(403);
    // Chromium reports each refused file on the console; expected here.
    expect(host.consoleMessages.every((m) => /Failed to load resource/.test(m))).toBe(true);
    host.consoleMessages.length = 0;
  });
});
