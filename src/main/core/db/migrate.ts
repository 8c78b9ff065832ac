import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { CoreError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Bring the schema up to date. A database written by a newer Waymark is refused rather than
 * guessed at. Before changing an existing database, an encrypted copy is taken with VACUUM INTO
 * (the copy uses the same cipher and key), then every pending migration runs in one transaction.
 */
export function migrate(
  db: Database.Database,
  backupsDir: string,
  now: Date,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number; backup: string | null } {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : LATEST_SCHEMA_VERSION;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new CoreError(
      'TOO_NEW',
      'This database was saved by a newer version of Waymark. Install the newer version to open it.',
    );
  }
  if (from === latest) return { from, to: from, backup: null };
  let backup: string | null = null;
  if (from > 0) {
    if (!existsSync(backupsDir)) mkdirSync(backupsDir, { recursive: true, mode: 0o700 });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    backup = join(backupsDir, `before-migration-v${from}-to-v${latest}-${stamp}.db`);
    db.prepare('VACUUM INTO ?').run(backup);
  }
  const pending = migrations.filter((m) => m.version > from);
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${latest}`);
  })();
  return { from, to: latest, backup };
}
