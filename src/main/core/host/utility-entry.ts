/**
 * Entry of the Electron utility process that runs the core. Electron-free on purpose: it only
 * adapts `process.parentPort` (messages arrive wrapped as `{ data }`) to the PortLike the core
 * serves, so the same core runs in-process in tests.
 */
import { createCore } from '../index';
import type { Core } from '../core.types';
import { serveCore } from './serve';
import type { FromCore, PortLike, ToCore } from './protocol';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

/** The main process passes the already-validated data folder as `--data-dir=`, and its profile folder. */
function argValue(argv: readonly string[], name: string): string | null {
  const arg = argv.findLast((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : null;
}

/**
 * A lock for 'shutdown' means the app is quitting: close the core (lock, release the database)
 * and exit, so the main process can wait for this process to end instead of guessing how long a
 * clean close takes. Every other message goes to serveCore unchanged.
 */
function parentPortLike(parent: ParentPort, core: Core): PortLike<ToCore, FromCore> {
  return {
    postMessage: (message) => parent.postMessage(message),
    onMessage: (listener) => {
      parent.on('message', (event) => {
        const message = event.data as ToCore;
        if (message.type === 'lock' && message.reason === 'shutdown') {
          void core.close().finally(() => process.exit(0));
          return;
        }
        listener(message);
      });
    },
  };
}

async function main(): Promise<void> {
  const parent = (process as unknown as { parentPort?: ParentPort }).parentPort;
  const dataDir = argValue(process.argv, 'data-dir');
  const throttleMirrorDir = argValue(process.argv, 'throttle-mirror-dir') ?? undefined;
  // Started any other way than by the Electron main process: nothing to serve.
  if (!parent || !dataDir) process.exit(2);
  const core = await createCore({ dataDir, throttleMirrorDir });
  serveCore(core, parentPortLike(parent, core));
}

main().catch(() => {
  // No detail is logged: an error here may carry a file path or a record. The main process sees
  // the exit, tells the window the app is locked, and starts the core again.
  process.exit(1);
});
