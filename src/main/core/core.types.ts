import type { Result } from '../../shared/errors';
import type { LockReason } from './host/protocol';

/** Argon2id parameters for a key slot. Production uses the defaults; see vault/kdf.ts. */
export interface KdfParams {
  opslimit: number;
  memlimit: number;
}

export interface CoreOptions {
  /** Folder holding `vault.json`, `waymark.db` and backups. Created if missing. */
  dataDir: string;
  /**
   * Argon2id cost for new key slots. Only tests lower it, to keep hundreds of sign-ins quick; the
   * core refuses anything under the production floor unless `allowWeakKdf` is also set.
   */
  kdf?: KdfParams;
  allowWeakKdf?: boolean;
  /** Clock, for tests of dates and throttling. */
  now?: () => Date;
}

export interface Core {
  /** The one way in: every channel call goes through the dispatcher pipeline. */
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Lock from outside the renderer (suspend, screen lock, shutdown). */
  lock(reason: LockReason): Promise<void>;
  /** Called whenever the core locks, for any reason. */
  onLocked(listener: (reason: LockReason) => void): () => void;
  /** Lock and release everything (tests, shutdown). */
  close(): Promise<void>;
}
