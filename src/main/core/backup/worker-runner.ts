import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { WorkerJob, WorkerReport } from './backup-protocol';

/**
 * Where the worker's entry file is. In source (tests, tsx) it is the .ts beside this file, run
 * through tsx; in the Electron build it is `backup-worker.js`, a separate entry of the main
 * bundle (electron.vite.config.ts) that lands in out/main beside the bundle importing this code.
 */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = import.meta.url;
  const fromSource = here.endsWith('.ts');
  if (fromSource)
    return { file: fileURLToPath(new URL('./backup-worker.ts', here)), execArgv: ['--import', 'tsx'] };
  // The bundler may place this code in out/main or in out/main/chunks: look beside, then above.
  const candidates = ['./backup-worker.js', '../backup-worker.js'].map((n) =>
    fileURLToPath(new URL(n, here)),
  );
  return { file: candidates.find((f) => existsSync(f)) ?? candidates[0]!, execArgv: [] };
}

export interface RunningJob {
  /** Settles with the worker's last report, or null when it was stopped or crashed. */
  readonly done: Promise<WorkerReport | null>;
  /** Settles once the thread has really ended (its files are closed). */
  readonly exited: Promise<void>;
  /** Stop now without waiting. */
  stop(): void;
}

/**
 * Start one job in its own thread. The key is copied into the thread and wiped here at once;
 * the thread wipes its copy when it finishes.
 */
export function startJob(job: WorkerJob, onProgress?: (report: WorkerReport) => void): RunningJob {
  const { file, execArgv } = workerEntry();
  const worker = new Worker(file, { workerData: job, execArgv, stdout: true, stderr: true });
  job.key.fill(0);
  let last: WorkerReport | null = null;
  let settle!: (r: WorkerReport | null) => void;
  const done = new Promise<WorkerReport | null>((resolve) => (settle = resolve));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (report: WorkerReport) => {
    if (report.kind === 'progress') onProgress?.(report);
    else last = report;
  });
  // Errors carry no detail outward (they may quote a path); a null result means "did not finish".
  worker.on('error', () => undefined);
  worker.once('exit', () => settle(last));
  return {
    done,
    exited,
    stop: () => {
      last = null;
      void worker.terminate();
    },
  };
}
