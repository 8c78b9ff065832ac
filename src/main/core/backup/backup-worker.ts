/**
 * The backup worker thread: integrity checks and backups run here, so a multi-second VACUUM or
 * quick_check never blocks the core's event loop (status, lock). It does one job, reports, and
 * ends; the core stops it at any moment by terminating the thread (lock, shutdown).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkDatabase, runBackup } from './backup-job';
import type { WorkerJob, WorkerReport } from './backup-protocol';

const job = workerData as WorkerJob;
const report = (r: WorkerReport) => parentPort?.postMessage(r);

try {
  if (job.kind === 'check')
    report({ kind: 'checked', result: checkDatabase(job.dbPath, job.cipher, job.key) });
  else report(runBackup(job, report));
} catch {
  // No detail: an error's text may quote a path or data. The core only needs to know it failed.
  report({ kind: 'failed', reason: 'error' });
} finally {
  job.key.fill(0);
}
