/**
 * Why the core locked, as the shell, the core and the window all name it. `renderer-gone`: the
 * window's renderer crashed or hung, so nobody can be trusted to be at the keyboard.
 */
export const LOCK_REASONS = ['user', 'idle', 'suspend', 'screen-lock', 'shutdown', 'renderer-gone'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

/** For messages from another process: only a reason on the list is believed. */
export const isLockReason = (value: unknown): value is LockReason =>
  typeof value === 'string' && (LOCK_REASONS as readonly string[]).includes(value);
