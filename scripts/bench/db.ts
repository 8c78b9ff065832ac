// Opening a database the way the app does: cipher scheme, raw 32-byte key, wrong-key check, then the
// production pragmas. Every variant (plaintext included) goes through this one function so the
// comparison only differs in the cipher.
import Database from 'better-sqlite3-multiple-ciphers';

export type Cipher = 'aegis' | 'chacha20' | 'sqlcipher';

export interface Variant {
  /** Column label in the tables. */
  name: string;
  /** SQLite3MultipleCiphers scheme, or null for a plaintext database (no key at all). */
  cipher: Cipher | null;
  /**
   * Per-scheme pragmas set after `cipher=` and before `key=`. None are needed: the defaults are the
   * current formats (AEGIS-256; ChaCha20-Poly1305; SQLCipher 4, i.e. legacy=0). Kept as a hook.
   */
  schemePragmas: string[];
  /** Scheme parameters read back and printed, to show which format was in effect. */
  reportedParams: string[];
}

export const VARIANTS: Variant[] = [
  { name: 'plaintext', cipher: null, schemePragmas: [], reportedParams: [] },
  { name: 'aegis', cipher: 'aegis', schemePragmas: [], reportedParams: ['algorithm'] },
  { name: 'chacha20', cipher: 'chacha20', schemePragmas: [], reportedParams: ['legacy'] },
  {
    name: 'sqlcipher',
    cipher: 'sqlcipher',
    schemePragmas: [],
    reportedParams: ['legacy', 'hmac_algorithm', 'kdf_algorithm'],
  },
];

/** The variant for a vault's cipher (a vault.json names its scheme). */
export function variantFor(cipher: Cipher): Variant {
  const v = VARIANTS.find((x) => x.cipher === cipher);
  if (!v) throw new Error(`unknown cipher ${cipher}`);
  return v;
}

/** The production connection pragmas (src/main/core/db/cipher.ts), applied identically to every variant. */
export const PRODUCTION_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'secure_delete = ON',
  'temp_store = MEMORY',
  'foreign_keys = ON',
];

export const CHECK_SQL = 'SELECT count(*) FROM sqlite_master';

export function toHex(key: Uint8Array): string {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('hex');
}

/** Set the scheme and the raw key (`x'<64 hex>'`: the bytes are the page key, no passphrase KDF). */
export function applyKey(
  db: Database.Database,
  cipher: Cipher,
  keyHex: string,
  schemePragmas: string[] = [],
): void {
  if (!/^[0-9a-fA-F]{64}$/.test(keyHex)) throw new Error('The raw key must be 32 bytes (64 hex digits).');
  db.pragma(`cipher='${cipher}'`);
  for (const p of schemePragmas) db.pragma(p);
  db.pragma(`key="x'${keyHex}'"`);
}

/** Throws (SQLITE_NOTADB) when the key is wrong: the first page cannot be decrypted. */
export function checkKey(db: Database.Database): void {
  db.prepare(CHECK_SQL).pluck().get();
}

export function applyProductionPragmas(db: Database.Database): void {
  for (const p of PRODUCTION_PRAGMAS) db.pragma(p);
  const mode = db.pragma('journal_mode', { simple: true });
  if (mode !== 'wal') throw new Error(`journal_mode is ${String(mode)}, expected wal`);
}

/** Open (or create) `file` as `variant`: cipher + key + check + production pragmas. */
export function openDatabase(file: string, variant: Variant, keyHex: string): Database.Database {
  const db = new Database(file);
  try {
    if (variant.cipher) applyKey(db, variant.cipher, keyHex, variant.schemePragmas);
    checkKey(db);
    applyProductionPragmas(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** `PRAGMA cipher` and the scheme parameters as SQLite3MultipleCiphers reports them. */
export function describeCipher(db: Database.Database, variant: Variant): string {
  if (!variant.cipher) return 'none (no key)';
  const parts = [`cipher=${String(db.pragma('cipher', { simple: true }))}`];
  for (const p of variant.reportedParams) parts.push(`${p}=${String(db.pragma(p, { simple: true }))}`);
  return parts.join(' ');
}

export function libraryVersions(): { sqlite: string; sqlite3mc: string } {
  const db = new Database(':memory:');
  try {
    const row = db.prepare('SELECT sqlite_version() AS sqlite, sqlite3mc_version() AS mc').get() as {
      sqlite: string;
      mc: string;
    };
    return { sqlite: row.sqlite, sqlite3mc: row.mc };
  } finally {
    db.close();
  }
}
