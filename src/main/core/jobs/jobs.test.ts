import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JOB_KINDS, jobKind, type CoreEvent, type JobInfo } from '../../../shared/contract/jobs';
import type { Result } from '../../../shared/errors';
import { settingTable } from '../settings/settings.tables';
import { createCore, type Core } from '../index';
import { ADMIN, FAST_KDF } from '../../../../tests/support/core-fixture';
import { ALL_JOB_KINDS } from './job-kinds';
import { defineJob } from './job.types';

const LEE = { username: 'lee.lead', passphrase: 'Thistle harbour 31 amber fox' };

/** Keys the test read job found, so a test can see what a stopped writing job left behind. */
let seenKeys: string[] = [];

/** Writes two rows per step, with a pause inside the transaction, so a lock can land mid-step. */
const writingJob = defineJob(
  jobKind({
    kind: 'test.write',
    access: 'signed-in',
    input: z.object({ steps: z.number().int() }).strict(),
    label: 'Test writer',
  }),
  async (ctx, input) => {
    for (let step = 1; step <= input.steps; step++) {
      await sleep(10, undefined, { signal: ctx.signal });
      await ctx.transaction(async (em) => {
        const row = (half: string) => ({
          key: `test.job.${step}.${half}`,
          value: '1',
          updatedAt: new Date().toISOString(),
          updatedBy: null,
        });
        await em.getRepository(settingTable.entity).save(row('a'));
        await sleep(30);
        await em.getRepository(settingTable.entity).save(row('b'));
      });
      ctx.progress(step, input.steps);
    }
  },
);

const readingJob = defineJob(
  jobKind({ kind: 'test.read', access: 'signed-in', input: z.object({}).strict(), label: 'Test reader' }),
  async (ctx) => {
    const rows = await ctx.transaction((em) => em.getRepository(settingTable.entity).find());
    seenKeys = rows.map((r) => r.key).filter((k) => k.startsWith('test.job.'));
  },
);

const adminOnlyJob = defineJob(
  jobKind({
    kind: 'test.adminOnly',
    access: ['administrator'],
    input: z.object({}).strict(),
    label: 'Admin',
  }),
  async () => undefined,
);

interface Fixture {
  core: Core;
  dir: string;
  events: CoreEvent[];
  ok<T = unknown>(channel: string, input?: unknown): Promise<T>;
  call(channel: string, input?: unknown): Promise<Result<unknown>>;
  /** Resolves with the job's final state, from the 'job.finished' event. */
  finished(jobId: string): Promise<JobInfo>;
}

