import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * The page cipher. AEGIS-256 was fastest in `npm run bench` and within the 1.3× plaintext goal
 * (see BENCHMARKS.md); chacha20 and sqlcipher are kept so a vault created with them still opens.
 */
export type CipherName = 'aegis' | 'chacha20' | 'sqlcipher';
export const DEFAULT_CIPHER: CipherName = 'aegis';

/** Set the cipher and raw key; must run before anything else touches the file. */
export function applyKey(db: Database.Database, cipher: CipherName, key: Uint8Array): void {
  db.pragma(`cipher='${cipher}'`);
  db.pragma(`key="x'${Buffer.from(key).toString('hex')}'"`);
}

/**
 * SQLite answers "ok" to PRAGMA key even with the wrong key; the first real read fails instead.
 * Reading the schema forces page 1 to be decrypted and authenticated.
 */
export function checkKey(db: Database.Database): void {
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}

/** The durability and hygiene pragmas every connection uses. */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
}
