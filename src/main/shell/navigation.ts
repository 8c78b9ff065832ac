import { isOnAllowedOrigin } from './app-origin';

/**
 * Navigation guards. The window only ever shows the app itself: an injected link, a redirect or a
 * script setting `location` must not replace the app with a page that would inherit the preload
 * bridge. The app is a single page with hash routes, which never fire `will-navigate`.
 */
export type NavigationDecision = 'allow' | 'deny';

/** `will-navigate`, `will-frame-navigate` and `will-redirect`: only within the app's own origin. */
export function decideNavigation(url: string, allowedOrigins: readonly string[]): NavigationDecision {
  return isOnAllowedOrigin(url, allowedOrigins) ? 'allow' : 'deny';
}

/**
 * `setWindowOpenHandler`: never a second window. A new window would be a second renderer with its
 * own bridge and none of the checks tied to the main window. Links meant for the outside world are
 * handed to external-links.ts instead.
 */
export function decideWindowOpen(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}

/** `will-attach-webview`: never. A <webview> is a second, separately configured renderer. */
export function decideWebviewAttach(_src: string | undefined): NavigationDecision {
  return 'deny';
}
