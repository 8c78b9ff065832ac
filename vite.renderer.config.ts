import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/csp';

const PLACEHOLDER = '%WAYMARK_CSP%';

/**
 * The policy a <meta> tag can carry: `frame-ancestors` only works as a response header (the
 * Electron shell and the browser test host send the full policy as one), and Chromium logs an
 * error for it in a meta tag, so it is left out here. Everything else is the same string.
 */
export const META_CSP = CONTENT_SECURITY_POLICY.split(';')
  .map((d) => d.trim())
  .filter((d) => d && !d.startsWith('frame-ancestors'))
  .join('; ');

/** Writes the CSP from src/shared/csp.ts into index.html, so there is one source for the policy. */
function cspMetaTag(): Plugin {
  return {
    name: 'waymark-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(PLACEHOLDER))
          throw new Error(`index.html must carry the ${PLACEHOLDER} placeholder`);
        return html.replace(PLACEHOLDER, META_CSP);
      },
    },
  };
}

/** The renderer build, reused by electron.vite.config.ts and by the browser test host's build. */
export const rendererConfig: UserConfig = {
  root: fileURLToPath(new URL('./src/renderer', import.meta.url)),
  base: './',
  plugins: [react(), cspMetaTag()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    // electron-vite turns minification off for the renderer unless asked, so the shipped bundle
    // was twice its size; this is Vite's own default minifier (oxc; CSS follows it). The browser
    // test host's build (tests/host/build.ts) already had this default. `electron-vite dev` serves
    // unbundled sources from its dev server, so debugging there is unchanged. No sourcemap, as before.
    minify: 'oxc',
    // No inline data: modules for scripts; assets are small files next to index.html.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
};

export default defineConfig(rendererConfig);
