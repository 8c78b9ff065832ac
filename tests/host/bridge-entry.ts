/**
 * Runs in the page before the renderer (as a Playwright init script) and builds `window.api` with
 * the preload's own `buildApi`, so the renderer gets exactly the object it gets in Electron.
 * Calls go to the in-process core through the `__waymarkCall` binding; the host pushes core lock
 * events through `__waymarkLocked`.
 */
import { buildApi } from '../../src/preload/build-api';
import type { Result } from '../../src/shared/errors';

/** The page's global object as this script uses it (the node type-check has no DOM library). */
const page = globalThis as unknown as {
  __waymarkCall?: (channel: string, input: unknown) => Promise<Result<unknown>>;
};

const lockedListeners = new Set<(reason: string) => void>();

Object.defineProperty(page, '__waymarkLocked', {
  value: (reason: string) => {
    for (const listener of lockedListeners) listener(reason);
  },
});

const api = buildApi(
  (channel, input) => {
    const call = page.__waymarkCall;
    if (!call) return Promise.reject(new Error('bridge binding missing'));
    return call(channel, input);
  },
  (listener) => {
    lockedListeners.add(listener);
    return () => {
      lockedListeners.delete(listener);
    };
  },
);

// Like contextBridge.exposeInMainWorld: a read-only property the page cannot replace.
Object.defineProperty(page, 'api', { value: api, enumerable: true, writable: false, configurable: false });
