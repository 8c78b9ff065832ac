import { fileURLToPath } from 'node:url';

/** Where the browser host finds what global-setup (or dev-browser) built. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
export const BRIDGE_DIR = fileURLToPath(new URL('../../out/test-host/', import.meta.url));
export const BRIDGE_FILE = 'bridge.js';
export const BRIDGE_ENTRY = fileURLToPath(new URL('./bridge-entry.ts', import.meta.url));
