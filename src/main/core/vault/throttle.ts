import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

/**
 * Failed sign-in throttling. The count lives in a file beside the vault so it survives a restart.
 * It cannot be MAC'd (there is no key while locked), so deleting it resets the count; the real
 * protection against guessing is Argon2id's cost, and this only slows a person at the keyboard.
 * Failures are also kept here until the next successful unlock writes them to the audit log.
 */
export const FREE_ATTEMPTS = 5;
const BASE_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;
const MAX_PENDING = 200;

const stateSchema = z.object({
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.string().nullable(),
  pending: z.array(z.object({ at: z.string(), reason: z.string() })),
});
export type ThrottleState = z.infer<typeof stateSchema>;

const EMPTY: ThrottleState = { failures: 0, lastFailureAt: null, pending: [] };

export function readThrottle(path: string): ThrottleState {
  if (!existsSync(path)) return { ...EMPTY, pending: [] };
  try {
    return stateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    // A damaged counter must not lock everyone out; treat it as the maximum delay once.
    return { failures: FREE_ATTEMPTS + 10, lastFailureAt: new Date().toISOString(), pending: [] };
  }
}

export function writeThrottle(path: string, state: ThrottleState): void {
  writeFileAtomic(path, `${JSON.stringify(state)}\n`);
}

export function delaySeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS));
}

/** Seconds until another attempt is allowed at `now`. */
export function retryAfterSeconds(state: ThrottleState, now: Date): number {
  if (!state.lastFailureAt) return 0;
  const until = new Date(state.lastFailureAt).getTime() + delaySeconds(state.failures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

export function recordFailure(state: ThrottleState, now: Date, reason: string): ThrottleState {
  return {
    failures: state.failures + 1,
    lastFailureAt: now.toISOString(),
    pending: [...state.pending, { at: now.toISOString(), reason }].slice(-MAX_PENDING),
  };
}

export const clearedThrottle = (): ThrottleState => ({ ...EMPTY, pending: [] });
