import { parseUrl } from './app-origin';

/**
 * The one decision about opening a link in the user's browser. Waymark is an offline tool that
 * holds criminal-justice records; by default it opens nothing outside itself. An organisation
 * may later list hosts (for example a guidance site) in `allowedHosts`; then only plain https
 * links to exactly those hosts, on the default port and without embedded credentials, open.
 */
export type ExternalLinkDecision = { allowed: true; url: string } | { allowed: false; reason: string };

/** Empty on purpose: an allowlist entry is a decision someone must make and justify. */
export const DEFAULT_EXTERNAL_HOSTS: readonly string[] = [];

export function decideExternalOpen(
  raw: string,
  allowedHosts: readonly string[] = DEFAULT_EXTERNAL_HOSTS,
): ExternalLinkDecision {
  const url = parseUrl(raw);
  if (!url) return { allowed: false, reason: 'not a valid address' };
  // http could be read or altered on the way; file:, smb:, ms-* and other schemes start programs.
  if (url.protocol !== 'https:') return { allowed: false, reason: 'only https links open outside the app' };
  if (url.username !== '' || url.password !== '')
    return { allowed: false, reason: 'link carries credentials' };
  if (url.port !== '') return { allowed: false, reason: 'link names a port' };
  const hosts = allowedHosts.map((h) => h.toLowerCase());
  if (!hosts.includes(url.hostname)) return { allowed: false, reason: 'host is not on the allowlist' };
  return { allowed: true, url: url.href };
}
