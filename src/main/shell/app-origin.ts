/**
 * The app's own origin. The renderer is served from `app://waymark/` (a privileged, standard,
 * secure custom scheme) instead of `file://`, so it gets a real origin that every guard can check,
 * and file:// never needs extra privileges.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'waymark';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses a URL, or returns null: every guard treats an unparseable URL as foreign. */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * An origin a guard accepts. `app://waymark` is compared by parts because Node's URL reports the
 * origin of a non-special scheme as "null"; userinfo and ports are refused so that look-alikes
 * such as `app://user@waymark` or `app://waymark:1` never pass. The host is compared without case
 * because Chromium lower-cases a standard scheme's host anyway.
 */
function matchesOrigin(url: URL, origin: string): boolean {
  if (url.username !== '' || url.password !== '') return false;
  if (origin === APP_ORIGIN) {
    return url.protocol === `${APP_SCHEME}:` && url.hostname.toLowerCase() === APP_HOST && url.port === '';
  }
  return url.origin === origin;
}

/** True when `raw` is a URL on one of the allowed origins. */
export function isOnAllowedOrigin(raw: string, allowedOrigins: readonly string[]): boolean {
  const url = parseUrl(raw);
  return url !== null && allowedOrigins.some((origin) => matchesOrigin(url, origin));
}

/**
 * The origins the window may show. Always the app origin; in an unpackaged development run,
 * also the electron-vite dev server, but only when it is on this machine's loopback address.
 * A packaged app ignores ELECTRON_RENDERER_URL entirely.
 */
export function allowedOrigins(isPackaged: boolean, devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN];
  if (isPackaged || !devServerUrl) return origins;
  const dev = parseUrl(devServerUrl);
  const loopback = dev !== null && ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname);
  if (dev && loopback && dev.protocol === 'http:' && dev.username === '' && dev.password === '') {
    origins.push(dev.origin);
  }
  return origins;
}

/** The first URL the window loads. */
export function entryUrl(origins: readonly string[]): string {
  const dev = origins.find((origin) => origin !== APP_ORIGIN);
  return dev ? `${dev}/` : APP_ENTRY_URL;
}
