import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, checkKey, type CipherName } from '../db/cipher';
import { verifyAuditChainRaw } from '../audit/verify-raw';
import { writeFileAtomic } from '../vault/atomic-file';
import { parseHeader, type VaultHeader } from '../vault/header';
import { BACKUP_DB, BACKUP_MANIFEST, BACKUP_VAULT, PARTIAL_SUFFIX, pruneBackups } from './backup-folder';
import type { BackupManifest, WorkerJob, WorkerReport } from './backup-protocol';
import { fsyncPath } from '../db/fsync';

type Progress = (report: WorkerReport) => void;

/** Open a database file with the key; read-only unless we are about to write it. */
function openKeyed(path: string, cipher: CipherName, key: Uint8Array, readonly: boolean): Database.Database {
  const db = new Database(path, { readonly, fileMustExist: true });
  try {
    applyKey(db, cipher, key);
    checkKey(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** `quick_check` on a file: 'damaged' for any failure to open or read it with this key. */
export function checkDatabase(path: string, cipher: CipherName, key: Uint8Array): 'ok' | 'damaged' {
  let db: Database.Database | undefined;
  try {
    db = openKeyed(path, cipher, key, true);
    return db.pragma('quick_check', { simple: true }) === 'ok' ? 'ok' : 'damaged';
  } catch {
    return 'damaged';
  } finally {
    db?.close();
  }
}

export type CopyVerification =
  | { ok: true; schemaVersion: number; auditSeq: number; auditHead: string | null }
  | { ok: false; reason: 'damaged' | 'chain' };

/** What a restore or a backup needs to know a copy is sound: opens, quick_check, chain. */
export function verifyCopy(path: string, header: VaultHeader, key: Uint8Array): CopyVerification {
  let db: Database.Database | undefined;
  try {
    db = openKeyed(path, header.cipher, key, true);
    if (db.pragma('quick_check', { simple: true }) !== 'ok') return { ok: false, reason: 'damaged' };
    const chain = verifyAuditChainRaw(db, key, header);
    if (!chain.ok) return { ok: false, reason: 'chain' };
    return {
      ok: true,
      schemaVersion: Number(db.pragma('user_version', { simple: true })),
      auditSeq: chain.rowsChecked,
      auditHead: chain.head,
    };
  } catch {
    return { ok: false, reason: 'damaged' };
  } finally {
    db?.close();
  }
}

/**
 * Take one backup: VACUUM INTO a `.partial` folder (SQLite3 Multiple Ciphers writes the copy
 * with the source's cipher and key; a test proves no plaintext reaches it), verify the copy, save
 * the vault text and manifest, then rename the folder into place and prune to the newest `keep`.
 */
export function runBackup(job: Extract<WorkerJob, { kind: 'backup' }>, progress: Progress): WorkerReport {
  const partial = join(job.backupsDir, `${job.id}${PARTIAL_SUFFIX}`);
  const final = join(job.backupsDir, job.id);
  mkdirSync(partial, { recursive: true, mode: 0o700 });
  const copy = join(partial, BACKUP_DB);
  try {
    progress({ kind: 'progress', step: 'copying' });
    const source = openKeyed(job.dbPath, job.cipher, job.key, true);
    try {
      source.prepare('VACUUM INTO ?').run(copy);
    } finally {
      source.close();
    }
    progress({ kind: 'progress', step: 'verifying' });
    const verified = verifyCopy(copy, parseHeader(job.headerText), job.key);
    if (!verified.ok) {
      rmSync(partial, { recursive: true, force: true });
      return { kind: 'failed', reason: verified.reason };
    }
    if (verified.auditSeq !== job.expectedHead.seq || verified.auditHead !== job.expectedHead.hash) {
      rmSync(partial, { recursive: true, force: true });
      return { kind: 'moved' };
    }
    progress({ kind: 'progress', step: 'saving' });
    fsyncPath(copy);
    const manifest: BackupManifest = {
      format: 'waymark-backup',
      version: 1,
      createdAt: job.createdAt,
      schemaVersion: verified.schemaVersion,
      auditSeq: verified.auditSeq,
      auditHead: verified.auditHead,
      sizeBytes: statSync(copy).size,
      quickCheck: 'ok',
      chain: 'ok',
    };
    writeFileAtomic(join(partial, BACKUP_VAULT), job.headerText);
    writeFileAtomic(join(partial, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(partial, final);
    fsyncPath(job.backupsDir);
    progress({ kind: 'progress', step: 'pruning' });
    pruneBackups(job.backupsDir, job.keep);
    return { kind: 'backed-up', manifest };
  } catch {
    rmSync(partial, { recursive: true, force: true });
    return { kind: 'failed', reason: 'error' };
  }
}
