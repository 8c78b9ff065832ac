import type { Role } from '../../shared/roles';
import type { SessionContextValue } from '../session/session-context';

/**
 * What component tests put in place of the app around a component: the preload bridge
 * (`window.api`) with only the channels the component calls (everything behind the bridge has its
 * own core tests), the signed-in session, and what happy-dom lacks.
 */

/** A channel that always succeeds with `value`. */
export const answer =
  <T>(value: T) =>
  async () => ({ ok: true as const, value });

/** A channel that succeeds with whatever `current` gives at the time of the call (a test's own `let`). */
export const answerLatest =
  <T>(current: () => T) =>
  async () => ({ ok: true as const, value: current() });

/** The encrypted drafts store with nothing saved yet, for forms that keep a draft as you type. */
export const NO_DRAFTS = { get: answer(null), save: answer(null), discard: answer(null) };

/** No core events arrive (a job a component starts never reports back unless the test says so). */
export const NO_EVENTS = { onEvent: () => () => undefined };

/** Replace `window.api` with these areas (each a record of channel name to function). */
export function stubApi(areas: Record<string, Record<string, unknown>>): void {
  Object.defineProperty(window, 'api', { configurable: true, value: areas });
}

/** happy-dom has no font loading; Mantine's growing text boxes listen for it. */
export function stubFontLoading(): void {
  if (!('fonts' in document))
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: () => undefined, removeEventListener: () => undefined },
    });
}

/** The session context of someone signed in with these roles (for `<SessionContext value=…>`). */
export const signedInAs = (roles: Role[], accountId = 'account-under-test') =>
  ({
    state: {
      kind: 'unlocked',
      organisationName: 'Test',
      idleLockMinutes: 10,
      session: { accountId, username: 'x', displayName: 'X', roles, mustChangePassphrase: false },
    },
  }) as unknown as SessionContextValue;
