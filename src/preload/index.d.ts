import type { Api } from '../shared/contract';

/** What the preload exposes to the renderer (see build-api.ts). */
declare global {
  interface Window {
    api: Api & {
      events: {
        /** Called whenever the core locks; returns the function that stops listening. */
        onLocked(listener: (reason: string) => void): () => void;
      };
    };
  }
}

export {};
