import { channelNames, type Api, type CoreEvent } from '../shared/contract';
import { fail, type Result } from '../shared/errors';

/**
 * Builds `window.api` from the contract. Pure (no Electron), so the preload and the browser test
 * host build the identical object and the renderer cannot tell them apart.
 */
export type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;
export type LockedListener = (reason: string) => void;
export type SubscribeLocked = (listener: LockedListener) => () => void;
export type CoreEventListener = (event: CoreEvent) => void;
export type SubscribeEvents = (listener: CoreEventListener) => () => void;

export type WindowApi = Api & {
  events: {
    /** Called whenever the core locks; returns the function that stops listening. */
    onLocked(listener: LockedListener): () => void;
    /** Called for each core event (job progress and endings); returns the function that stops listening. */
    onEvent(listener: CoreEventListener): () => void;
  };
};

export const BRIDGE_FAILED_MESSAGE = 'Waymark could not reach its data service. Please try again.';

export function buildApi(
  invoke: Invoke,
  subscribeLocked: SubscribeLocked,
  names: Record<string, Record<string, string>> = channelNames(),
  subscribeEvents: SubscribeEvents = () => () => {},
): WindowApi {
  const api: Record<string, unknown> = {};
  for (const [area, actions] of Object.entries(names)) {
    const methods: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
    for (const [action, channel] of Object.entries(actions)) {
      // Nothing throws across a process boundary: a failed transport becomes an INTERNAL result.
      methods[action] = (input) =>
        invoke(channel, input).catch(() => fail('INTERNAL', BRIDGE_FAILED_MESSAGE) as Result<unknown>);
    }
    api[area] = Object.freeze(methods);
  }
  api.events = Object.freeze({
    onLocked(listener: LockedListener): () => void {
      if (typeof listener !== 'function') throw new TypeError('onLocked needs a function.');
      let unsubscribe: (() => void) | null = subscribeLocked((reason) => listener(reason));
      return () => {
        unsubscribe?.();
        unsubscribe = null;
      };
    },
    onEvent(listener: CoreEventListener): () => void {
      if (typeof listener !== 'function') throw new TypeError('onEvent needs a function.');
      let unsubscribe: (() => void) | null = subscribeEvents((event) => listener(event));
      return () => {
        unsubscribe?.();
        unsubscribe = null;
      };
    },
  });
  // Frozen so no script in the page can swap a method for one that copies what passes through it.
  return Object.freeze(api) as unknown as WindowApi;
}
