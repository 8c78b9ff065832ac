import type { Vault } from '../vault/vault.service';
import { backupIdFor, listBackups, pruneBackups, removePartials } from './backup-folder';
import type { WorkerJob, WorkerReport } from './backup-protocol';
import { readBackupsToKeep } from './keep-setting';
import { startJob, type RunningJob } from './worker-runner';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often, while unlocked, to look whether the newest backup is a day old. */
const TIMER_MS = 60 * 60 * 1000;
/** Copies taken while people keep writing are discarded; after this many, hold the queue. */
const OPTIMISTIC_ATTEMPTS = 2;

export interface BackupsDeps {
  vault: Vault;
  /** The dispatcher's one-at-a-time queue: nothing writes the database or vault file meanwhile. */
  serial: <T>(work: () => Promise<T>) => Promise<T>;
  now: () => Date;
  /** Take backups by themselves (after unlock when a day old, daily, at close). Tests turn it off. */
  automatic: boolean;
}

type Integrity = 'checking' | 'ok' | 'damaged' | null;
type BackupJob = Extract<WorkerJob, { kind: 'backup' }>;

const registry = new WeakMap<Vault, Backups>();
/** The Backups of a core, for its handlers (the handler context carries the vault, not this). */
export const backupsFor = (vault: Vault): Backups | null => registry.get(vault) ?? null;

/**
 * Background integrity checks and rolling backups, in a worker thread so the core stays
 * responsive. Everything here stops at lock: the key must not outlive the session, so there is no
 * backup "on lock" — only while unlocked and at close (before the final lock).
 */
export class Backups {
  private running: RunningJob | null = null;
  private runningKind: 'backing-up' | 'checking' | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  /** Bumped at every lock: work queued in an older session never starts. */
  private session = 0;
  private integrityState: Integrity = null;
  private last: 'ok' | 'failed' | null = null;

  constructor(private readonly deps: BackupsDeps) {
    registry.set(deps.vault, this);
    removePartials(deps.vault.paths.backups);
  }

  integrity(): Integrity {
    return this.integrityState;
  }

  activity(): 'idle' | 'backing-up' | 'checking' {
    return this.runningKind ?? 'idle';
  }

  lastResult(): 'ok' | 'failed' | null {
    return this.last;
  }

  /** After a successful sign-in: check the live database, then back up if the newest is a day old. */
  afterUnlock(): void {
    const session = this.session;
    this.integrityState = 'checking';
    this.enqueue(session, () => this.checkIntegrity(session));
    if (!this.deps.automatic) return;
    this.enqueue(session, () => this.backupIfDue(session));
    this.timer = setInterval(() => this.enqueue(session, () => this.backupIfDue(session)), TIMER_MS);
    this.timer.unref();
  }

  /** "Back up now": queued behind whatever is running; answers at once. */
  requestNow(): void {
    const session = this.session;
    this.enqueue(session, () => this.backupInBackground(session));
  }

  /** Lock: stop at once, never wait. The stopped thread's partial folder is removed when it ends. */
  cancel(): void {
    this.session++;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.integrityState = null;
    const running = this.running;
    if (running) {
      running.stop();
      void running.exited.then(() => removePartials(this.deps.vault.paths.backups));
    }
  }

  /** Resolves once the current thread (if any) has ended. Safe inside the queue (restore). */
  async settled(): Promise<void> {
    await this.running?.exited;
  }

  /** Resolves once nothing is running or queued. Not inside the queue: queued work may need it. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.chain;
      await seen;
    } while (seen !== this.chain);
  }

  /**
   * At close, called inside the dispatcher queue while still unlocked: a final backup if anything
   * was written since the newest one. The process waits for it.
   */
  async beforeClose(): Promise<void> {
    const { vault } = this.deps;
    if (!this.deps.automatic || vault.state() !== 'unlocked') return;
    const head = liveHead(vault);
    const newest = listBackups(vault.paths.backups).find((b) => b.manifest)?.manifest;
    if (newest && newest.auditSeq === head.seq && newest.auditHead === head.hash) return;
    this.cancel();
    await this.running?.exited;
    const job = await this.capture();
    if (job) this.last = (await this.run(job, 'backing-up'))?.kind === 'backed-up' ? 'ok' : 'failed';
  }

