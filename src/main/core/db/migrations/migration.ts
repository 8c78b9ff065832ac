import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * A numbered step of the schema. `up` runs inside the one transaction that takes the database from
 * its version to the latest, so it may move data as well as change tables (a data migration).
 */
export interface Migration {
  /** Matches `PRAGMA user_version` after it has run. Numbered from 1 with no gaps. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** A step that is only SQL. */
export const sqlStep = (sql: string) => (db: Database.Database) => db.exec(sql);
