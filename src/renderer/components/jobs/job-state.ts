import type { JobInfo } from '../../../shared/contract';

/** Of two views of the same job (an event, a list answer), the one further along. */
export function furtherAlong(a: JobInfo | undefined, b: JobInfo): JobInfo {
  if (!a) return b;
  if (a.state !== 'running' && b.state === 'running') return a;
  if (b.state !== 'running' && a.state === 'running') return b;
  return b.done >= a.done ? b : a;
}

export function percent(job: JobInfo): number {
  if (job.state === 'done') return 100;
  return job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
}

/** What the bar says beside its label. */
export function stateText(job: JobInfo): string {
  switch (job.state) {
    case 'running':
      return job.total > 0 ? `Step ${job.done} of ${job.total}` : 'Starting…';
    case 'done':
      return 'Finished';
    case 'cancelled':
      return `Stopped at step ${job.done} of ${job.total}`;
    case 'failed':
      return 'Did not finish';
  }
}

/**
 * What a screen reader hears: the start, each quarter, and the end — not every step, which would
 * talk over everything else on the screen.
 */
export function announcement(job: JobInfo): string {
  if (job.state === 'done') return `${job.label} finished.`;
  if (job.state === 'cancelled') return `${job.label} stopped.`;
  if (job.state === 'failed') return `${job.label} did not finish.`;
  const quarter = Math.floor(percent(job) / 25) * 25;
  return quarter === 0 ? `${job.label} started.` : `${job.label} ${quarter}% done.`;
}
