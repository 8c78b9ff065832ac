import { APP_ORIGIN, isOnAllowedOrigin, parseUrl } from './app-origin';

/**
 * Belt and braces behind the CSP: the window's session refuses any request that is not for the
 * app itself. Waymark works with no network at all, so nothing the renderer loads should ever
 * leave the machine; if the CSP were ever loosened by mistake, this still holds.
 */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

export function decideRequest(url: string, allowedOrigins: readonly string[]): 'allow' | 'deny' {
  if (isOnAllowedOrigin(url, allowedOrigins)) return 'allow';
  const parsed = parseUrl(url);
  if (parsed === null) return 'deny';
  if (LOCAL_SCHEMES.has(parsed.protocol)) return 'allow';
  // Development only: Vite's hot reload talks to its own dev server over ws://, never elsewhere.
  const devOrigins = allowedOrigins.filter((origin) => origin !== APP_ORIGIN);
  if (parsed.protocol === 'ws:' && devOrigins.length > 0) {
    const asHttp = `http://${parsed.host}${parsed.pathname}`;
    return isOnAllowedOrigin(asHttp, devOrigins) && parsed.username === '' ? 'allow' : 'deny';
  }
  return 'deny';
}
