import { toCoreEvent } from '../../shared/contract/job-events';
import type { CoreEvent } from '../../shared/contract';
import { isOnAllowedOrigin } from './app-origin';

/**
 * Where a core event (job progress) may go. The same rule as for calls, from the other side:
 * only the main window's top frame, showing the app itself, hears from the core — not another
 * WebContents, not a window that has navigated away, not a destroyed one — and only the known
 * plain fields of a known event are passed on, rebuilt field by field.
 */
export interface EventTargetFacts {
  /** The main window, or null while there is none. */
  mainWindow: {
    destroyed: boolean;
    /** The top frame's URL now (`webContents.getURL()`). */
    url: string;
  } | null;
}

export type EventRelayDecision = { send: true; event: CoreEvent } | { send: false; reason: string };

export function decideEventRelay(
  message: unknown,
  facts: EventTargetFacts,
  allowedOrigins: readonly string[],
): EventRelayDecision {
  const event = toCoreEvent(message);
  if (!event) return { send: false, reason: 'not a known event' };
  const win = facts.mainWindow;
  if (!win || win.destroyed) return { send: false, reason: 'no main window' };
  if (!isOnAllowedOrigin(win.url, allowedOrigins))
    return { send: false, reason: 'window is not showing the app' };
  return { send: true, event };
}
