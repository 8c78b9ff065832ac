import { z } from 'zod';
import type { Access } from './define';
import { defineArea } from './define';
import { empty } from './common';
import { readMentorSheetInput } from './mentor-import';

/**
 * The job lane: long work (PDFs, imports, bundles, backups) that runs beside the call queue, in
 * short transactions of its own, reporting progress to the window and stopped by every lock.
 *
 * A job kind is declared here once, with its access rule (as a channel has one) and its input
 * schema; the core's implementation lives in src/main/core/jobs/. `jobs.start` is permitted only
 * when the caller's roles satisfy the kind's own access, checked by the dispatcher.
 */
export interface JobKindDef<I extends z.ZodType = z.ZodType> {
  /** `area.name`, as written in the audit row's detail. */
  readonly kind: string;
  readonly access: Access;
  readonly input: I;
  /** A short, non-personal label the progress bar shows. */
  readonly label: string;
}

export function jobKind<I extends z.ZodType>(def: JobKindDef<I>): JobKindDef<I> {
  return Object.freeze({ ...def });
}

export const JOB_KIND_PATTERN = /^[a-z]+\.[a-zA-Z]+$/;

/**
 * `demo.slow` exists only to prove the lane: N steps of about 150 ms, each one short transaction
 * reading something cheap. It keeps the app usable, reports progress and stops on lock. It will be
 * replaced by the real kinds (PDF bundles, imports, backups) and is offered only in Settings →
 * Diagnostics, to administrators.
 */
export const demoSlowInput = z
  .object({
    steps: z
      .number({ message: 'Enter a number of steps.' })
      .int('Enter a whole number of steps.')
      .min(1, 'At least one step.')
      .max(200, 'At most 200 steps.')
      .default(20),
    stepMs: z
      .number({ message: 'Enter a step time in milliseconds.' })
      .int('Enter a whole number of milliseconds.')
      .min(10, 'At least 10 ms a step.')
      .max(2000, 'At most 2000 ms a step.')
      .default(150),
  })
  .strict();

export const JOB_KINDS = {
  'demo.slow': jobKind({
    kind: 'demo.slow',
    // Any signed-in person may run it: it reads nothing personal. The screen offers it only to
    // administrators (Diagnostics); the core would allow anyone signed in.
    access: 'signed-in',
    input: demoSlowInput,
    label: 'Slow test job',
  }),
  // Reads a spreadsheet of mentors and checks every row; the preview stays in the core.
  'import.mentors': jobKind({
    kind: 'import.mentors',
    access: ['coordinator'],
    input: readMentorSheetInput,
    label: 'Reading the mentor spreadsheet',
  }),
} as const;

export type JobKindName = keyof typeof JOB_KINDS;
export type JobInputOf<K extends JobKindName> = z.input<(typeof JOB_KINDS)[K]['input']>;

export type JobState = JobInfo['state'];

/** One job as the window sees it: ids, counts and a short label only, never personal data. */
export const jobInfoSchema = z.object({
  jobId: z.string(),
  kind: z.string(),
  label: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number(),
  total: z.number(),
  /** A short, non-personal note for the current step (e.g. "Step 3"), or null. */
  note: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobInfo = z.infer<typeof jobInfoSchema>;

/** Core → window notices. Plain data; the shell and the browser host relay only these. */
export type CoreEvent =
  { event: 'job.progress'; payload: JobInfo } | { event: 'job.finished'; payload: JobInfo };
export type CoreEventName = CoreEvent['event'];
export const CORE_EVENT_NAMES: readonly CoreEventName[] = ['job.progress', 'job.finished'];

const jobId = z.string({ message: 'Choose a job.' }).uuid('Choose a job from the list.');

export const startJobInput = z
  .object({
    kind: z.string({ message: 'Choose a job.' }).regex(JOB_KIND_PATTERN, 'Choose a job Waymark knows.'),
    // Checked against the kind's own schema by the core once the kind is known.
    input: z.unknown().optional(),
  })
  .strict();

export const cancelJobInput = z.object({ jobId }).strict();

/**
 * Jobs carry ids, counts and a short label, nothing about anyone: `reference`, which every role
 * reads (any signed-in person may run a job, and `after` starts it from the answer's id).
 */
export const jobsChannels = defineArea('jobs', {
  start: {
    kind: 'write',
    input: startJobInput,
    output: z.object({ jobId: z.string() }),
    classes: ['reference'],
    // The least any kind needs; the kind's own access is checked on top by the dispatcher.
    access: 'signed-in',
    label: 'Start a background job',
    summary: 'Start a long job in the background; progress arrives as job events.',
    examples: {
      valid: [{ kind: 'demo.slow', input: { steps: 2 } }],
      invalid: [
        {},
        { kind: 'DROP TABLE' },
        { kind: 'demo.unknown', input: {} },
        { kind: 'demo.slow', input: { steps: 0 } },
        { kind: 'demo.slow', input: { steps: 5, path: '/etc' } },
        { kind: 'demo.slow', extra: 1 },
      ],
    },
  },
  cancel: {
    kind: 'write',
    input: cancelJobInput,
    output: z.object({ cancelled: z.boolean() }),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Cancel a background job',
    summary: 'Stop one of your own running jobs.',
    examples: {
      valid: [{ jobId: '00000000-0000-4000-8000-000000000000' }],
      invalid: [{}, { jobId: 'not-a-uuid' }, { jobId: 42 }],
    },
  },
  list: {
    kind: 'read',
    input: empty,
    output: z.object({ jobs: z.array(jobInfoSchema) }),
    classes: ['reference'],
    access: 'signed-in',
    label: 'View background jobs',
    summary: 'Your running and recently finished jobs, with their progress.',
    examples: { valid: [{}], invalid: [{ mine: false }] },
  },
});