  /** Set how many to keep: prune at once (only verified backups count). */
  prune(keep: number): void {
    pruneBackups(this.deps.vault.paths.backups, keep, undefined);
  }

  private enqueue(session: number, work: () => Promise<void>): void {
    this.chain = this.chain
      .then(() => (session === this.session ? work() : undefined))
      .catch(() => undefined);
  }

  private async checkIntegrity(session: number): Promise<void> {
    const { vault } = this.deps;
    if (vault.state() !== 'unlocked') return;
    const material = vault.snapshotMaterial();
    const report = await this.run(
      { kind: 'check', dbPath: vault.paths.database, cipher: material.cipher, key: material.key },
      'checking',
    );
    if (session !== this.session) return;
    this.integrityState = report?.kind === 'checked' ? report.result : null;
  }

  private async backupIfDue(session: number): Promise<void> {
    const newest = listBackups(this.deps.vault.paths.backups).find((b) => b.manifest)?.manifest;
    const age = newest ? this.deps.now().getTime() - new Date(newest.createdAt).getTime() : Infinity;
    if (age >= DAY_MS) await this.backupInBackground(session);
  }

  /**
   * Capture the vault text and audit head inside the queue, copy outside it. A copy whose head no
   * longer matches (someone wrote meanwhile) is discarded and tried again; the last attempt holds
   * the queue for the copy so a busy day still gets its backup.
   */
  private async backupInBackground(session: number): Promise<void> {
    if (this.integrityState === 'damaged') return;
    for (let attempt = 0; attempt <= OPTIMISTIC_ATTEMPTS; attempt++) {
      if (session !== this.session) return;
      const holdQueue = attempt === OPTIMISTIC_ATTEMPTS;
      const report = holdQueue
        ? await this.deps.serial(async () => this.runCaptured(session))
        : await this.runCaptured(session, await this.deps.serial(() => this.capture()));
      if (report?.kind === 'moved') continue;
      if (session === this.session) this.last = report?.kind === 'backed-up' ? 'ok' : 'failed';
      return;
    }
  }

  private async runCaptured(session: number, captured?: BackupJob | null): Promise<WorkerReport | null> {
    const job = captured === undefined ? await this.capture() : captured;
    if (!job || session !== this.session) {
      job?.key.fill(0);
      return null;
    }
    return this.run(job, 'backing-up');
  }

  /** Must run inside the queue (or at close): the vault text and the audit head of one moment. */
  private async capture(): Promise<BackupJob | null> {
    const { vault, now } = this.deps;
    if (vault.state() !== 'unlocked') return null;
    const keep = await readBackupsToKeep(vault.database.dataSource.manager);
    const head = liveHead(vault);
    const material = vault.snapshotMaterial();
    const at = now();
    return {
      kind: 'backup',
      dbPath: vault.paths.database,
      cipher: material.cipher,
      key: material.key,
      backupsDir: vault.paths.backups,
      id: backupIdFor(at),
      createdAt: at.toISOString(),
      headerText: material.headerText,
      expectedHead: head,
      keep,
    };
  }

  private async run(job: WorkerJob, kind: 'backing-up' | 'checking'): Promise<WorkerReport | null> {
    const running = startJob(job);
    this.running = running;
    this.runningKind = kind;
    try {
      return await running.done;
    } finally {
      if (this.running === running) {
        this.running = null;
        this.runningKind = null;
      }
    }
  }
}

/** The live audit head, read on the open connection (inside the queue: no write is in flight). */
function liveHead(vault: Vault): { seq: number; hash: string | null } {
  const row = vault.database.raw
    .prepare('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1')
    .get() as { seq: number; hash: string } | undefined;
  return row ? { seq: row.seq, hash: row.hash } : { seq: 0, hash: null };
}
