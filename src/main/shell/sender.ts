import { isOnAllowedOrigin } from './app-origin';

/**
 * Who may use the IPC relay. Only the main window's top frame, showing the app itself, may call
 * the core: not a sub-frame, not another WebContents (a devtools page, a future second window),
 * not a frame that has navigated away (Electron then reports no frame at all).
 */
export interface SenderFacts {
  /** `event.sender.id`. */
  senderId: number;
  /** The main window's `webContents.id`, or null while there is no window. */
  mainWindowId: number | null;
  /** `event.senderFrame`, described; null when the frame is gone. */
  frame: { url: string; isTopFrame: boolean } | null;
}

export type SenderDecision = { ok: true } | { ok: false; reason: string };

export function checkSender(facts: SenderFacts, allowedOrigins: readonly string[]): SenderDecision {
  if (facts.mainWindowId === null || facts.senderId !== facts.mainWindowId) {
    return { ok: false, reason: 'not the main window' };
  }
  if (facts.frame === null) return { ok: false, reason: 'sender frame is gone' };
  if (!facts.frame.isTopFrame) return { ok: false, reason: 'not the top frame' };
  if (!isOnAllowedOrigin(facts.frame.url, allowedOrigins))
    return { ok: false, reason: 'frame is not the app' };
  return { ok: true };
}
