/**
 * The one Content-Security-Policy for the renderer. The Electron shell sends it as a response
 * header on every `app://waymark/` page, the renderer's index.html carries it in a meta tag, and
 * the browser test host serves it too, so every place the renderer runs enforces the same rules.
 *
 * - No inline or remote script, no eval: script only from the app's own bundle.
 * - Mantine injects style attributes and <style> tags at run time, hence 'unsafe-inline' for
 *   styles only (styles cannot run code).
 * - Images may be data:/blob: URLs (generated previews, icons); nothing is fetched from anywhere
 *   but the app itself, so no record can leave the machine through the page.
 * - No plugins, no <base> rewriting, no framing of the app, no form posts.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
