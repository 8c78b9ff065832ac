/**
 * Is the Electron binary installed? `require('electron')` cannot be used to ask: when the binary
 * is missing it tries to download it, which on these machines hangs or fails noisily. This reads
 * the same files the electron package does (path.txt and dist/) without side effects.
 *
 * Kept free of project imports and of non-erasable TypeScript so that scripts/start.mjs can import
 * it directly under Node 22's type stripping.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { present: true; path: string } | { present: false; reason: string };

export interface BinaryProbe {
  /** Folder of the installed `electron` package, or null when it is not installed. */
  moduleDir: string | null;
  env: Readonly<Record<string, string | undefined>>;
  exists(path: string): boolean;
  readText(path: string): string | null;
}

export const NOT_INSTALLED_REASON =
  'the Electron binary is not installed and cannot be downloaded on this machine';

export function findElectronBinary(probe: BinaryProbe): ElectronBinary {
  // electron-vite's own override: an explicit executable wins when it exists.
  const exec = probe.env.ELECTRON_EXEC_PATH;
  if (exec) {
    return probe.exists(exec)
      ? { present: true, path: exec }
      : { present: false, reason: `ELECTRON_EXEC_PATH does not exist` };
  }
  if (probe.moduleDir === null) return { present: false, reason: 'the electron package is not installed' };
  const relative = probe.readText(join(probe.moduleDir, 'path.txt'))?.trim() || null;
  const override = probe.env.ELECTRON_OVERRIDE_DIST_PATH;
  // Mirrors electron/index.js: an override folder, else dist/ inside the package.
  const candidate = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(probe.moduleDir, 'dist', relative)
      : null;
  if (candidate !== null && probe.exists(candidate)) return { present: true, path: candidate };
  return { present: false, reason: NOT_INSTALLED_REASON };
}

/** The real probe: this project's node_modules and this process's environment. */
export function locateElectronBinary(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ElectronBinary {
  let moduleDir: string | null = null;
  try {
    // Resolving package.json never runs electron's index.js, so nothing is downloaded.
    moduleDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    moduleDir = null;
  }
  return findElectronBinary({
    moduleDir,
    env,
    exists: (path) => existsSync(path),
    readText: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
  });
}
