import Database from 'better-sqlite3-multiple-ciphers';
import { DataSource } from 'typeorm';
import type { EntitySchema } from 'typeorm';
import { applyKey, applyPragmas, checkKey, type CipherName } from './cipher';
import { damagedError, isDamageError } from './sqlite-errors';

export interface OpenedDatabase {
  dataSource: DataSource;
  /** The raw connection, for migrations, integrity checks and backups. */
  raw: Database.Database;
}

/**
 * Open the encrypted database through TypeORM. The key and cipher are applied in
 * `prepareDatabase`, which runs before TypeORM's own first statement (its `key` option runs too
 * early for the cipher choice). The wrong-key check runs before anything can write, so a
 * damaged or foreign file is reported and left untouched.
 */
export async function openDatabase(
  path: string,
  cipher: CipherName,
  key: Uint8Array,
  options: { create: boolean; entities: EntitySchema[] },
): Promise<OpenedDatabase> {
  let raw: Database.Database | undefined;
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    driver: Database,
    database: path,
    fileMustExist: !options.create,
    entities: options.entities,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    prepareDatabase: (db: Database.Database) => {
      raw = db;
      applyKey(db, cipher, key);
      checkKey(db);
      // The full quick_check is not run here: on a large database it dominated unlock. AEGIS
      // authenticates every page as it is read, and the full check runs after unlock in the
      // background (and on every backup).
      applyPragmas(db);
    },
  });
  try {
    await dataSource.initialize();
  } catch (err) {
    try {
      raw?.close();
    } catch {
      // already closed
    }
    if (isDamageError(err)) throw damagedError();
    throw err;
  }
  return { dataSource, raw: raw! };
}
