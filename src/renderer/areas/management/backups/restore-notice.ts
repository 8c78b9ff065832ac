import { useSyncExternalStore } from 'react';

/**
 * What the sign-in screen says after a restore. A restore locks Waymark (the app and any open
 * modal are gone before the call even answers), so the message is kept here, outside any screen,
 * until the next successful sign-in clears it.
 */
export interface RestoreNotice {
  /** When the restored backup was taken, as shown to people (23/11/2026 14:05). */
  backupTime: string;
  message: string;
}

let current: RestoreNotice | null = null;
const subscribers = new Set<() => void>();

const subscribe = (notify: () => void) => {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
};

export function setRestoreNotice(notice: RestoreNotice | null): void {
  current = notice;
  for (const notify of subscribers) notify();
}

export const clearRestoreNotice = (): void => setRestoreNotice(null);

export function useRestoreNotice(): RestoreNotice | null {
  return useSyncExternalStore(subscribe, () => current);
}
