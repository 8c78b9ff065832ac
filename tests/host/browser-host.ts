import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { createCore, type Core, type CoreOptions } from '../../src/main/core';
import { resolveAppRequest } from '../../src/main/shell/protocol';
import { APP_ORIGIN } from '../../src/main/shell/app-origin';
import { decideEventRelay } from '../../src/main/shell/event-relay';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { fail } from '../../src/shared/errors';
import { findChromium, NoChromiumError } from './find-chromium';
import { BRIDGE_DIR, BRIDGE_FILE, RENDERER_DIR } from './paths';

/**
 * The browser test host: the real renderer bundle in Chromium (find-chromium.ts says which one),
 * wired to the real core running in this process. Files are served by `page.route` straight from
 * out/renderer (no HTTP server, no port); `window.api` is the preload's own buildApi, injected
 * before the page runs.
 */
export const HOST_ORIGIN = 'http://waymark.test';
export const ENTRY_URL = `${HOST_ORIGIN}/index.html`;

/** Cheap Argon2id so tests can sign in hundreds of times; never used for real data. */
export const TEST_KDF = { opslimit: 1, memlimit: 8192 };

export interface BrowserHostOptions {
  /** Data folder for the core; a fresh temporary one (removed on close) when left out. */
  dataDir?: string;
  headless?: boolean;
  /** Merged over the test defaults (weak KDF allowed). */
  coreOptions?: Partial<CoreOptions>;
  /** Open the app straight away (default). Set false to install page.clock first, then call open(). */
  navigate?: boolean;
  viewport?: { width: number; height: number };
  /**
   * Pass the core's lock events to the page (default). Tests turn this off to prove the renderer
   * also notices a lock from a call answered LOCKED.
   */
  forwardLockEvents?: boolean;
}

export interface BrowserHost {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  core: Core;
  dataDir: string;
  /** Every console message and page error, to prove nothing personal (or broken) is logged. */
  consoleMessages: string[];
  /** Load (or reload) the app's entry page. */
  open(): Promise<void>;
  close(): Promise<void>;
}

async function serveFile(
  url: string,
  method: string,
): Promise<{ status: number; body?: Buffer; headers: Record<string, string> }> {
  // The shell's own resolver decides which file a URL means, so the same traversal rules apply here.
  const asApp = APP_ORIGIN + url.slice(HOST_ORIGIN.length);
  const resolved = resolveAppRequest(asApp, method, RENDERER_DIR);
  if (!resolved.ok) return { status: resolved.status, headers: {} };
  try {
    const body = await readFile(resolved.filePath);
    const headers: Record<string, string> = {
      'content-type': resolved.contentType,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (resolved.contentType.startsWith('text/html'))
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    return { status: 200, body, headers };
  } catch {
    return { status: 404, headers: {} };
  }
}

export async function startBrowserHost(options: BrowserHostOptions = {}): Promise<BrowserHost> {
  const bridgePath = path.join(BRIDGE_DIR, BRIDGE_FILE);
  if (!existsSync(path.join(RENDERER_DIR, 'index.html')) || !existsSync(bridgePath)) {
    throw new Error('The renderer is not built: run the e2e global setup or `npm run dev:browser` first.');
  }
  const headless = options.headless ?? true;
  const { label, headlessOnly, ...launch } = await findChromium();
  if (!headless && headlessOnly) throw new NoChromiumError(`The ${label} cannot show a window.`);

  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'waymark-e2e-')));
  const core = await createCore({ dataDir, kdf: TEST_KDF, allowWeakKdf: true, ...options.coreOptions });

  const browser = await chromium.launch({ ...launch, headless });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const consoleMessages: string[] = [];
  page.on('console', (m: ConsoleMessage) => consoleMessages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleMessages.push(`pageerror: ${e.message}`));

  // Nothing leaves the machine: every request but the app's own files is refused.
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  await context.route(`${HOST_ORIGIN}/**`, async (route) => {
    const request = route.request();
    const { status, body, headers } = await serveFile(request.url(), request.method());
    await route.fulfill({ status, headers, body: body ?? '' });
  });

  await page.exposeBinding('__waymarkCall', async (source, channel: unknown, input: unknown) => {
    // As the shell's relay does: only the app's own top frame may call the core.
    if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(`${HOST_ORIGIN}/`)) {
      return fail('FORBIDDEN', 'Only the Waymark window may call Waymark.');
    }
    return core.call(String(channel), input);
  });
  await page.addInitScript({ content: await readFile(bridgePath, 'utf8') });
  const offLocked = core.onLocked((reason) => {
    if (options.forwardLockEvents === false) return;
    page
      .evaluate(
        (r) => (globalThis as unknown as { __waymarkLocked?: (r: string) => void }).__waymarkLocked?.(r),
        reason,
      )
      .catch(() => undefined);
  });

  // Job events go to the one page, and only while it shows the app: the shell's own decision.
  const offEvents = core.onEvent((event) => {
    const decision = decideEventRelay(
      event,
      { mainWindow: { destroyed: page.isClosed(), url: page.url() } },
      [HOST_ORIGIN],
    );
    if (!decision.send) return;
    page
      .evaluate(
        (e) => (globalThis as unknown as { __waymarkEvent?: (e: unknown) => void }).__waymarkEvent?.(e),
        decision.event,
      )
      .catch(() => undefined);
  });

  const open = async () => {
    await page.goto(ENTRY_URL);
  };
  if (options.navigate ?? true) await open();

  let closed = false;
  return {
    browser,
    context,
    page,
    core,
    dataDir,
    consoleMessages,
    open,
    async close() {
      if (closed) return;
      closed = true;
      offLocked();
      offEvents();
      await browser.close().catch(() => undefined);
      await core.close();
      if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
