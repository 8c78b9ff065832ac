import { describe, expect, it } from 'vitest';
import { WINDOW_PARTITION, buildWindowOptions } from './window-options';

const prefs = (isPackaged: boolean) =>
  buildWindowOptions({ preloadPath: '/app/out/preload/index.cjs', isPackaged }).webPreferences ?? {};

describe('buildWindowOptions', () => {
  it('isolates and sandboxes the renderer, with no Node.js anywhere', () => {
    for (const packaged of [true, false]) {
      const p = prefs(packaged);
      expect(p.contextIsolation).toBe(true);
      expect(p.sandbox).toBe(true);
      expect(p.webSecurity).toBe(true);
      expect(p.nodeIntegration).toBe(false);
      expect(p.nodeIntegrationInWorker).toBe(false);
      expect(p.nodeIntegrationInSubFrames).toBe(false);
      expect(p.webviewTag).toBe(false);
      expect(p.allowRunningInsecureContent).toBe(false);
      expect(p.experimentalFeatures).toBe(false);
      expect(p.navigateOnDragDrop).toBe(false);
    }
  });

  it('offers devtools only in a development build', () => {
    expect(prefs(true).devTools).toBe(false);
    expect(prefs(false).devTools).toBe(true);
  });

  it('uses its own in-memory session, so the renderer writes nothing to disk', () => {
    expect(prefs(true).partition).toBe(WINDOW_PARTITION);
    expect(WINDOW_PARTITION.startsWith('persist:')).toBe(false);
    expect(prefs(true).session).toBeUndefined();
  });

  it('loads the given preload and waits to be shown until painted', () => {
    const options = buildWindowOptions({ preloadPath: '/x/index.cjs', isPackaged: true });
    expect(options.webPreferences?.preload).toBe('/x/index.cjs');
    expect(options.show).toBe(false);
  });

  it('never enables features that weaken isolation', () => {
    const p = prefs(false) as Record<string, unknown>;
    expect(p.enableBlinkFeatures).toBeUndefined();
    expect(p.additionalArguments).toBeUndefined();
    expect(p.enableRemoteModule).toBeUndefined();
  });
});
