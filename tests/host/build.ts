import { build } from 'vite';
import { rendererConfig } from '../../vite.renderer.config';
import { BRIDGE_DIR, BRIDGE_ENTRY, BRIDGE_FILE, REPO_ROOT } from './paths';

/** Build the renderer exactly as the app ships it (out/renderer). */
export async function buildRenderer(): Promise<void> {
  await build({ ...rendererConfig, configFile: false, logLevel: 'warn' });
}

/** Bundle the preload's buildApi into a script the host injects before the renderer loads. */
export async function buildBridge(): Promise<void> {
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    build: {
      outDir: BRIDGE_DIR,
      emptyOutDir: true,
      minify: false,
      lib: { entry: BRIDGE_ENTRY, formats: ['iife'], name: 'WaymarkTestBridge', fileName: () => BRIDGE_FILE },
    },
  });
}

/** Everything the browser host serves. */
export async function buildBrowserHostAssets(): Promise<void> {
  await buildRenderer();
  await buildBridge();
}
