import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NOT_INSTALLED_REASON,
  findElectronBinary,
  locateElectronBinary,
  type BinaryProbe,
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
