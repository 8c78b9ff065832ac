/**
 * Runs in the page before the renderer (as a Playwright init script) and builds `window.api` with
 * the preload's own `buildApi`, so the renderer gets exactly the object it gets in Electron.
 * Calls go to the in-process core through the `__waymarkCall` binding; the host pushes core lock
 * events through `__waymarkLocked` and job events through `__waymarkEvent`.
 */
import { buildApi, type CoreEventListener } from '../../src/preload/build-api';
import { channelNames } from '../../src/shared/contract';
import { toCoreEvent } from '../../src/shared/contract/job-events';
import type { Result } from '../../src/shared/errors';

/** The page's global object as this script uses it (the node type-check has no DOM library). */
const page = globalThis as unknown as {
  __waymarkCall?: (channel: string, input: unknown) => Promise<Result<unknown>>;
};

const lockedListeners = new Set<(reason: string) => void>();
const eventListeners = new Set<CoreEventListener>();

// The host pushes job events here, as the shell sends them to the main window.
Object.defineProperty(page, '__waymarkEvent', {
  value: (message: unknown) => {
    const event = toCoreEvent(message);
    if (event) for (const listener of eventListeners) listener(event);
  },
});

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
  channelNames(),
  (listener) => {
    eventListeners.add(listener);
    return () => {
      eventListeners.delete(listener);
    };
  },
);

// Like contextBridge.exposeInMainWorld: a read-only property the page cannot replace.
Object.defineProperty(page, 'api', { value: api, enumerable: true, writable: false, configurable: false });
