import { channelByName } from '../../shared/contract';
import type { Core, CoreOptions } from './core.types';
import { Dispatcher } from './ipc/dispatcher';
import type { AnyHandler } from './ipc/handler.types';
import { ALL_HANDLERS } from './handlers';
import { ScopeRegistry } from './policy/scope';
import { loadSodium } from './vault/sodium';
import { DEFAULT_KDF } from './vault/kdf';
import { Vault, vaultPaths } from './vault/vault.service';
import type { LockReason } from './host/protocol';
import type { ChannelDef } from '../../shared/contract';

export type { Core, CoreOptions } from './core.types';

/**
 * Build a core over a data folder. The same factory serves the Electron utilityProcess, the
 * browser test host and the tests; `extra` lets a test add channels of its own (e.g. one that
 * reads a sensitive class) to exercise the real pipeline.
 */
export async function createCore(
  options: CoreOptions,
  extra?: {
    channels: ReadonlyMap<string, ChannelDef>;
    handlers: ReadonlyMap<string, AnyHandler>;
    scopes?: ScopeRegistry;
  },
): Promise<Core> {
  const sodium = await loadSodium();
  const now = options.now ?? (() => new Date());
  const vault = new Vault(sodium, vaultPaths(options.dataDir), {
    kdf: options.kdf ?? DEFAULT_KDF,
    allowWeakKdf: options.allowWeakKdf ?? false,
    now,
  });
  const listeners = new Set<(reason: LockReason) => void>();

  // Used inside a call (the lock channel, a disabled caller) where the dispatcher queue is held.
  const lockInQueue = async (reason: LockReason) => {
    const wasOpen = vault.state() === 'unlocked';
    await vault.lock();
    if (wasOpen) for (const l of listeners) l(reason);
  };

  const dispatcher = new Dispatcher({
    vault,
    channels: new Map([...channelByName, ...(extra?.channels ?? [])]),
    handlers: new Map([...ALL_HANDLERS, ...(extra?.handlers ?? [])]),
    scopes: extra?.scopes ?? new ScopeRegistry(),
    now,
    lock: lockInQueue,
  });

  return {
    call: (channel, input) => dispatcher.call(channel, input),
    lock: (reason) => dispatcher.serial(() => lockInQueue(reason)),
    onLocked(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => dispatcher.serial(() => lockInQueue('shutdown')),
  };
}
