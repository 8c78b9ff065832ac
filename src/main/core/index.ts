import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { countsAsActivity, IdleWatch } from './session/idle-watch';
import type { Core, CoreOptions } from './core.types';
import { Dispatcher } from './ipc/dispatcher';
import type { AnyHandler } from './ipc/handler.types';
import { CORE, MODULES } from './modules';
import { assemble, type CoreModule } from './module';
import { loadSodium } from './crypto/sodium';
import { DEFAULT_KDF } from './crypto/kdf';
import { Vault, vaultPaths } from './vault/vault.service';
import type { LockReason } from '../../shared/lock-reason';
import type { ChannelDef, CoreEvent } from '../../shared/contract';
import { Backups } from './backup/backup.service';
import { finishInterruptedRestore } from './backup/restore-swap';
import { JobLane } from './jobs/job-lane';
import { ALL_JOB_KINDS } from './jobs/job-kinds';
import type { JobImpl } from './jobs/job.types';

/** Calls that open a session: the background integrity check (and a due backup) follow them. */
const OPENS_SESSION = new Set(['vault.unlock', 'vault.recover', 'vault.setup']);

export type { Core, CoreOptions } from './core.types';

/** One mirror file per data folder, named by a hash of its path (no path or name in clear). */
function throttleMirrorPath(options: CoreOptions): string | null {
  if (!options.throttleMirrorDir) return null;
  const id = createHash('sha256').update(resolve(options.dataDir)).digest('hex').slice(0, 24);
  return join(options.throttleMirrorDir, `waymark-throttle-${id}.json`);
}

/**
 * Build a core over a data folder. The same factory serves the Electron utilityProcess, the
 * browser test host and the tests; `extra` lets a test add channels of its own (e.g. one that
 * reads a sensitive class) to exercise the real pipeline.
 */
export async function createCore(
  options: CoreOptions,
  extra?: {
    /** Test-only areas (a sensitive channel, a caseload), assembled with the real ones. */
    modules?: readonly CoreModule[];
    channels?: ReadonlyMap<string, ChannelDef>;
    handlers?: ReadonlyMap<string, AnyHandler>;
    /** Test job kinds, beside the real ones. */
    jobs?: readonly JobImpl[];
  },
): Promise<Core> {
  const sodium = await loadSodium();
  const now = options.now ?? (() => new Date());
  // A restore stopped by a crash is finished before anything reads the data folder.
  finishInterruptedRestore(vaultPaths(options.dataDir));
  const assembled = extra?.modules?.length ? assemble([...MODULES, ...extra.modules]) : CORE;
  const vault = new Vault(sodium, vaultPaths(options.dataDir), {
    entities: assembled.entities,
    kdf: options.kdf ?? DEFAULT_KDF,
    allowWeakKdf: options.allowWeakKdf ?? false,
    now,
    throttleMirror: throttleMirrorPath(options),
    rotationHooks: options.rotationHooks,
  });
  const listeners = new Set<(reason: LockReason) => void>();
  const eventListeners = new Set<(event: CoreEvent) => void>();

  // Used inside a call (the lock channel, a disabled caller) where the dispatcher queue is held.
  const lockInQueue = async (reason: LockReason) => {
    backups.cancel();
    jobs.abortAll();
    const wasOpen = vault.state() === 'unlocked';
    await vault.lock();
    if (wasOpen) for (const l of listeners) l(reason);
  };

  const dispatcher = new Dispatcher({
    vault,
    channels: new Map([...assembled.channels, ...(extra?.channels ?? [])]),
    handlers: new Map([...assembled.handlers, ...(extra?.handlers ?? [])]),
    scopes: assembled.scopes,
    now,
    lock: lockInQueue,
    checkOutputs: options.checkOutputs ?? process.env.NODE_ENV !== 'production',
  });
  const idle = new IdleWatch(
    vault,
    now,
    (work) => dispatcher.serial(work),
    () => lockInQueue('idle'),
    options.idleCheckMs ?? 15_000,
  );
  idle.start();
  const backups = new Backups({
    vault,
    serial: (work) => dispatcher.serial(work),
    now,
    automatic: options.automaticBackups ?? true,
  });
  const jobs = new JobLane({
    vault,
    serial: (work) => dispatcher.serial(work),
    now,
    kinds: new Map([...ALL_JOB_KINDS, ...(extra?.jobs ?? []).map((j) => [j.def.kind, j] as const)]),
    emit: (event) => {
      for (const l of eventListeners) l(event);
    },
  });

  return {
    call: async (channel, input) => {
      if (countsAsActivity(channel)) idle.touch();
      // A lock never waits behind a backup that holds the queue: stop it first.
      if (channel === 'vault.lock') {
        backups.cancel();
        jobs.abortAll();
      }
      const result = await dispatcher.call(channel, input);
      if (result.ok && OPENS_SESSION.has(channel)) backups.afterUnlock();
      return result;
    },
    lock: (reason) => {
      backups.cancel();
      jobs.abortAll();
      return dispatcher.serial(() => lockInQueue(reason));
    },
    onLocked(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    close: () => {
      idle.stop();
      // The last backup (if anything changed since the newest) is taken before the final lock.
      return dispatcher.serial(async () => {
        await backups.beforeClose().catch(() => undefined);
        await lockInQueue('shutdown');
      });
    },
  };
}
