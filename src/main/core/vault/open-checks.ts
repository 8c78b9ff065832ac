import type Database from 'better-sqlite3-multiple-ciphers';
import { CoreError } from '../../../shared/errors';
import type { VaultHeader } from './header';
import { inspectWal } from '../db/wal-inspect';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

/** What unlock needs to know about a database before it decides to open it for writing. */
export interface DatabaseFacts {
  schemaVersion: number;
  /** The row the vault's anchor names is there, with the same hash. */
  anchorOk: boolean;
  /** The vault generation the database last recorded (null before migration 2). */
  generation: number | null;
  account: { id: string; username: string; disabled: boolean; roles: string } | null;
  /** The account a signing key is registered to (undefined: not registered; null: the recovery key). */
  keyOwner: string | null | undefined;
}

const hasTable = (db: Database.Database, name: string) =>
  !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);

/** Read-only look at the database (see withReadOnlyDatabase). */
export function readFacts(
  db: Database.Database,
  header: VaultHeader,
  who: { accountId: string } | { username: string },
  signingKeyId: string,
): DatabaseFacts {
  const schemaVersion = Number(db.pragma('user_version', { simple: true }));
  const { counter, auditHead } = header.anchor;
  // With the schema itself only in a damaged WAL, the main file may hold no tables at all.
  const anchorRow =
    counter === 0 || !hasTable(db, 'audit_event')
      ? null
      : (db.prepare('SELECT hash FROM audit_event WHERE seq = ?').get(counter) as
          { hash: string } | undefined);
  const anchorOk = counter === 0 || anchorRow?.hash === auditHead;
  const generation = hasTable(db, 'vault_state')
    ? ((
        db.prepare('SELECT generation FROM vault_state WHERE id = 1').get() as
          { generation: number } | undefined
      )?.generation ?? null)
    : null;
  const account = (
    !hasTable(db, 'account')
      ? undefined
      : 'accountId' in who
        ? db.prepare('SELECT id, username, disabled, roles FROM account WHERE id = ?').get(who.accountId)
        : db
            .prepare('SELECT id, username, disabled, roles FROM account WHERE username = ?')
            .get(who.username.toLowerCase())
  ) as { id: string; username: string; disabled: number; roles: string } | undefined;
  const key = hasTable(db, 'account_key')
    ? (db.prepare('SELECT account_id FROM account_key WHERE key_id = ?').get(signingKeyId) as
        { account_id: string | null } | undefined)
    : undefined;
  return {
    schemaVersion,
    anchorOk,
    generation,
    account: account ? { ...account, disabled: !!account.disabled } : null,
    keyOwner: key ? key.account_id : undefined,
  };
}

/**
 * The refusals that do not depend on who is signing in, in the order a person can act on them.
 * A database that looks older than the anchor is told apart from a damaged write-ahead log.
 */
export function refuseUnusable(facts: DatabaseFacts, header: VaultHeader, walPath: string): void {
  if (facts.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new CoreError(
      'TOO_NEW',
      'This database was saved by a newer version of Waymark. Install the newer version to open it.',
    );
  }
  if (!facts.anchorOk) {
    const wal = inspectWal(walPath);
    if (wal.present && (!wal.headerValid || wal.strandedFrames > 0)) {
      throw new CoreError(
        'DAMAGED',
        'The file that holds Waymark’s most recent changes (waymark.db-wal) is damaged, so some saved work cannot be read. Nothing has been changed: the damaged files are still in the data folder for IT. An administrator can restore the latest backup from this screen.',
      );
    }
    throw new CoreError(
      'ROLLBACK',
      'This database is older than the last one Waymark saved here, so it has been refused. Nothing has been changed. An administrator can restore a backup deliberately from this screen.',
    );
  }
  if (facts.generation !== null && facts.generation > header.generation) {
    throw new CoreError(
      'ROLLBACK',
      'The vault file (vault.json) is older than the database: an old copy seems to have been put back, which could bring back passphrases or a recovery key that were replaced. It has been refused and nothing has been changed. Put back the vault.json that belongs with this database, or ask an administrator to restore a backup.',
    );
  }
}
