import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * The `app://waymark/…` protocol: maps a request to one file inside the renderer's build folder.
 * Anything that could reach outside that folder (dot segments, encoded dots or slashes,
 * backslashes, drive letters, NTFS streams, device names) is refused before a path is built, and
 * the built path is checked to be inside the folder anyway.
 */

/** `protocol.registerSchemesAsPrivileged`: a standard, secure scheme so the app has a real origin. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    // pdf.js and the bundler's workers fetch their own assets from the app origin.
    supportFetchAPI: true,
  },
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content type by extension; unknown files are served as opaque bytes (and `nosniff` stops guessing). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestResolution =
  { ok: true; filePath: string; contentType: string } | { ok: false; status: 400 | 403 | 404 | 405 };

// Encoded dot, slash, backslash or NUL: no file the bundler writes needs them in its URL.
const ENCODED_TRAVERSAL = /%(2e|2f|5c|00)/i;
// Windows reserved device names: opening `CON` or `NUL` reads a device, not a file.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function badSegment(segment: string): boolean {
  return (
    segment.startsWith('.') || // '.', '..' and hidden files
    segment.includes(':') || // drive letters and NTFS alternate data streams (index.html::$DATA)
    segment.includes('\\') ||
    segment.includes('%') || // still encoded after decoding once: double encoding, never a real asset
    [...segment].some((c) => c.charCodeAt(0) < 0x20) ||
    /[. ]$/.test(segment) || // Windows silently drops trailing dots and spaces
    WINDOWS_DEVICE.test(segment)
  );
}

/**
 * Resolves a request URL against `rootDir` (the renderer build folder). `pathApi` is node:path by
 * default; tests pass `path.win32` and `path.posix` to check both platforms' rules.
 */
export function resolveAppRequest(
  rawUrl: string,
  method: string,
  rootDir: string,
  pathApi: nodePath.PlatformPath = nodePath,
): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 };

  // Checked on the raw text, because URL parsing would quietly resolve `..` and hide the attempt.
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (rawPath.includes('\\') || ENCODED_TRAVERSAL.test(rawPath)) return { ok: false, status: 403 };
  const prefix = `${APP_SCHEME}://${APP_HOST}`;
  if (!rawPath.toLowerCase().startsWith(`${prefix}/`) && rawPath.toLowerCase() !== prefix) {
    return { ok: false, status: 403 };
  }
  const rawSegments = rawPath.slice(prefix.length).split('/');
  if (rawSegments.some((s) => s === '.' || s === '..')) return { ok: false, status: 403 };

  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(rawUrl).pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  const relative = decoded === '' || decoded.endsWith('/') ? `${decoded}/index.html` : decoded;
  const segments = relative.split('/').filter((s) => s !== '');
  if (segments.length === 0 || segments.some(badSegment)) return { ok: false, status: 403 };

  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, ...segments);
  const inside = pathApi.relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || pathApi.isAbsolute(inside))
    return { ok: false, status: 403 };

  return { ok: true, filePath, contentType: contentTypeFor(filePath) };
}
