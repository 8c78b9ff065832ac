import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The session partition of the window. In memory (no `persist:` prefix): the renderer keeps no
 * cookies, cache, localStorage or IndexedDB on disk, so nothing it ever displayed can be recovered
 * from the Chromium profile folder. Every record lives in the core's encrypted database only.
 */
export const WINDOW_PARTITION = 'waymark';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (CommonJS, as sandboxed preloads must be). */
  preloadPath: string;
  /** `app.isPackaged`: devtools exist only in development builds. */
  isPackaged: boolean;
}

export function buildWindowOptions({
  preloadPath,
  isPackaged,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Waymark',
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show', so no blank white frame flashes before the app paints.
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: preloadPath,
      // The page and the preload live in separate JavaScript worlds; the page sees only window.api.
      contextIsolation: true,
      // The renderer runs in Chromium's OS-level sandbox with no Node.js.
      sandbox: true,
      // Same-origin policy and CSP stay on.
      webSecurity: true,
      allowRunningInsecureContent: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Dropping a file on the window must not navigate away from the app to show it.
      navigateOnDragDrop: false,
      // On Linux Chromium downloads dictionaries from the network; case notes stay off the spellchecker.
      spellcheck: false,
      // A page stuck in an alert() loop can be stopped.
      safeDialogs: true,
      devTools: !isPackaged,
      partition: WINDOW_PARTITION,
    },
  };
}
