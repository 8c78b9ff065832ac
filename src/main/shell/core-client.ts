import { fail, type Result } from '../../shared/errors';
import type { FromCore, ToCore } from '../core/host/protocol';
import { isLockReason, type LockReason } from '../../shared/lock-reason';

/**
 * The main process's side of the core protocol: numbers each call, matches results to callers,
 * and answers every caller even when the core process dies. Nothing here throws to the renderer:
 * every path ends in a Result.
 */
export interface CoreClient {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Feed every message the core sends. */
  receive(message: unknown): void;
  /** The core stopped: answer every waiting caller. */
  failAll(): void;
  pending(): number;
}

export interface CoreClientOptions {
  send(message: ToCore): void;
  /** Channel names the relay forwards; anything else is refused before it reaches the core. */
  knownChannels: ReadonlySet<string>;
  onLocked(reason: LockReason): void;
  /** Core events (job progress), still unchecked: the relay decides what reaches a window. */
  onEvent?(message: unknown): void;
  onReady?(): void;
}

export const CORE_STOPPED_MESSAGE = 'The data service stopped unexpectedly. Please sign in again.';
export const UNKNOWN_CHANNEL_MESSAGE = 'That action is not part of Waymark.';

function isFromCore(message: unknown): message is FromCore {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  if (m.type === 'result')
    return typeof m.id === 'number' && typeof m.result === 'object' && m.result !== null;
  if (m.type === 'locked') return isLockReason(m.reason);
  if (m.type === 'event') return typeof m.event === 'string';
  return m.type === 'ready';
}

export function createCoreClient(options: CoreClientOptions): CoreClient {
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;

  return {
    call(channel, input) {
      if (!options.knownChannels.has(channel))
        return Promise.resolve(fail('VALIDATION', UNKNOWN_CHANNEL_MESSAGE));
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        try {
          options.send({ type: 'call', id, channel, input });
        } catch {
          waiting.delete(id);
          resolve(fail('INTERNAL', CORE_STOPPED_MESSAGE));
        }
      });
    },
    receive(message) {
      if (!isFromCore(message)) return;
      if (message.type === 'result') {
        const resolve = waiting.get(message.id);
        waiting.delete(message.id);
        resolve?.(message.result);
      } else if (message.type === 'locked') {
        options.onLocked(message.reason);
      } else if (message.type === 'event') {
        options.onEvent?.({ event: message.event, payload: message.payload });
      } else {
        options.onReady?.();
      }
    },
    failAll() {
      const callers = [...waiting.values()];
      waiting.clear();
      for (const resolve of callers) resolve(fail('INTERNAL', CORE_STOPPED_MESSAGE));
    },
    pending: () => waiting.size,
  };
}
