import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import type sodiumModule from 'libsodium-wrappers-sumo';
import Database from 'better-sqlite3-multiple-ciphers';
import { CoreError } from '../../../shared/errors';
import { writeHeader, type VaultHeader } from './header';
import { resealSlot } from './slots';
import { unwrapUnder, wrapUnder } from '../crypto/key-wrap';
import { applyKey, checkKey, type CipherName } from '../db/cipher';
import { isDamageError } from '../db/sqlite-errors';
import type { VaultPaths } from './paths';
import { fsyncPath } from '../db/fsync';

type Sodium = typeof sodiumModule;

/**
 * Data-key rotation, safe against a crash at any point. The order is what makes it safe:
 *   1. copy the database (VACUUM INTO, still under the old key) to `waymark.db.rekey`;
 *   2. rekey the copy in rollback-journal mode (SQLite3 Multiple Ciphers cannot rekey a WAL database);
 *   3. verify the copy under the new key (quick_check, same number of audit rows) and fsync it;
 *   4. write the vault file: the new key sealed to every remaining slot, and the OLD key wrapped
 *      under the new one (`rotation.previousKey`), so whichever file is in place can be opened;
 *   5. rename the copy over `waymark.db` (atomic);
 *   6. write the vault file again without the old key.
 * A crash before 4 leaves the old state (the copy is discarded at the next rotation); from 4 on,
 * the next unlock finishes the job (`settleRotation`). Never neither.
 */
export type RotationStep = 'copied' | 'rekeyed' | 'verified' | 'header-written' | 'swapped' | 'done';
export interface RotationHooks {
  step?(step: RotationStep): void;
}

const stagingPath = (paths: VaultPaths) => `${paths.database}.rekey`;
const hex = (key: Uint8Array) => Buffer.from(key).toString('hex');

function withDb<T>(path: string, cipher: CipherName, key: Uint8Array, work: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    applyKey(db, cipher, key);
    checkKey(db);
    return work(db);
  } finally {
    db.close();
  }
}

const auditRows = (db: Database.Database) =>
  (db.prepare('SELECT count(*) AS n FROM audit_event').get() as { n: number }).n;

/** Steps 1–3: a verified copy of the database under `newKey` at the staging path. */
function stageRekeyedCopy(
  paths: VaultPaths,
  cipher: CipherName,
  oldKey: Uint8Array,
  newKey: Uint8Array,
  hooks?: RotationHooks,
): void {
  const staging = stagingPath(paths);
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${staging}${suffix}`, { force: true });
  const rows = withDb(paths.database, cipher, oldKey, (db) => {
    db.prepare('VACUUM INTO ?').run(staging);
    return auditRows(db);
  });
  hooks?.step?.('copied');
  withDb(staging, cipher, oldKey, (db) => {
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey="x'${hex(newKey)}'"`);
  });
  hooks?.step?.('rekeyed');
  withDb(staging, cipher, newKey, (db) => {
    if (db.pragma('quick_check', { simple: true }) !== 'ok' || auditRows(db) !== rows) {
      throw new CoreError('INTERNAL', 'The rekeyed copy of the database did not verify.');
    }
  });
  fsyncPath(staging);
  hooks?.step?.('verified');
}

/** Step 5: the verified copy replaces the database (which must be closed). */
function swapIn(paths: VaultPaths): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${paths.database}${suffix}`, { force: true });
  renameSync(stagingPath(paths), paths.database);
  fsyncPath(dirname(paths.database));
}

const unsignedOf = (h: VaultHeader) => {
  const { mac: _m, checksum: _c, ...rest } = h;
  return rest;
};

export function rotateDatabaseKey(
  sodium: Sodium,
  paths: VaultPaths,
  header: VaultHeader,
  oldKey: Uint8Array,
  hooks?: RotationHooks,
): { header: VaultHeader; key: Uint8Array } {
  const newKey = new Uint8Array(randomBytes(32));
  stageRekeyedCopy(paths, header.cipher, oldKey, newKey, hooks);
  const chainKey = unwrapUnder(oldKey, 'chain-key-wrap', header.chainKey);
  if (!chainKey) throw new CoreError('TAMPERED', 'The vault file’s audit key could not be read.');
  const during = writeHeader(paths.header, newKey, {
    ...unsignedOf(header),
    generation: header.generation + 1,
    slots: header.slots.map((s) => resealSlot(sodium, s, newKey)),
    chainKey: wrapUnder(newKey, 'chain-key-wrap', chainKey),
    rotation: { previousKey: wrapUnder(newKey, 'rotation', oldKey) },
  });
  chainKey.fill(0);
  hooks?.step?.('header-written');
  swapIn(paths);
  hooks?.step?.('swapped');
  const done = writeHeader(paths.header, newKey, { ...unsignedOf(during), rotation: null });
  hooks?.step?.('done');
  return { header: done, key: newKey };
}

/**
 * At unlock, before anything else reads the database: if a rotation was interrupted after the new
 * vault file was written, finish it — swap in the verified copy, or make it again from the
 * database still under the previous key — then clear `rotation`. `probe` looks at the database
 * read-only with a key and returns what unlock needs to know (or throws a damage error).
 */
export function settleRotation<F>(
  _sodium: Sodium,
  paths: VaultPaths,
  header: VaultHeader,
  key: Uint8Array,
  probe: (key: Uint8Array) => F,
): { header: VaultHeader; key: Uint8Array; facts: F } {
  if (!header.rotation) {
    const facts = probe(key);
    // A copy left by a rotation killed before its vault write: the old state stands; drop the copy.
    for (const suffix of ['', '-journal']) rmSync(`${stagingPath(paths)}${suffix}`, { force: true });
    return { header, key, facts };
  }
  const previous = unwrapUnder(key, 'rotation', header.rotation.previousKey);
  if (!previous)
    throw new CoreError('TAMPERED', 'The vault file has been changed outside Waymark, so it is not trusted.');
  try {
    let facts: F;
    try {
      facts = probe(key);
    } catch (err) {
      if (!isDamageError(err)) throw err;
      probe(previous); // still under the old key: the swap never happened
      const staging = stagingPath(paths);
      let stagedOk = false;
      if (existsSync(staging)) {
        try {
          withDb(staging, header.cipher, key, (db) => {
            stagedOk = db.pragma('quick_check', { simple: true }) === 'ok';
          });
        } catch {
          stagedOk = false;
        }
      }
      if (!stagedOk) stageRekeyedCopy(paths, header.cipher, previous, key);
      swapIn(paths);
      facts = probe(key);
    }
    rmSync(stagingPath(paths), { force: true });
    const settled = writeHeader(paths.header, key, { ...unsignedOf(header), rotation: null });
    return { header: settled, key, facts };
  } finally {
    previous.fill(0);
  }
}
