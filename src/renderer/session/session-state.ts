import type { SessionInfo, VaultStatus } from '../../shared/contract';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../shared/settings';
import type { LockReason } from '../../shared/lock-reason';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'uninitialised' }
  | { kind: 'locked'; organisationName: string | null; retryAfterSeconds: number; notice: string | null }
  | {
      kind: 'unlocked';
      organisationName: string | null;
      session: SessionInfo;
      idleLockMinutes: number;
    };

/** Why the unlock screen is showing, in words for the person who comes back to it. */
export type LockCause = LockReason | 'refused';

export const LOCK_NOTICES: Record<LockCause, string | null> = {
  user: null,
  idle: 'Waymark locked itself because nobody used it for a while. Sign in again to carry on.',
  suspend: 'Waymark locked when the computer went to sleep. Sign in again to carry on.',
  'screen-lock': 'Waymark locked when the screen was locked. Sign in again to carry on.',
  'renderer-gone': 'Waymark locked because its window stopped responding. Sign in again to carry on.',
  shutdown: 'Waymark locked because it is closing.',
  refused: 'Waymark is locked. Sign in again to carry on.',
};

export function stateFromStatus(status: VaultStatus, notice: string | null = null): SessionState {
  if (status.state === 'uninitialised') return { kind: 'uninitialised' };
  if (status.state === 'unlocked' && status.session) {
    return {
      kind: 'unlocked',
      organisationName: status.organisationName,
      session: status.session,
      idleLockMinutes: status.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES,
    };
  }
  return {
    kind: 'locked',
    organisationName: status.organisationName,
    retryAfterSeconds: status.retryAfterSeconds,
    notice,
  };
}