async function setUp(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-jobs-'));
  const core = await createCore(
    { dataDir: dir, ...FAST_KDF, automaticBackups: false },
    { channels: new Map(), handlers: new Map(), jobs: [writingJob, readingJob, adminOnlyJob] },
  );
  const events: CoreEvent[] = [];
  core.onEvent((e) => events.push(e));
  const f: Fixture = {
    core,
    dir,
    events,
    call: (channel, input = {}) => core.call(channel, input),
    async ok<T>(channel: string, input: unknown = {}) {
      const r = await core.call(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${JSON.stringify(r.error.fieldErrors)}`);
      return r.value as T;
    },
    async finished(jobId) {
      for (;;) {
        const end = events.find((e) => e.event === 'job.finished' && e.payload.jobId === jobId);
        if (end) return end.payload;
        await sleep(5);
      }
    },
  };
  await f.ok('vault.setup', ADMIN);
  return f;
}

const start = (f: Fixture, kind: string, input?: unknown) =>
  f.ok<{ jobId: string }>('jobs.start', { kind, input }).then((r) => r.jobId);

describe('the job lane', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await setUp();
  });
  afterEach(async () => {
    await f.core.close();
    rmSync(f.dir, { recursive: true, force: true });
  });

  it('implements every kind the contract declares, and no other', () => {
    expect([...ALL_JOB_KINDS.keys()].sort()).toEqual(Object.keys(JOB_KINDS).sort());
  });

  it('reports progress in order, then finishes done', async () => {
    const jobId = await start(f, 'demo.slow', { steps: 5, stepMs: 10 });
    const end = await f.finished(jobId);
    expect(end).toMatchObject({ state: 'done', done: 5, total: 5, kind: 'demo.slow' });
    const mine = f.events.filter((e) => e.payload.jobId === jobId);
    expect(mine.map((e) => `${e.event}:${e.payload.done}`)).toEqual([
      'job.progress:0',
      'job.progress:1',
      'job.progress:2',
      'job.progress:3',
      'job.progress:4',
      'job.progress:5',
      'job.finished:5',
    ]);
    // Nothing but ids, counts, a label, a state and times.
    expect(Object.keys(end).sort()).toEqual(
      ['done', 'finishedAt', 'jobId', 'kind', 'label', 'note', 'startedAt', 'state', 'total'].sort(),
    );
  });

  it('keeps vault.status answering within a few ms while a job with 150 ms steps runs', async () => {
    const jobId = await start(f, 'demo.slow', { steps: 8, stepMs: 150 });
    await sleep(60);
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await f.ok('vault.status');
      latencies.push(performance.now() - t0);
      await sleep(25);
    }
    const progressSeen = f.events.filter((e) => e.payload.jobId === jobId && e.event === 'job.progress');
    expect(progressSeen.length).toBeGreaterThan(2);
    expect(f.events.some((e) => e.event === 'job.finished' && e.payload.jobId === jobId)).toBe(false);
    // Typically 1–3 ms. The median proves status never queues behind the job; the maximum allows
    // for a busy test machine (other files run in parallel) but stays under one 150 ms step.
    latencies.sort((a, b) => a - b);
    expect(latencies[Math.floor(latencies.length / 2)]).toBeLessThan(50);
    expect(latencies.at(-1)).toBeLessThan(150);
    await f.ok('jobs.cancel', { jobId });
  });

  it('is stopped by lock: the job ends cancelled and every step is wholly written or not at all', async () => {
    const jobId = await start(f, 'test.write', { steps: 100 });
    while (!f.events.some((e) => e.payload.jobId === jobId && e.payload.done >= 3)) await sleep(5);
    const t0 = performance.now();
    await f.ok('vault.lock', { reason: 'user' });
    // The lock waits at most for the one step already inside its transaction.
    expect(performance.now() - t0).toBeLessThan(200);
    const end = await f.finished(jobId);
    expect(end.state).toBe('cancelled');
    expect(end.done).toBeLessThan(100);

    await f.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const listed = await f.ok<{ jobs: JobInfo[] }>('jobs.list');
    expect(listed.jobs.find((j) => j.jobId === jobId)?.state).toBe('cancelled');
    const readId = await start(f, 'test.read');
    expect((await f.finished(readId)).state).toBe('done');
    const steps = new Set(seenKeys.map((k) => k.split('.')[2]));
    expect(steps.size).toBeGreaterThanOrEqual(3);
    for (const step of steps) {
      expect(seenKeys, `step ${step}`).toContain(`test.job.${step}.a`);
      expect(seenKeys, `step ${step}`).toContain(`test.job.${step}.b`);
    }
  });

  it('cancels a job by id, and answers NOT_FOUND for an unknown id', async () => {
    const jobId = await start(f, 'demo.slow', { steps: 50, stepMs: 20 });
    await expect(f.ok('jobs.cancel', { jobId })).resolves.toEqual({ cancelled: true });
    expect((await f.finished(jobId)).state).toBe('cancelled');
    await expect(f.ok('jobs.cancel', { jobId })).resolves.toEqual({ cancelled: false });
    const r = await f.call('jobs.cancel', { jobId: '00000000-0000-4000-8000-000000000000' });
    expect(r.ok ? 'OK' : r.error.code).toBe('NOT_FOUND');
  });

  it("neither shows nor cancels someone else's job, and refuses a kind the role may not run", async () => {
    await f.ok('accounts.create', {
      username: LEE.username,
      displayName: 'Lee Lead',
      roles: ['lead_mentor'],
      temporaryPassphrase: 'Granite puffin 42 orchard lamp',
    });
    const adminJob = await start(f, 'demo.slow', { steps: 100, stepMs: 20 });
    await f.ok('vault.lock', { reason: 'user' });
    await f.ok('vault.unlock', { username: LEE.username, passphrase: 'Granite puffin 42 orchard lamp' });
    await f.ok('vault.changePassphrase', {
      currentPassphrase: 'Granite puffin 42 orchard lamp',
      newPassphrase: LEE.passphrase,
    });

    const r = await f.call('jobs.cancel', { jobId: adminJob });
    expect(r.ok ? 'OK' : r.error.code).toBe('NOT_FOUND');
    expect((await f.ok<{ jobs: JobInfo[] }>('jobs.list')).jobs).toEqual([]);

    const refused = await f.call('jobs.start', { kind: 'test.adminOnly', input: {} });
    expect(refused.ok ? 'OK' : refused.error.code).toBe('FORBIDDEN');
    // Lee may run a kind open to anyone signed in.
    const leeJob = await start(f, 'demo.slow', { steps: 1, stepMs: 10 });
    expect((await f.finished(leeJob)).state).toBe('done');

    await f.ok('vault.lock', { reason: 'user' });
    await f.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const denied = await f.ok<{ entries: { action: string; accountName: string }[] }>('audit.list', {
      outcome: 'denied',
    });
    expect(denied.entries).toEqual([
      expect.objectContaining({ action: 'jobs.start', accountName: 'Lee Lead' }),
    ]);
    const started = await f.ok<{ entries: { action: string }[] }>('audit.list', { outcome: 'ok' });
    expect(started.entries.filter((e) => e.action === 'jobs.start').length).toBe(2);
  });

  it('refuses an unknown kind and bad kind input as VALIDATION, starting nothing', async () => {
    const unknown = await f.call('jobs.start', { kind: 'demo.unknown', input: {} });
    expect(unknown.ok ? 'OK' : unknown.error).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { kind: expect.any(String) },
    });
    const bad = await f.call('jobs.start', { kind: 'demo.slow', input: { steps: 0 } });
    expect(bad.ok ? 'OK' : bad.error).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { 'input.steps': 'At least one step.' },
    });
    expect((await f.ok<{ jobs: JobInfo[] }>('jobs.list')).jobs).toEqual([]);
  });
});
