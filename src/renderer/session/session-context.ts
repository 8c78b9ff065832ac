import { createContext, use } from 'react';
import type { SessionInfo } from '../../shared/contract';
import type { SessionState } from './session-state';

export interface SessionContextValue {
  state: SessionState;
  /** Ask the core again (after a settings change, or to leave an error screen). */
  refresh(): Promise<void>;
  /** Signed in (unlock, recovery or passphrase change): load the full status. */
  signedIn(session: SessionInfo): Promise<void>;
  /** First-run set-up finished (the core holds the recovery key until it is acknowledged). */
  setUp(): Promise<void>;
  /** The recovery key notice is dealt with: tell the core, then show the app. */
  acknowledgeRecoveryKey(): Promise<void>;
  /** Lock now: forget cached data at once, then tell the core. */
  lock(reason: 'user' | 'idle'): Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** The signed-in session; only for screens rendered inside the unlocked app. */
export function useSignedIn() {
  const { state } = useSession();
  if (state.kind !== 'unlocked') throw new Error('useSignedIn used while locked');
  return state;
}
