// `npm start`: build and launch the Electron app. Where Electron's binary is missing and cannot be
// downloaded, open the same app in a Chromium window through the browser host instead (saying so
// in one line); where there is no screen at all, explain what to do. The decisions are pure,
// tested functions (src/main/shell/electron-binary.ts), imported through Node 22's type
// stripping; `require('electron')` is avoided because it downloads, noisily, as a side effect.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let shell;
try {
  shell = await import('../src/main/shell/electron-binary.ts');
} catch (error) {
  // Node before 22.18 cannot import TypeScript; every other failure is a real bug to show.
  if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  console.error('Waymark must be started with `npm start`, which runs the project’s own Node 22.');
  process.exit(1);
}
const { locateElectronBinary, mayDownloadElectron, planStart } = shell;

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);
// Arguments after `npm start --` (for example --data-dir=D:\Waymark) go to the app.
const appArgs = process.argv.slice(2);

/** Where a package's file is, or null when the package is not installed. */
function resolveOrNull(request) {
  try {
    return require.resolve(request);
  } catch {
    return null;
  }
}

/**
 * Run electron's own installer (what `require('electron')` would do), quietly: its failure here
 * is expected on machines without internet access, and its stack trace would only alarm.
 * A person waiting on a real download is told after a moment what is happening.
 */
function downloadElectron() {
  const installer = resolveOrNull('electron/install.js');
  if (!installer) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { stdio: 'ignore', timeout: 10 * 60_000 });
    const slow = setTimeout(() => console.log('Downloading Electron’s binary (first start only)…'), 3000);
    child.on('error', () => resolve(false));
    child.on('exit', (code) => {
      clearTimeout(slow);
      resolve(code === 0);
    });
  });
}

let binary = locateElectronBinary();
let downloadFailed = false;
if (mayDownloadElectron(binary, process.env)) {
  await downloadElectron();
  binary = locateElectronBinary();
  downloadFailed = !binary.present;
}

const tsxPackage = resolveOrNull('tsx/package.json');
const plan = planStart({
  binary,
  downloadFailed,
  platform: process.platform,
  env: process.env,
  dependenciesInstalled: tsxPackage !== null && existsSync(join(ROOT, 'tests/host/dev-browser.ts')),
});

if (plan.kind === 'explain') {
  console.error(plan.message);
  process.exit(1);
}

if (plan.kind === 'browser') {
  console.log(plan.notice);
  const tsxCli = join(dirname(tsxPackage), require(tsxPackage).bin);
  // --window: a person asked for the app, so a browser that can only run headless is no answer.
  const child = spawn(process.execPath, [tsxCli, 'tests/host/dev-browser.ts', '--window', ...appArgs], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  // Ctrl+C reaches the child from the terminal; this process just waits for it to finish.
  process.on('SIGINT', () => undefined);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  // electron-vite launches whatever ELECTRON_EXEC_PATH names, so it uses the binary found above.
  process.env.ELECTRON_EXEC_PATH = plan.path;
  if (appArgs.length > 0) process.env.ELECTRON_CLI_ARGS = JSON.stringify(appArgs);
  const { preview } = await import('electron-vite');
  await preview({}, { skipBuild: false });
}
