import type { CipherName } from '../db/cipher';

/**
 * Messages between the core and the backup worker thread. The key travels as a copy in
 * `workerData` (structured clone); each side wipes its own copy when done.
 */
export type WorkerJob =
  | { kind: 'check'; dbPath: string; cipher: CipherName; key: Uint8Array }
  | {
      kind: 'backup';
      dbPath: string;
      cipher: CipherName;
      key: Uint8Array;
      backupsDir: string;
      /** Folder name for this backup, from the time it was started (sortable, file-name safe). */
      id: string;
      createdAt: string;
      /** The vault file's text at the moment `expectedHead` was read, saved beside the copy. */
      headerText: string;
      /**
       * The live audit head when the vault text was captured. Every write adds an audit row, so a
       * copy whose head matches holds the database of that same moment; otherwise it is discarded.
       */
      expectedHead: { seq: number; hash: string | null };
      keep: number;
    };

export type WorkerReport =
  | { kind: 'progress'; step: 'copying' | 'verifying' | 'saving' | 'pruning' }
  | { kind: 'checked'; result: 'ok' | 'damaged' }
  | { kind: 'backed-up'; manifest: BackupManifest }
  /** The database changed between capturing the vault text and the copy: nothing was kept. */
  | { kind: 'moved' }
  | { kind: 'failed'; reason: 'damaged' | 'chain' | 'error' };

/** `manifest.json` beside each backup: what was verified, and nothing personal. */
export interface BackupManifest {
  format: 'waymark-backup';
  version: 1;
  createdAt: string;
  schemaVersion: number;
  auditSeq: number;
  auditHead: string | null;
  sizeBytes: number;
  quickCheck: 'ok';
  chain: 'ok';
}
