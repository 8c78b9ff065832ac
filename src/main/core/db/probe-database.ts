import { existsSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, checkKey, type CipherName } from './cipher';

/**
 * Open the database read-only with a key, run `inspect`, and close it again, leaving the data
 * folder exactly as it was. Unlock decides everything here first (right key? older than the
 * anchor? vault file older than the database? account still enabled?) and only opens for writing
 * once it will go ahead, because a read-write open replays and then checkpoints the WAL into the
 * main file: a refused open must not change a byte. SQLite may have to create `-shm` to read a
 * WAL; if it was not there before, it is removed afterwards.
 */
export function withReadOnlyDatabase<T>(
  path: string,
  cipher: CipherName,
  key: Uint8Array,
  inspect: (db: Database.Database) => T,
): T {
  const shm = `${path}-shm`;
  const wal = `${path}-wal`;
  const hadShm = existsSync(shm);
  const hadWal = existsSync(wal);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, cipher, key);
    checkKey(db);
    return inspect(db);
  } finally {
    db.close();
    if (!hadShm) rmSync(shm, { force: true });
    // A read-only open of a WAL database may leave an empty log behind; it held nothing.
    if (!hadWal && existsSync(wal) && statSync(wal).size === 0) rmSync(wal, { force: true });
  }
}
