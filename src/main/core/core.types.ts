import type { CoreEvent } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { LockReason } from '../../shared/lock-reason';
import type { KdfParams } from './crypto/kdf';
import type { RotationHooks } from './vault/rotation';

export type { KdfParams };

export interface CoreOptions {
  /** Folder holding `vault.json`, `waymark.db` and backups. Created if missing. */
  dataDir: string;
  /**
   * Argon2id cost for new key slots. Only tests lower it, to keep hundreds of sign-ins quick; the
   * core refuses anything under the production floor unless `allowWeakKdf` is also set.
   */
  kdf?: KdfParams;
  allowWeakKdf?: boolean;
  /**
   * Back up by itself (after sign-in when the newest backup is a day old, daily while signed in,
   * and at close). On unless turned off; the test fixture turns it off so tests stay predictable.
   */
  automaticBackups?: boolean;
  /** Clock, for tests of dates and throttling. */
  now?: () => Date;
  /**
   * A folder outside the data folder (the user's profile) for a second copy of the failed sign-in
   * count, so deleting `throttle.json` neither resets it nor hides failures. The Electron shell
   * passes its userData folder; left out, there is only the copy in the data folder.
   */
  throttleMirrorDir?: string;
  /** How often the core checks whether it has been idle too long (ms). Tests shorten it. */
  idleCheckMs?: number;
  /**
   * Check every handler's output against its channel's schema. On by default except in the
   * production build (where it would only cost time: the tests have run it on every channel).
   */
  checkOutputs?: boolean;
  /** Tests only: called at each step of a data-key rotation. */
  rotationHooks?: RotationHooks;
}

export interface Core {
  /** The one way in: every channel call goes through the dispatcher pipeline. */
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Lock from outside the renderer (suspend, screen lock, shutdown). */
  lock(reason: LockReason): Promise<void>;
  /** Called whenever the core locks, for any reason. */
  onLocked(listener: (reason: LockReason) => void): () => void;
  /** Core → window notices (job progress); plain non-personal data, relayed to the main window only. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
  /** Lock and release everything (tests, shutdown). */
  close(): Promise<void>;
}
