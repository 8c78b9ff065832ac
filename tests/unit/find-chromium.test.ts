import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  channelPaths,
  chooseChromium,
  describeChoice,
  findChromium,
  HOST_CHROMIUM_ARGS,
  mergeBundledArgs,
  type ChromiumProbe,
} from '../host/find-chromium';

const CHROME_LINUX = '/opt/google/chrome/chrome';
const EDGE_LINUX = '/opt/microsoft/msedge/msedge';

/** A Linux x64 machine on which exactly `installed` exist. */
function linux(installed: string[], env: Record<string, string> = {}): ChromiumProbe {
  return {
    platform: 'linux',
    arch: 'x64',
    env,
    exists: (file) => installed.includes(file),
    bundledInstalled: true,
  };
}

describe('chooseChromium', () => {
  it('takes WAYMARK_CHROMIUM first, over every installed browser', () => {
    const probe = linux(['/my/chromium', '/usr/bin/chromium', CHROME_LINUX], {
      WAYMARK_CHROMIUM: '/my/chromium',
    });
    expect(chooseChromium(probe)).toEqual({
      kind: 'executable',
      source: 'WAYMARK_CHROMIUM',
      path: '/my/chromium',
    });
  });

  it('refuses a WAYMARK_CHROMIUM that does not exist rather than testing another browser', () => {
    const choice = chooseChromium(linux(['/usr/bin/chromium'], { WAYMARK_CHROMIUM: '/typo/chromium' }));
    expect(choice).toEqual({
      kind: 'none',
      reason: 'WAYMARK_CHROMIUM names /typo/chromium, which does not exist',
    });
  });

  it('walks the order: Debian chromium, chromium-browser, Chrome, Edge, then the bundled one', () => {
    const all = ['/usr/bin/chromium', '/usr/bin/chromium-browser', CHROME_LINUX, EDGE_LINUX];
    const seen: string[] = [];
    for (let i = 0; i <= all.length; i++) {
      seen.push(describeChoice(chooseChromium(linux(all.slice(i)))));
    }
    expect(seen).toEqual([
      'system Chromium (/usr/bin/chromium)',
      'system Chromium (/usr/bin/chromium-browser)',
      `Google Chrome (${CHROME_LINUX})`,
      `Microsoft Edge (${EDGE_LINUX})`,
      'headless Chromium bundled in @sparticuz/chromium',
    ]);
  });

  it('skips every system browser with WAYMARK_CHROMIUM_SKIP_SYSTEM=1, but not an explicit one', () => {
    const installed = ['/usr/bin/chromium', CHROME_LINUX, EDGE_LINUX, '/my/chromium'];
    expect(chooseChromium(linux(installed, { WAYMARK_CHROMIUM_SKIP_SYSTEM: '1' }))).toEqual({
      kind: 'bundled',
    });
    expect(
      chooseChromium(
        linux(installed, { WAYMARK_CHROMIUM_SKIP_SYSTEM: '1', WAYMARK_CHROMIUM: '/my/chromium' }),
      ).kind,
    ).toBe('executable');
  });

  it('offers the bundled browser only on Linux x64 with the package installed', () => {
    expect(chooseChromium({ ...linux([]), arch: 'arm64' }).kind).toBe('none');
    expect(chooseChromium({ ...linux([]), bundledInstalled: false }).kind).toBe('none');
    const mac = chooseChromium({ ...linux([]), platform: 'darwin' });
    expect(mac.kind).toBe('none');
    expect(describeChoice(mac)).toMatch(/install Chromium, Google Chrome or Microsoft Edge/);
  });

  it('does not take Debian paths on other platforms', () => {
    expect(chooseChromium({ ...linux(['/usr/bin/chromium']), platform: 'darwin' }).kind).toBe('none');
  });

  it('finds Edge on Windows under Program Files (x86), where Windows installs it', () => {
    const env = {
      LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local',
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const probe: ChromiumProbe = { ...linux([edge], env), platform: 'win32' };
    expect(chooseChromium(probe)).toEqual({ kind: 'channel', channel: 'msedge', path: edge });
  });
});

describe('channelPaths', () => {
  it('lists Windows prefixes in Playwright’s order, falling back to HOMEDRIVE', () => {
    expect(
      channelPaths('chrome', { platform: 'win32', env: { LOCALAPPDATA: 'L:\\Local', HOMEDRIVE: 'D:' } }),
    ).toEqual([
      'L:\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'D:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'D:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    ]);
  });

  it('names the app bundle on macOS', () => {
    expect(channelPaths('msedge', { platform: 'darwin', env: {} })).toEqual([
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]);
  });
});

describe('mergeBundledArgs', () => {
  it('keeps ours, adds the recommended ones, and drops those that weaken security or clash', () => {
    const merged = mergeBundledArgs(
      ['--no-sandbox', '--disk-cache-size=1'],
      [
        '--disk-cache-size=33554432',
        '--no-pings',
        '--disable-web-security',
        '--allow-running-insecure-content',
        '--disable-site-isolation-trials',
        "--headless='shell'",
        '--disable-features=IsolateOrigins,site-per-process',
        '--enable-features=SharedArrayBuffer',
        '--no-sandbox',
        '--no-zygote',
      ],
    );
    expect(merged).toEqual(['--no-sandbox', '--disk-cache-size=1', '--no-pings', '--no-zygote']);
  });
});

describe('findChromium', () => {
  it('answers for this machine with a launchable browser and our own switches', async () => {
    const launch = await findChromium();
    expect(launch.args.slice(0, HOST_CHROMIUM_ARGS.length)).toEqual(HOST_CHROMIUM_ARGS);
    if (launch.executablePath) expect(existsSync(launch.executablePath)).toBe(true);
    else expect(launch.channel).toMatch(/^(chrome|msedge)$/);
  });
});
