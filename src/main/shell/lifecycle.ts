import type { LockReason } from '../../shared/lock-reason';

/**
 * System events that lock the core. A mentor's laptop closed in a prison visits room, or a
 * Windows session locked at a shared office PC, must not leave records open.
 */
const LOCKING_EVENTS: Readonly<Record<string, LockReason>> = {
  suspend: 'suspend',
  'lock-screen': 'screen-lock',
  // macOS fast user switching hands the screen to someone else.
  'user-did-resign-active': 'screen-lock',
  // The OS is shutting down or logging off; Electron may not get a clean quit.
  shutdown: 'shutdown',
};

/** The powerMonitor events index.ts listens to. */
export const LOCKING_POWER_EVENTS: readonly string[] = Object.keys(LOCKING_EVENTS);

/** The lock reason for a powerMonitor event, or null for events that need no lock (resume, unlock). */
export function lockReasonForPowerEvent(event: string): LockReason | null {
  return Object.hasOwn(LOCKING_EVENTS, event) ? (LOCKING_EVENTS[event] ?? null) : null;
}

/**
 * The window's renderer crashed, was killed or hung: lock, because whatever was on screen can no
 * longer be covered by the idle lock and nobody can be trusted to be at the keyboard. A clean exit
 * (the window closing normally) needs no lock of its own.
 */
export function lockReasonForRendererEvent(
  event: 'render-process-gone' | 'unresponsive',
  details?: { reason?: string },
): LockReason | null {
  if (event === 'render-process-gone' && details?.reason === 'clean-exit') return null;
  return 'renderer-gone';
}

/** How long quitting waits for the core to confirm it has locked before it is stopped anyway. */
export const SHUTDOWN_LOCK_TIMEOUT_MS = 3000;

/**
 * Whether to start the core again after it exited unexpectedly: yes, unless it has already
 * crashed `maxCrashes` times within `windowMs` (then restarting would only loop, and every call
 * answers INTERNAL instead).
 */
export function shouldRestartCore(
  crashTimes: readonly number[],
  now: number,
  { maxCrashes = 3, windowMs = 60_000 }: { maxCrashes?: number; windowMs?: number } = {},
): boolean {
  return crashTimes.filter((t) => now - t < windowMs).length < maxCrashes;
}
