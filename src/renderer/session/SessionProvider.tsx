import { modals } from '@mantine/modals';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/bridge';
import { onCallFailure, run } from '../api/call';
import { dropCachedData } from '../api/query-client';
import { currentRoute, navigate } from '../app/router';
import { LOCK_NOTICES, stateFromStatus, type LockCause, type SessionState } from './session-state';
import { SessionContext, type SessionContextValue } from './session-context';

/**
 * Owns the vault state as the renderer sees it. Every path to "locked" (the lock button, idle lock,
 * a lock from the core, a call answered LOCKED) drops all cached data before anything else.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const stateRef = useRef(state);
  stateRef.current = state;
  // Who was signed in before the last lock: someone else signing in starts on the home page.
  const lastAccountId = useRef<string | null>(null);

  const load = useCallback(async (notice: string | null = null) => {
    try {
      const status = await run(api().vault.status({}));
      setState(stateFromStatus(status, notice));
    } catch {
      setState({
        kind: 'unavailable',
        message:
          'Waymark could not open its data. Restart the app, and if this keeps happening tell your administrator.',
      });
    }
  }, []);

  /** Show the lock screen at once. `reload` asks the core for its status (it has already locked). */
  const becomeLocked = useCallback(
    (cause: LockCause, reload = true) => {
      dropCachedData();
      // Lock wins over everything: an open "leave without saving?" prompt (which lives above the
      // session, in the modals provider) must not stay on top of the sign-in screen.
      modals.closeAll();
      const current = stateRef.current;
      if (current.kind === 'locked' || current.kind === 'uninitialised') return;
      if (current.kind === 'unlocked') lastAccountId.current = current.session.accountId;
      const locked: SessionState = {
        kind: 'locked',
        organisationName: current.kind === 'unlocked' ? current.organisationName : null,
        retryAfterSeconds: 0,
        notice: LOCK_NOTICES[cause],
      };
      stateRef.current = locked;
      setState(locked);
      if (reload) void load(LOCK_NOTICES[cause]);
    },
    [load],
  );

  useEffect(() => {
    void load();
    const offFailure = onCallFailure((error) => {
      if (error.code === 'LOCKED') becomeLocked('refused');
      else if (error.code === 'PASSPHRASE_CHANGE_REQUIRED') void load();
    });
    const offLocked = api().events.onLocked((reason) =>
      becomeLocked(reason in LOCK_NOTICES ? (reason as LockCause) : 'refused'),
    );
    return () => {
      offFailure();
      offLocked();
    };
  }, [load, becomeLocked]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      refresh: () => load(),
      signedIn: async (session) => {
        dropCachedData();
        // Someone else starts on the home page; the same person carries on where they were.
        if (lastAccountId.current !== session.accountId || currentRoute() === '/recover') {
          await navigate('/', { force: true });
        }
        lastAccountId.current = session.accountId;
        await load();
      },
      setUp: async () => {
        const status = await run(api().vault.status({}));
        const next = stateFromStatus(status);
        if (next.kind === 'unlocked') lastAccountId.current = next.session.accountId;
        setState(next);
      },
      acknowledgeRecoveryKey: async () => {
        await run(api().vault.acknowledgeRecoveryKey({}));
        await load();
      },
      lock: async (reason) => {
        becomeLocked(reason, false);
        try {
          await run(api().vault.lock({ reason }));
        } catch {
          // Already locked, or the core has gone: the screen is locked either way.
        }
        await load(LOCK_NOTICES[reason]);
      },
    }),
    [state, load, becomeLocked],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}
