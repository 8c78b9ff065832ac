import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { JobKindDef } from '../../../shared/contract/jobs';

/**
 * What a running job may do. It never holds the dispatcher's queue across an await: each
 * `transaction` queues ONE short transaction like a call, so `vault.status`, other calls and
 * lock are never kept waiting for more than one step.
 */
export interface JobContext {
  /** Aborted when the person cancels the job or when the core locks (for any reason). */
  readonly signal: AbortSignal;
  /** Report progress: `done` of `total` steps, with a short non-personal note. */
  progress(done: number, total: number, note?: string): void;
  /**
   * Run one short transaction in the dispatcher's queue. Throws (and runs nothing) once the job
   * is stopped or the core is locked, so a step is either wholly committed or not started.
   *
   * Reads only for now: writes would need the audit row that every change carries, and only the
   * dispatcher appends those. The first job kind that writes records adds that path.
   */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
}

/** A job kind's implementation: its shared declaration (access, input, label) and its work. */
export interface JobImpl<I extends z.ZodType = z.ZodType> {
  readonly def: JobKindDef<I>;
  /** The result stays in the core (never in events); keep it to ids and counts. */
  run(ctx: JobContext, input: z.output<I>): Promise<unknown>;
}

export function defineJob<I extends z.ZodType>(
  def: JobKindDef<I>,
  run: (ctx: JobContext, input: z.output<I>) => Promise<unknown>,
): JobImpl {
  return { def, run } as unknown as JobImpl;
}

/** Thrown by `transaction` once the job has been stopped; ends the job as 'cancelled'. */
export class JobStopped extends Error {
  constructor() {
    super('job stopped');
    this.name = 'JobStopped';
  }
}
