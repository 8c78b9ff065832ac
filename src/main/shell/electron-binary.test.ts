import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NOT_INSTALLED_REASON,
  findElectronBinary,
  hasDisplay,
  locateElectronBinary,
  mayDownloadElectron,
  planStart,
  type BinaryProbe,
  type ElectronBinary,
  type StartSituation,
} from './electron-binary';

// Real files in a temp folder shaped like node_modules/electron.
let moduleDir: string;
const probe = (env: Record<string, string> = {}, dir: string | null = moduleDir): BinaryProbe => ({
  moduleDir: dir,
  env,
  exists: (p) => existsSync(p),
  readText: (p) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return null;
    }
  },
});

beforeEach(() => {
  moduleDir = mkdtempSync(join(tmpdir(), 'waymark-electron-'));
});
afterEach(() => rmSync(moduleDir, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('is absent when the package was installed without its binary (no path.txt)', () => {
    expect(findElectronBinary(probe())).toEqual({ present: false, reason: NOT_INSTALLED_REASON });
  });

  it('is absent when path.txt names a binary that is not there', () => {
    writeFileSync(join(moduleDir, 'path.txt'), 'electron');
    expect(findElectronBinary(probe())).toEqual({ present: false, reason: NOT_INSTALLED_REASON });
  });

  it('is present when path.txt names a binary inside dist/', () => {
    writeFileSync(join(moduleDir, 'path.txt'), 'electron');
    mkdirSync(join(moduleDir, 'dist'));
    writeFileSync(join(moduleDir, 'dist', 'electron'), '');
    expect(findElectronBinary(probe())).toEqual({ present: true, path: join(moduleDir, 'dist', 'electron') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as the electron package does', () => {
    const dist = join(moduleDir, 'elsewhere');
    mkdirSync(dist);
    expect(findElectronBinary(probe({ ELECTRON_OVERRIDE_DIST_PATH: dist })).present).toBe(false);
    writeFileSync(join(dist, 'electron'), '');
    expect(findElectronBinary(probe({ ELECTRON_OVERRIDE_DIST_PATH: dist }))).toEqual({
      present: true,
      path: join(dist, 'electron'),
    });
  });

  it('honours ELECTRON_EXEC_PATH only when it exists', () => {
    const exe = join(moduleDir, 'my-electron');
    expect(findElectronBinary(probe({ ELECTRON_EXEC_PATH: exe })).present).toBe(false);
    writeFileSync(exe, '');
    expect(findElectronBinary(probe({ ELECTRON_EXEC_PATH: exe }))).toEqual({ present: true, path: exe });
  });

  it('is absent when the electron package itself is missing', () => {
    expect(findElectronBinary(probe({}, null))).toEqual({
      present: false,
      reason: 'the electron package is not installed',
    });
  });
});

describe('locateElectronBinary', () => {
  it('answers for this checkout without trying to download anything', () => {
    const result = locateElectronBinary({});
    if (result.present) expect(existsSync(result.path)).toBe(true);
    else expect(result.reason).toBe(NOT_INSTALLED_REASON);
  });
});

describe('hasDisplay', () => {
  it('is always true on Windows and macOS', () => {
    expect(hasDisplay('win32', {})).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
  });

  it('needs X11 or Wayland on Linux', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: '' })).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
  });
});

const missing: ElectronBinary = { present: false, reason: NOT_INSTALLED_REASON };

describe('mayDownloadElectron', () => {
  it('tries only for an installed package without its binary, unless downloads are switched off', () => {
    expect(mayDownloadElectron(missing, {})).toBe(true);
    expect(mayDownloadElectron(missing, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(false);
    expect(mayDownloadElectron({ present: true, path: '/x/electron' }, {})).toBe(false);
    expect(mayDownloadElectron({ present: false, reason: 'the electron package is not installed' }, {})).toBe(
      false,
    );
  });
});

describe('planStart', () => {
  const linuxDesktop: StartSituation = {
    binary: missing,
    downloadFailed: true,
    platform: 'linux',
    env: { DISPLAY: ':0' },
    dependenciesInstalled: true,
  };

  it('runs Electron wherever its binary is present, display or not', () => {
    const binary: ElectronBinary = { present: true, path: '/x/electron' };
    expect(planStart({ ...linuxDesktop, binary, env: {} })).toEqual({
      kind: 'electron',
      path: '/x/electron',
    });
  });

  it('falls back to a Chromium window in one line when the binary is missing', () => {
    const plan = planStart(linuxDesktop);
    expect(plan).toEqual({
      kind: 'browser',
      notice:
        'Electron’s binary is not installed and could not be downloaded, so Waymark is opening in a Chromium window instead.',
    });
    expect(planStart({ ...linuxDesktop, downloadFailed: false, platform: 'win32', env: {} }).kind).toBe(
      'browser',
    );
  });

  it('explains, without a window to open, what a person can do instead', () => {
    const plan = planStart({ ...linuxDesktop, env: {} });
    expect(plan.kind).toBe('explain');
    const message = plan.kind === 'explain' ? plan.message : '';
    expect(message).toMatch(/no screen here/);
    expect(message).toMatch(/desktop session/);
    expect(message).toMatch(/xvfb-run npm start/);
    expect(message).not.toMatch(/--headless/);
  });

  it('asks for npm install when the dependencies are missing', () => {
    expect(planStart({ ...linuxDesktop, dependenciesInstalled: false })).toEqual({
      kind: 'explain',
      message: 'Waymark’s dependencies are not installed: run `npm install` first.',
    });
  });
});
