import { utilityProcess, type UtilityProcess } from 'electron';
import type { Result } from '../../shared/errors';
import type { LockReason } from '../../shared/lock-reason';
import { createCoreClient } from './core-client';
import { shouldRestartCore } from './lifecycle';

/**
 * Runs the core in an Electron utility process: the database, keys and Argon2id work stay out of
 * the main process (which must stay responsive) and out of the renderer (which must never hold a
 * key). If the core dies its keys die with it, so the window is told the app is locked.
 */
export interface CoreProcess {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Ask the core to lock (suspend, screen lock); 'shutdown' also ends the core process. */
  lock(reason: LockReason): void;
  /** Ask the core to close and exit (it locks first); stop it anyway after `timeoutMs`. */
  lockAndStop(timeoutMs: number): Promise<void>;
}

export interface CoreProcessOptions {
  /** The built utility entry (out/main/utility-entry.js). */
  entry: string;
  dataDir: string;
  /** Outside the data folder (the user's profile): the core keeps a second copy of the failed sign-in count there. */
  throttleMirrorDir: string;
  knownChannels: ReadonlySet<string>;
  /** Every lock, whatever its cause, including the core dying. */
  onLocked(reason: LockReason): void;
  /** Core events (job progress), unchecked: the caller relays them through decideEventRelay. */
  onEvent(message: unknown): void;
}

export function startCoreProcess(options: CoreProcessOptions): CoreProcess {
  let child: UtilityProcess | null = null;
  let stopping = false;
  const crashTimes: number[] = [];
  const exitWaiters = new Set<() => void>();

  const client = createCoreClient({
    send: (message) => {
      if (!child) throw new Error('core not running');
      child.postMessage(message);
    },
    knownChannels: options.knownChannels,
    onLocked: options.onLocked,
    onEvent: options.onEvent,
  });

  const spawn = (): UtilityProcess => {
    const proc = utilityProcess.fork(
      options.entry,
      [`--data-dir=${options.dataDir}`, `--throttle-mirror-dir=${options.throttleMirrorDir}`],
      {
        serviceName: 'Waymark data service',
      },
    );
    proc.on('message', (message: unknown) => client.receive(message));
    proc.on('exit', () => {
      if (child === proc) child = null;
      client.failAll();
      for (const done of exitWaiters) done();
      if (stopping) return;
      options.onLocked('shutdown');
      const now = Date.now();
      crashTimes.push(now);
      if (shouldRestartCore(crashTimes, now)) child = spawn();
    });
    return proc;
  };
  child = spawn();

  return {
    call: (channel, input) => client.call(channel, input),
    lock(reason) {
      // A 'shutdown' lock (OS shutdown, log-off) closes the core for good: do not restart it.
      if (reason === 'shutdown') stopping = true;
      child?.postMessage({ type: 'lock', reason });
    },
    async lockAndStop(timeoutMs) {
      stopping = true;
      const proc = child;
      if (!proc) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          exitWaiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        exitWaiters.add(done);
        // utility-entry.ts treats a 'shutdown' lock as "close the database and exit".
        proc.postMessage({ type: 'lock', reason: 'shutdown' });
      });
      // Already gone after a clean close; otherwise it overran the timeout and is stopped.
      proc.kill();
    },
  };
}
