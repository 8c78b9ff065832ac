import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

/**
 * Three builds into out/: main (the shell and the core's utility-process entry), preload and
 * renderer. The renderer section is the renderer's own config, so the Electron build and the
 * browser test host build the very same bundle.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle everything except the packages that cannot be bundled: the native SQLite binding (a
      // .node file, unpacked from the asar), TypeORM (loads drivers dynamically) and pdfkit.
      externalizeDeps: false,
      rolldownOptions: {
        input: {
          index: 'src/main/index.ts',
          'utility-entry': 'src/main/core/host/utility-entry.ts',
          // Backups and integrity checks run in a worker thread started from the core (worker-runner.ts).
          'backup-worker': 'src/main/core/backup/backup-worker.ts',
        },
        // pdfkit (under @react-pdf/renderer) loads its standard fonts with a package-internal
        // require ('#standard-fonts/Helvetica'), which only resolves from its own package folder.
        external: ['better-sqlite3-multiple-ciphers', 'typeorm', /^typeorm\//, 'pdfkit'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing from node_modules: bundle the contract and zod in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: 'src/preload/index.ts' },
        // Sandboxed preloads must be CommonJS; .cjs because package.json says "type": "module".
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
