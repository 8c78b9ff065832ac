import { build } from 'vite';
import { rendererConfig } from '../../vite.renderer.config';
import { BRIDGE_DIR, BRIDGE_ENTRY, BRIDGE_FILE, REPO_ROOT } from './paths';

/**
 * Run a build as production even inside vitest, which sets NODE_ENV=test (Vite would then bundle
 * React's development build, which logs to the console).
 */
async function asProduction<T>(work: () => Promise<T>): Promise<T> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await work();
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/** Build the renderer exactly as the app ships it (out/renderer). */
export async function buildRenderer(): Promise<void> {
  await asProduction(() =>
    build({ ...rendererConfig, configFile: false, mode: 'production', logLevel: 'warn' }),
  );
}

/** Bundle the preload's buildApi into a script the host injects before the renderer loads. */
export async function buildBridge(): Promise<void> {
  await asProduction(() =>
    build({
      configFile: false,
      root: REPO_ROOT,
      logLevel: 'warn',
      build: {
        outDir: BRIDGE_DIR,
        emptyOutDir: true,
        minify: false,
        lib: {
          entry: BRIDGE_ENTRY,
          formats: ['iife'],
          name: 'WaymarkTestBridge',
          fileName: () => BRIDGE_FILE,
        },
      },
    }),
  );
}

/** Everything the browser host serves. */
export async function buildBrowserHostAssets(): Promise<void> {
  await buildRenderer();
  await buildBridge();
}
