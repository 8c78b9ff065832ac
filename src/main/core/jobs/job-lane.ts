import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Access, CoreEvent, JobInfo, JobState } from '../../../shared/contract';
import type { Vault } from '../vault/vault.service';
import { JobStopped, type JobContext, type JobImpl } from './job.types';

export interface JobLaneDeps {
  vault: Vault;
  /** The dispatcher's one-at-a-time queue: each job transaction waits its turn like a call. */
  serial: <T>(work: () => Promise<T>) => Promise<T>;
  now: () => Date;
  kinds: ReadonlyMap<string, JobImpl>;
  /** Core → window notices (relayed by the shell to the main window only). */
  emit: (event: CoreEvent) => void;
}

interface JobRecord {
  info: JobInfo;
  owner: string;
  controller: AbortController;
  /** What a job that ended 'done' returned, for its owner only; dropped on lock or when used up. */
  result?: unknown;
}

/** Finished jobs kept per person, so a reloaded window can show how the last ones ended. */
const FINISHED_KEPT = 10;
const NOTE_MAX = 80;

const registry = new WeakMap<Vault, JobLane>();
/** The lane of a core, for its handlers (the handler context carries the vault, not the lane). */
export const laneFor = (vault: Vault): JobLane | null => registry.get(vault) ?? null;

/**
 * Long work beside the call queue. A job runs as ordinary async code, taking the queue only for
 * one short transaction at a time, so calls (and lock) interleave with it. Every lock aborts every
 * job at once and waits for none of them: a step already inside its transaction finishes (the lock
 * is queued behind it), the next step never starts.
 */
export class JobLane {
  private readonly jobs = new Map<string, JobRecord>();
  private readonly reserved = new Map<string, { impl: JobImpl; input: unknown }>();

  constructor(private readonly deps: JobLaneDeps) {
    registry.set(deps.vault, this);
  }

  kind(kind: string): JobImpl | null {
    return this.deps.kinds.get(kind) ?? null;
  }

  /** The access a kind needs; an unknown kind needs only sign-in (it is then refused as invalid). */
  accessOf(kind: string): Access {
    return this.kind(kind)?.def.access ?? 'signed-in';
  }

  /** Hold a checked job until its start is committed (and audited). */
  reserve(jobId: string, impl: JobImpl, input: unknown): void {
    this.reserved.set(jobId, { impl, input });
  }

  release(jobId: string): void {
    this.reserved.delete(jobId);
  }

  /** Start a reserved job. Answers at once; the work runs in the background. */
  begin(jobId: string, owner: string): JobInfo | null {
    const reserved = this.reserved.get(jobId);
    this.reserved.delete(jobId);
    if (!reserved) return null;
    const { impl, input } = reserved;
    const controller = new AbortController();
    const info: JobInfo = {
      jobId,
      kind: impl.def.kind,
      label: impl.def.label,
      state: 'running',
      done: 0,
      total: 0,
      note: null,
      startedAt: this.deps.now().toISOString(),
      finishedAt: null,
    };
    const record: JobRecord = { info, owner, controller };
    this.jobs.set(jobId, record);
    const ctx = this.contextFor(record);
    void Promise.resolve()
      .then(() => impl.run(ctx, input))
      .then(
        (result) => this.finish(record, controller.signal.aborted ? 'cancelled' : 'done', result),
        () => this.finish(record, controller.signal.aborted ? 'cancelled' : 'failed'),
      );
    return { ...info };
  }

  /** Stop one of the owner's jobs. Null when there is no such job of theirs. */
  cancel(jobId: string, owner: string): boolean | null {
    const record = this.jobs.get(jobId);
    if (!record || record.owner !== owner) return null;
    if (record.info.state !== 'running') return false;
    record.controller.abort();
    return true;
  }

  /** Lock: abort every job now, wait for none. */
  abortAll(): void {
    this.reserved.clear();
    for (const record of this.jobs.values()) {
      if (record.info.state === 'running') record.controller.abort();
      // Results can hold personal data (an import's preview): none outlives the session.
      record.result = undefined;
    }
  }

  /**
   * The result of one of the owner's jobs of this kind that ended 'done' and is still kept, or
   * null (someone else's job, another kind, not finished, or already used up or locked away).
   */
  result(jobId: string, owner: string, kind: string): unknown {
    const record = this.jobs.get(jobId);
    if (!record || record.owner !== owner || record.info.kind !== kind) return null;
    return record.info.state === 'done' ? (record.result ?? null) : null;
  }

  /** Drop a kept result (used, or cancelled by its owner). True when there was one. */
  forgetResult(jobId: string, owner: string): boolean {
    const record = this.jobs.get(jobId);
    if (!record || record.owner !== owner || record.result === undefined) return false;
    record.result = undefined;
    return true;
  }

  /** The owner's jobs, newest first. */
  list(owner: string): JobInfo[] {
    return [...this.jobs.values()]
      .filter((r) => r.owner === owner)
      .map((r) => ({ ...r.info }))
      .reverse();
  }

  private contextFor(record: JobRecord): JobContext {
    const { signal } = record.controller;
    const { vault } = this.deps;
    return {
      signal,
      progress: (done, total, note) => {
        if (signal.aborted || record.info.state !== 'running') return;
        const t = Math.max(0, Math.floor(total));
        record.info.total = t;
        record.info.done = Math.min(Math.max(0, Math.floor(done)), t);
        record.info.note = note ? note.slice(0, NOTE_MAX) : null;
        this.deps.emit({ event: 'job.progress', payload: { ...record.info } });
      },
      transaction: <T>(work: (em: EntityManager) => Promise<T>) =>
        this.deps.serial(async () => {
          // Checked inside the queue: a lock queued before this step has already happened.
          const sameSession = vault.state() === 'unlocked' && vault.session?.accountId === record.owner;
          if (signal.aborted || !sameSession) throw new JobStopped();
          return vault.database.dataSource.transaction(work);
        }),
    };
  }

  private finish(record: JobRecord, state: JobState, result?: unknown): void {
    // A lock that landed after the last step still counts: the session it belonged to is over.
    const sameSession =
      this.deps.vault.state() === 'unlocked' && this.deps.vault.session?.accountId === record.owner;
    record.result = state === 'done' && sameSession ? result : undefined;
    record.info.state = state;
    record.info.finishedAt = this.deps.now().toISOString();
    this.deps.emit({ event: 'job.finished', payload: { ...record.info } });
    this.forgetOldFinished(record.owner);
  }

  private forgetOldFinished(owner: string): void {
    const finished = [...this.jobs.values()].filter((r) => r.owner === owner && r.info.state !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT))) {
      this.jobs.delete(old.info.jobId);
    }
  }
}

export const newJobId = (): string => randomUUID();
