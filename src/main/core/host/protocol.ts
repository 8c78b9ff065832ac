/**
 * Messages between the Electron main process and the core (running in a utilityProcess), or
 * between a test host and an in-process core. Plain structured-clone data only.
 */
import type { CoreEvent } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import type { LockReason } from '../../../shared/lock-reason';

export type ToCore =
  | { type: 'call'; id: number; channel: string; input: unknown }
  /** The shell asks the core to lock: system suspend, screen lock, or the window closing. */
  | { type: 'lock'; reason: LockReason };

export type FromCore =
  | { type: 'result'; id: number; result: Result<unknown> }
  /** Sent whenever the core locks, whatever the cause, so every window drops its cached data. */
  | { type: 'locked'; reason: LockReason }
  /** Job progress and endings, for the main window only (plain data: ids, counts, a label). */
  | ({ type: 'event' } & CoreEvent)
  | { type: 'ready' };

/** The least a transport must offer: Electron's MessagePortMain, parentPort, or a test pair. */
export interface PortLike<In, Out> {
  postMessage(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}
