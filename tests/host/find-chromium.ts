/**
 * Which Chromium the browser host drives. `npm test` must work on a machine with no system
 * packages, so the search ends with the headless Chromium shipped inside the npm package
 * `@sparticuz/chromium`. Order:
 *
 *   1. WAYMARK_CHROMIUM: an explicit executable (an error when it does not exist: a typo should
 *      not silently test another browser);
 *   2. Debian/Ubuntu Chromium (/usr/bin/chromium, /usr/bin/chromium-browser);
 *   3. an installed Google Chrome, then Microsoft Edge (Playwright channels), checked at their
 *      standard install paths first so that a missing one is skipped rather than fatal;
 *   4. the bundled headless Chromium (Linux x64 only).
 *
 * WAYMARK_CHROMIUM_SKIP_SYSTEM=1 skips 2 and 3; it exists to prove the bundled fallback on a
 * machine that has a system browser.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Channel = 'chrome' | 'msedge';

export type ChromiumChoice =
  | { kind: 'executable'; source: 'WAYMARK_CHROMIUM' | 'system'; path: string }
  | { kind: 'channel'; channel: Channel; path: string }
  | { kind: 'bundled' }
  | { kind: 'none'; reason: string };

export interface ChromiumProbe {
  platform: NodeJS.Platform;
  arch: string;
  env: Readonly<Record<string, string | undefined>>;
  exists(file: string): boolean;
  /** Is the `@sparticuz/chromium` package installed? */
  bundledInstalled: boolean;
}

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Where Playwright itself looks for each channel (playwright-core's registry), per platform. */
const CHANNEL_PATHS: Record<Channel, Partial<Record<NodeJS.Platform, string>>> = {
  chrome: {
    linux: '/opt/google/chrome/chrome',
    darwin: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    win32: '\\Google\\Chrome\\Application\\chrome.exe',
  },
  msedge: {
    linux: '/opt/microsoft/msedge/msedge',
    darwin: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    win32: '\\Microsoft\\Edge\\Application\\msedge.exe',
  },
};

/** Every path at which a channel's browser may be installed, in Playwright's order. */
export function channelPaths(channel: Channel, probe: Pick<ChromiumProbe, 'platform' | 'env'>): string[] {
  const suffix = CHANNEL_PATHS[channel][probe.platform];
  if (!suffix) return [];
  if (probe.platform !== 'win32') return [suffix];
  const { env } = probe;
  const drive = env.HOMEDRIVE;
  const prefixes = [
    env.LOCALAPPDATA,
    env.PROGRAMFILES,
    env['PROGRAMFILES(X86)'],
    drive ? `${drive}\\Program Files` : undefined,
    drive ? `${drive}\\Program Files (x86)` : undefined,
  ].filter((p): p is string => Boolean(p));
  return prefixes.map((prefix) => path.win32.join(prefix, suffix));
}

const NONE_REASON =
  'no Chromium was found: install Chromium, Google Chrome or Microsoft Edge, or set WAYMARK_CHROMIUM ' +
  'to a Chromium executable (the bundled fallback, @sparticuz/chromium, runs on Linux x64 only)';

export function chooseChromium(probe: ChromiumProbe): ChromiumChoice {
  const explicit = probe.env.WAYMARK_CHROMIUM;
  if (explicit) {
    return probe.exists(explicit)
      ? { kind: 'executable', source: 'WAYMARK_CHROMIUM', path: explicit }
      : { kind: 'none', reason: `WAYMARK_CHROMIUM names ${explicit}, which does not exist` };
  }
  if (probe.env.WAYMARK_CHROMIUM_SKIP_SYSTEM !== '1') {
    if (probe.platform === 'linux') {
      const system = SYSTEM_CHROMIUM.find((p) => probe.exists(p));
      if (system) return { kind: 'executable', source: 'system', path: system };
    }
    for (const channel of ['chrome', 'msedge'] as const) {
      const installed = channelPaths(channel, probe).find((p) => probe.exists(p));
      if (installed) return { kind: 'channel', channel, path: installed };
    }
  }
  if (probe.platform === 'linux' && probe.arch === 'x64' && probe.bundledInstalled)
    return { kind: 'bundled' };
  return { kind: 'none', reason: NONE_REASON };
}

/** The one line naming the browser in test and dev output. */
export function describeChoice(choice: ChromiumChoice): string {
  switch (choice.kind) {
    case 'executable':
      return choice.source === 'WAYMARK_CHROMIUM'
        ? `Chromium from WAYMARK_CHROMIUM (${choice.path})`
        : `system Chromium (${choice.path})`;
    case 'channel':
      return `${choice.channel === 'chrome' ? 'Google Chrome' : 'Microsoft Edge'} (${choice.path})`;
    case 'bundled':
      return 'headless Chromium bundled in @sparticuz/chromium';
    case 'none':
      return `no Chromium: ${choice.reason}`;
  }
}

/**
 * Flags from @sparticuz/chromium's recommended list that we leave out. Its list is made for
 * serverless sandboxes; these would weaken the very protections our tests check (same-origin
 * policy, mixed content, site isolation), or are Playwright's to decide: headless mode, and the
 * feature lists (Chromium honours only the last --disable-features, so ours would silently
 * replace Playwright's own, which keeps http://waymark.test from being upgraded to HTTPS).
 */
const REFUSED_BUNDLED_FLAGS = [
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--headless',
  '--disable-features',
  '--enable-features',
];

/** Our arguments, then the bundled browser's recommended ones we accept; ours win a clash. */
export function mergeBundledArgs(ours: readonly string[], recommended: readonly string[]): string[] {
  const name = (arg: string) => arg.split('=')[0] ?? arg;
  const merged = [...ours];
  for (const arg of recommended) {
    if (REFUSED_BUNDLED_FLAGS.includes(name(arg))) continue;
    if (!merged.some((m) => name(m) === name(arg))) merged.push(arg);
  }
  return merged;
}

/** Our own switches: no GPU, and none of Chromium's background network traffic. */
export const HOST_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What startBrowserHost passes to Playwright's chromium.launch. */
export interface ChromiumLaunch {
  label: string;
  /** The bundled browser is a headless shell: it cannot show a window. */
  headlessOnly: boolean;
  executablePath?: string;
  channel?: Channel;
  args: string[];
  env?: Record<string, string>;
}

export class NoChromiumError extends Error {}

function bundledPackageInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('@sparticuz/chromium');
    return true;
  } catch {
    return false;
  }
}

