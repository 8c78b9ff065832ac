import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { CoreError } from '../../../shared/errors';

/**
 * Failed sign-in throttling. The count lives in `throttle.json` beside the vault so it survives a
 * restart, and in a mirror copy under the user's profile (outside the data folder) so that deleting
 * one file neither resets the count nor erases the failures waiting to be written to the audit log.
 * Neither copy can be MAC'd (there is no key while locked); the real protection against guessing is
 * Argon2id's cost, and this slows a person at the keyboard. A damaged copy counts as one maximum
 * delay, once: it is repaired on the spot, so the wait then counts down.
 */
export const FREE_ATTEMPTS = 5;
const BASE_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;
const MAX_PENDING = 200;
/** The smallest failure count whose delay is the maximum. */
const MAX_DELAY_FAILURES = FREE_ATTEMPTS + Math.ceil(Math.log2(MAX_DELAY_SECONDS / BASE_DELAY_SECONDS));

const pendingSchema = z.object({
  at: z.string(),
  reason: z.string(),
  /** The username that was tried, so the audit log can say who someone tried to sign in as. */
  username: z.string().nullable().default(null),
});
const stateSchema = z.object({
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.string().nullable(),
  pending: z.array(pendingSchema),
});
export type ThrottleState = z.infer<typeof stateSchema>;
export type PendingFailure = ThrottleState['pending'][number];

const empty = (): ThrottleState => ({ failures: 0, lastFailureAt: null, pending: [] });

type Read = { state: ThrottleState; damaged: boolean };

function readOne(path: string): Read {
  if (!existsSync(path)) return { state: empty(), damaged: false };
  try {
    return { state: stateSchema.parse(JSON.parse(readFileSync(path, 'utf8'))), damaged: false };
  } catch {
    return { state: empty(), damaged: true };
  }
}

/** The stricter of two copies: more failures, the later failure, and every pending event from both. */
function merge(a: ThrottleState, b: ThrottleState): ThrottleState {
  const later = (x: string | null, y: string | null) => (!x ? y : !y ? x : x > y ? x : y);
  // Both copies are normally the same list; keep each event as many times as the fuller copy has it.
  const key = (p: PendingFailure) => `${p.at}|${p.reason}|${p.username ?? ''}`;
  const countIn = (list: PendingFailure[]) => {
    const m = new Map<string, number>();
    for (const p of list) m.set(key(p), (m.get(key(p)) ?? 0) + 1);
    return m;
  };
  const inB = countIn(b.pending);
  const inA = countIn(a.pending);
  const extraFromB = b.pending.filter((p) => {
    const k = key(p);
    const left = inB.get(k)! - (inA.get(k) ?? 0);
    inB.set(k, inB.get(k)! - 1);
    return left > 0;
  });
  const pending = [...a.pending, ...extraFromB]
    .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))
    .slice(-MAX_PENDING);
  return {
    failures: Math.max(a.failures, b.failures),
    lastFailureAt: later(a.lastFailureAt, b.lastFailureAt),
    pending,
  };
}

export class ThrottleStore {
  private readonly paths: string[];

  constructor(primary: string, mirror: string | null) {
    this.paths = mirror ? [primary, mirror] : [primary];
  }

  read(now: Date): ThrottleState {
    const reads = this.paths.map(readOne);
    let state = reads.map((r) => r.state).reduce(merge);
    if (reads.some((r) => r.damaged)) {
      state = {
        failures: Math.max(state.failures, MAX_DELAY_FAILURES),
        lastFailureAt: now.toISOString(),
        pending: [
          ...state.pending,
          { at: now.toISOString(), reason: 'throttle-file-damaged', username: null },
        ],
      };
      this.write(state);
    }
    return state;
  }

  write(state: ThrottleState): void {
    for (const path of this.paths) {
      try {
        mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
        writeFileAtomic(path, `${JSON.stringify(state)}\n`);
      } catch (err) {
        // The mirror is a second line; the copy in the data folder must always be written.
        if (path === this.paths[0]) throw err;
      }
    }
  }

  /**
   * Count a failure. `keep`: also hold it for the next unlock to write to the audit log (failures
   * while unlocked are audited by their own call instead).
   */
  recordFailure(now: Date, reason: string, username: string | null, keep: boolean): ThrottleState {
    const state = this.read(now);
    const pending = keep ? [...state.pending, { at: now.toISOString(), reason, username }] : state.pending;
    const next: ThrottleState = {
      failures: state.failures + 1,
      lastFailureAt: now.toISOString(),
      pending: pending.slice(-MAX_PENDING),
    };
    this.write(next);
    return next;
  }

  /** After a successful sign-in: the count and the pending failures (now in the audit log) go. */
  clear(): void {
    this.write(empty());
  }

  /** A right passphrase while unlocked: the count goes, failures waiting for the audit log stay. */
  clearCount(): void {
    const state = this.read(new Date());
    if (state.failures > 0) this.write({ ...state, failures: 0, lastFailureAt: null });
  }
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

/** Refuse any attempt (sign-in, recovery, restore) while the wait lasts. */
export function assertNotThrottled(state: ThrottleState, now: Date): void {
  const wait = retryAfterSeconds(state, now);
  if (wait > 0) {
    throw new CoreError(
      'THROTTLED',
      `Too many unsuccessful attempts. Wait ${wait} seconds before trying again.`,
      {
        retryAfterSeconds: wait,
      },
    );
  }
}

/** The answer to a failed attempt: `refusal` itself, or THROTTLED with the wait once one has started. */
export function refusalAfterFailure(refusal: CoreError, state: ThrottleState, now: Date): CoreError {
  const wait = retryAfterSeconds(state, now);
  if (wait === 0) return refusal;
  return new CoreError(
    'THROTTLED',
    `${refusal.message} Too many unsuccessful attempts: wait ${wait} seconds before trying again.`,
    { ...refusal.extra, retryAfterSeconds: wait },
  );
}
