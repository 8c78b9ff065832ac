import { useSyncExternalStore } from 'react';

/**
 * A tiny hash router: the app is a local file in Electron, so `#/path` routes survive reloads
 * without a server. Every in-app navigation goes through `navigate`, which asks any registered
 * unsaved-changes guard first.
 */
export type Guard = () => Promise<boolean>;

const guards = new Set<Guard>();
const subscribers = new Set<() => void>();

const readPath = (): string => {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
};

let currentPath = readPath();

window.addEventListener('hashchange', () => {
  currentPath = readPath();
  for (const notify of subscribers) notify();
});

const subscribe = (notify: () => void) => {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
};

export function useRoute(): string {
  return useSyncExternalStore(subscribe, () => currentPath);
}

export function currentRoute(): string {
  return currentPath;
}

/** Register a guard that may refuse to leave the current screen (see useUnsavedChanges). */
export function addGuard(guard: Guard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** Ask every guard; true when the user may leave. */
export async function mayLeave(): Promise<boolean> {
  for (const guard of [...guards]) if (!(await guard())) return false;
  return true;
}

/** Go to a path. `force` skips the guards (locking, signing in as someone else). */
export async function navigate(path: string, options: { force?: boolean } = {}): Promise<boolean> {
  if (path === currentPath) return true;
  if (!options.force && !(await mayLeave())) return false;
  window.location.hash = path;
  return true;
}
