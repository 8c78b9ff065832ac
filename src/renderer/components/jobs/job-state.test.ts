import { describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../shared/contract';
import { announcement, furtherAlong, percent, stateText } from './job-state';

const job = (over: Partial<JobInfo> = {}): JobInfo => ({
  jobId: 'j',
  kind: 'demo.slow',
  label: 'Slow test job',
  state: 'running',
  done: 3,
  total: 12,
  note: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  ...over,
});

describe('job state for the progress bar', () => {
  it('prefers the view further along, and an ending over any progress', () => {
    expect(furtherAlong(undefined, job()).done).toBe(3);
    expect(furtherAlong(job({ done: 5 }), job({ done: 4 })).done).toBe(5);
    expect(furtherAlong(job({ state: 'cancelled', done: 2 }), job({ done: 9 })).state).toBe('cancelled');
    expect(furtherAlong(job({ done: 9 }), job({ state: 'cancelled', done: 2 })).state).toBe('cancelled');
  });

  it('gives a percentage and plain words', () => {
    expect(percent(job())).toBe(25);
    expect(percent(job({ total: 0, done: 0 }))).toBe(0);
    expect(percent(job({ state: 'done', done: 12 }))).toBe(100);
    expect(stateText(job())).toBe('Step 3 of 12');
    expect(stateText(job({ state: 'cancelled' }))).toBe('Stopped at step 3 of 12');
  });

  it('announces only the start, each quarter and the end', () => {
    expect(announcement(job({ done: 1 }))).toBe('Slow test job started.');
    expect(announcement(job({ done: 2 }))).toBe('Slow test job started.');
    expect(announcement(job({ done: 7 }))).toBe('Slow test job 50% done.');
    expect(announcement(job({ state: 'cancelled' }))).toBe('Slow test job stopped.');
  });
});
