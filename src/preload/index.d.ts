import type { Api, CoreEvent } from '../shared/contract';

/** What the preload exposes to the renderer (see build-api.ts). */
declare global {
  interface Window {
    api: Api & {
      events: {
        /** Called whenever the core locks; returns the function that stops listening. */
        onLocked(listener: (reason: string) => void): () => void;
        /** Called for each core event (job progress and endings); returns the function that stops listening. */
        onEvent(listener: (event: CoreEvent) => void): () => void;
      };
    };
  }
}

export {};
