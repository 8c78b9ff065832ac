/**
 * `npm run dev:browser`: build the renderer, then run it in Chromium against the real core in this
 * process, with a data folder in .tmp/dev-data (or --data-dir). No network port is opened.
 *
 *   --data-dir <folder>  use this data folder
 *   --demo               fill a fresh data folder with the fictional demo data set first
 *   --fresh              delete the data folder first (only folders under .tmp/)
 *   --fast-kdf           cheap Argon2id (test cost) for new key slots, for quick experiments
 *   --headless           do not open a window even when a display is available
 *   --window             a window is required: explain and stop where none can be shown (npm start)
 *
 * Without a display (or with only the bundled headless Chromium) it runs headless and says so.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasDisplay } from '../../src/main/shell/electron-binary';
import { startBrowserHost, TEST_KDF } from './browser-host';
import { buildBrowserHostAssets } from './build';
import { buildDemo, DEMO_ORGANISATION, demoSignInSheet } from './demo';
import { findChromium, NoChromiumError } from './find-chromium';
import { REPO_ROOT } from './paths';
import { windowPlan } from './window-plan';

function readOptions() {
  try {
    return parseArgs({
      options: {
        'data-dir': { type: 'string' },
        demo: { type: 'boolean', default: false },
        fresh: { type: 'boolean', default: false },
        'fast-kdf': { type: 'boolean', default: false },
        headless: { type: 'boolean', default: false },
        window: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    // A mistyped option deserves one plain sentence, not a stack trace.
    console.error(
      `${(error as Error).message}. Options: --data-dir=<folder> --demo --fresh --fast-kdf --headless`,
    );
    process.exit(2);
  }
}
const values = readOptions();

const tmpRoot = path.join(REPO_ROOT, '.tmp');
const dataDir = path.resolve(values['data-dir'] ?? path.join(tmpRoot, 'dev-data'));

if (values.fresh) {
  if (!dataDir.startsWith(tmpRoot + path.sep)) {
    console.error('--fresh only deletes data folders under .tmp/; delete other folders yourself.');
    process.exit(2);
  }
  await rm(dataDir, { recursive: true, force: true });
}
await mkdir(dataDir, { recursive: true });

let chromium;
try {
  chromium = await findChromium();
} catch (error) {
  if (!(error instanceof NoChromiumError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const plan = windowPlan({
  display: hasDisplay(process.platform, process.env),
  headlessOnly: chromium.headlessOnly,
  browser: chromium.label,
  askedHeadless: values.headless,
  windowRequired: values.window,
});
if (plan.kind === 'refuse') {
  console.error(plan.message);
  process.exit(1);
}
const headless = plan.kind === 'headless';
if (plan.note) console.log(plan.note);

console.log('Building the renderer…');
await buildBrowserHostAssets();

const coreOptions = values['fast-kdf']
  ? { kdf: TEST_KDF, allowWeakKdf: true }
  : { kdf: undefined, allowWeakKdf: false };
const host = await startBrowserHost({ dataDir, headless, coreOptions, navigate: false });

if (values.demo) {
  const status = await host.core.call('vault.status', {});
  const state = status.ok ? (status.value as { state: string; organisationName: string | null }) : null;
  if (state?.state === 'uninitialised') {
    console.log('Creating the demo data…');
    const { recoveryKey } = await buildDemo(host.core, dataDir);
    console.log(demoSignInSheet(recoveryKey));
  } else if (state?.organisationName === DEMO_ORGANISATION) {
    console.log(demoSignInSheet());
  } else {
    console.error('--demo needs a fresh data folder: add --fresh, or choose another --data-dir.');
    await host.close();
    process.exit(2);
  }
}

await host.open();
console.log(`Waymark is running in ${chromium.label} with data in ${dataDir}.`);
console.log(headless ? 'Press Ctrl+C to stop.' : 'Close the browser window (or press Ctrl+C) to stop.');

const stop = async () => {
  await host.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
host.browser.on('disconnected', () => void stop());
host.page.on('close', () => void stop());
