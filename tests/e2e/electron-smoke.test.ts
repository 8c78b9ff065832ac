import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateElectronBinary } from '../../src/main/shell/electron-binary';

/**
 * Smoke test of the real Electron app: built with electron-vite, launched by Playwright with a
 * fresh data folder. Only runs where an Electron binary is installed; elsewhere each test skips
 * itself with the reason, which the summary reporter prints (the browser test host covers the
 * renderer).
 */
const binary = locateElectronBinary();
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Empty where the binary is present; the browser host tests cover the screens everywhere else.
const SKIP_REASON = binary.present ? '' : `Electron smoke test: ${binary.reason}`;

describe('Electron app', () => {
  let app: ElectronApplication | null = null;
  let page: Page | null = null;
  let dataDir = '';

  beforeAll(async () => {
    if (!binary.present) return;
    const { build } = await import('electron-vite');
    await build({ root: ROOT, configFile: join(ROOT, 'electron.vite.config.ts'), logLevel: 'warn' });
    dataDir = mkdtempSync(join(tmpdir(), 'waymark-electron-'));
    app = await electron.launch({
      executablePath: binary.path,
      args: [ROOT, `--data-dir=${dataDir}`],
      cwd: ROOT,
    });
    page = await app.firstWindow();
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the first-run setup screen from app://waymark/', async (ctx) => {
    if (SKIP_REASON) ctx.skip(SKIP_REASON);
    await page!
      .getByRole('heading', { name: /Set up/ })
      .first()
      .waitFor({ timeout: 60_000 });
    expect(page!.url()).toMatch(/^app:\/\/waymark\//);
  });

  it('runs the window isolated and sandboxed, with no Node.js in the page', async (ctx) => {
    if (SKIP_REASON) ctx.skip(SKIP_REASON);
    const prefs = await app!.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown>;
      };
      const p = contents.getLastWebPreferences();
      return {
        contextIsolation: p.contextIsolation,
        sandbox: p.sandbox,
        nodeIntegration: p.nodeIntegration,
        nodeIntegrationInWorker: p.nodeIntegrationInWorker,
        webSecurity: p.webSecurity,
        webviewTag: p.webviewTag,
      };
    });
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });

    const seen = await page!.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      const api = g.api as object | undefined;
      return {
        require: typeof g.require,
        process: typeof g.process,
        api: typeof api,
        frozen: api ? Object.isFrozen(api) : false,
        areas: api ? Object.keys(api).sort() : [],
      };
    });
    expect(seen).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: 'object',
      frozen: true,
      areas: expect.arrayContaining(['vault', 'events']),
    });
  });
});
