import type { Api } from '../../shared/contract';
import type { LockReason } from './lock-reason';

/** `window.api` as the preload (or the browser test host) exposes it. */
export type WaymarkApi = Api & {
  events: {
    /** Called when the core locks for any reason (idle, suspend, screen lock, another window). */
    onLocked(listener: (reason: LockReason) => void): () => void;
  };
};

/** The one place the renderer reaches for the bridge. */
export function api(): WaymarkApi {
  const bridge = (window as unknown as { api?: WaymarkApi }).api;
  if (!bridge) throw new Error('The Waymark bridge is missing: the app must be started from its window.');
  return bridge;
}
