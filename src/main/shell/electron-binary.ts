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

// Electron 45 has no install step: its binary is downloaded on first use (`npm start` tries).
export const NOT_INSTALLED_REASON = 'the Electron binary is not installed';

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

/** Can a window be shown? Windows and macOS always have a desktop; Linux needs X11 or Wayland. */
export function hasDisplay(platform: string, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Should `npm start` try to download the missing binary (electron's own install.js) before
 * falling back? Only when the package is there without its binary, and not when the person has
 * told Electron not to download.
 */
export function mayDownloadElectron(
  binary: ElectronBinary,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return !binary.present && binary.reason === NOT_INSTALLED_REASON && !env.ELECTRON_SKIP_BINARY_DOWNLOAD;
}

export interface StartSituation {
  binary: ElectronBinary;
  /** Did `npm start` just try to download the binary, and fail? */
  downloadFailed: boolean;
  platform: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Are the project's dependencies (tsx, the browser host) installed? */
  dependenciesInstalled: boolean;
}

export type StartPlan =
  | { kind: 'electron'; path: string }
  | { kind: 'browser'; notice: string }
  | { kind: 'explain'; message: string };

/**
 * What `npm start` does: run Electron where its binary is present; otherwise open the same app in
 * Chromium through the browser host, saying so in one line; where no window can be shown at all,
 * explain what to do instead (the caller exits non-zero).
 */
export function planStart(situation: StartSituation): StartPlan {
  const { binary } = situation;
  if (binary.present) return { kind: 'electron', path: binary.path };
  if (!situation.dependenciesInstalled) {
    return { kind: 'explain', message: 'Waymark’s dependencies are not installed: run `npm install` first.' };
  }
  const why =
    binary.reason === NOT_INSTALLED_REASON
      ? situation.downloadFailed
        ? 'Electron’s binary is not installed and could not be downloaded'
        : 'Electron’s binary is not installed'
      : `Electron cannot start (${binary.reason})`;
  if (!hasDisplay(situation.platform, situation.env)) {
    return {
      kind: 'explain',
      message: [
        `${why}, and there is no screen here to show Waymark on (DISPLAY and WAYLAND_DISPLAY are not set).`,
        'Run `npm start` in a desktop session, or over `ssh -X` so that the window opens on your own screen.',
        '(`xvfb-run npm start` runs it on a virtual screen that nobody sees: useful only for automated checks.)',
        '`npm test` needs no screen.',
      ].join('\n'),
    };
  }
  return { kind: 'browser', notice: `${why}, so Waymark is opening in a Chromium window instead.` };
}
