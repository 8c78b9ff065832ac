import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * Headers on every response the `app://` protocol handler sends. The CSP travels as a header
 * (not only the meta tag) because a header also covers `frame-ancestors` and applies before any
 * byte of the page is parsed.
 */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    // Never guess a type: a file is only ever what its extension says.
    'X-Content-Type-Options': 'nosniff',
    // Nothing is linked to, but if it were, no in-app address (with record ids) would leak.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The files are local; caching them would only write copies to the profile folder.
    'Cache-Control': 'no-store',
  };
}

/** Splits a policy into directive → sources, for checks and tests. Later duplicates are ignored, as browsers do. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, sources);
  }
  return out;
}