/** Find the browser on this machine and say how to launch it with our arguments. */
export async function findChromium(args: readonly string[] = HOST_CHROMIUM_ARGS): Promise<ChromiumLaunch> {
  const choice = chooseChromium({
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    exists: (file) => existsSync(file),
    bundledInstalled: bundledPackageInstalled(),
  });
  const label = describeChoice(choice);
  switch (choice.kind) {
    case 'none':
      throw new NoChromiumError(`Cannot run the browser host: ${choice.reason}.`);
    case 'executable':
      return { label, headlessOnly: false, executablePath: choice.path, args: [...args] };
    case 'channel':
      return { label, headlessOnly: false, channel: choice.channel, args: [...args] };
    case 'bundled':
      return { label, headlessOnly: true, ...(await unpackBundled(args)) };
  }
}

/**
 * Unpack the bundled browser into the temp folder (once; later calls find it there). Its NSS and
 * expat libraries (packed for Amazon Linux) and its fonts are unpacked too and handed to the
 * browser only, so it needs nothing from the system's package manager.
 */
async function unpackBundled(args: readonly string[]) {
  const { default: bundled, inflate } = await import('@sparticuz/chromium');
  // No WebGL needed; this also swaps its SwiftShader flags for --disable-webgl.
  bundled.setGraphicsMode = false;
  const executablePath = await bundled.executablePath();
  const packageBin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')),
    '..',
    'bin',
  );
  const libRoot = await inflate(path.join(packageBin, 'al2023.tar.br'));
  const libDir = path.join(libRoot, 'lib');
  const inherited = process.env.LD_LIBRARY_PATH;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.LD_LIBRARY_PATH = inherited ? `${libDir}:${inherited}` : libDir;
  env.FONTCONFIG_PATH = path.join(tmpdir(), 'fonts');
  return { executablePath, args: mergeBundledArgs(args, bundled.args), env };
}
