// `npm start`: build and launch the Electron app, or explain in one sentence why it cannot start here.
// The binary check is a pure, tested module (src/main/shell/electron-binary.ts), imported through
// Node 22's type stripping; `require('electron')` is avoided because it tries to download.
let locateElectronBinary;
try {
  ({ locateElectronBinary } = await import('../src/main/shell/electron-binary.ts'));
} catch (error) {
  // Node before 22.18 cannot import TypeScript; every other failure is a real bug to show.
  if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  console.error('Waymark must be started with `npm start`, which runs the project’s own Node 22.');
  process.exit(1);
}

const binary = locateElectronBinary();
if (!binary.present) {
  console.error(
    `Waymark cannot start because ${binary.reason}; run \`npm run dev:browser\` to use it in a browser instead.`,
  );
  process.exit(1);
}

// electron-vite launches whatever ELECTRON_EXEC_PATH names, so it uses the binary found above.
process.env.ELECTRON_EXEC_PATH = binary.path;
// Arguments after `npm start --` (for example --data-dir=D:\Waymark) go to the app.
const appArgs = process.argv.slice(2);
if (appArgs.length > 0) process.env.ELECTRON_CLI_ARGS = JSON.stringify(appArgs);

const { preview } = await import('electron-vite');
await preview({}, { skipBuild: false });
