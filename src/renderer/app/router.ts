import { useSyncExternalStore } from 'react';
import { useLocation, type DataRouter } from 'react-router';

/**
 * The app's routes live in React Router's hash router (app-router.tsx): the app is a local file
 * in Electron, so `#/path` routes survive reloads without a server. This module is the small
 * surface the screens use: `navigate` from anywhere (also outside React), and the unsaved-changes
 * guards, which the one blocker in the root route asks before any in-app navigation leaves a
 * screen (links, `navigate`, the browser's Back). The blocker exists only while a guard does:
 * React Router cannot block an address typed by hand, and warns on the console when a blocker
 * meets one, so it is not left registered when there is nothing to protect.
 */
export type Guard = () => Promise<boolean>;

const guards = new Set<Guard>();
const guardWatchers = new Set<() => void>();
const guardsChanged = () => guardWatchers.forEach((notify) => notify());
let router: DataRouter | null = null;
/** Set while a forced navigation (locking, signing in as someone else) passes the blocker. */
let forcing = false;

/** Called once by createAppRouter, so `navigate` works outside React. */
export function attachRouter(active: DataRouter): void {
  router = active;
}

export function useRoute(): string {
  return useLocation().pathname;
}

export function currentRoute(): string {
  return router?.state.location.pathname ?? '/';
}

/** Register a guard that may refuse to leave the current screen (see useUnsavedChanges). */
export function addGuard(guard: Guard): () => void {
  guards.add(guard);
  guardsChanged();
  return () => {
    guards.delete(guard);
    guardsChanged();
  };
}

/** Whether any screen has unsaved changes to protect (re-renders when that changes). */
export function useGuarded(): boolean {
  return useSyncExternalStore(
    (notify) => {
      guardWatchers.add(notify);
      return () => guardWatchers.delete(notify);
    },
    () => guards.size > 0,
  );
}

/** Whether leaving the screen needs asking first (read by the root route's blocker). */
export function hasGuards(): boolean {
  return !forcing && guards.size > 0;
}

/** Ask every guard; true when the user may leave. */
export async function mayLeave(): Promise<boolean> {
  for (const guard of [...guards]) if (!(await guard())) return false;
  return true;
}

/**
 * Go to a path (with an optional `?query`). `force` skips the guards (locking, signing in as
 * someone else, leaving a form that has just been saved). Resolves true when the app got there.
 */
export async function navigate(path: string, options: { force?: boolean } = {}): Promise<boolean> {
  if (!router) return false;
  const here = router.state.location;
  if (path === `${here.pathname}${here.search}`) return true;
  forcing = options.force ?? false;
  try {
    await router.navigate(path);
  } finally {
    forcing = false;
  }
  const there = router.state.location;
  return `${there.pathname}${there.search}` === path || there.pathname === path;
}
