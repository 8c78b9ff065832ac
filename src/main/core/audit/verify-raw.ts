import type Database from 'better-sqlite3-multiple-ciphers';
import { unwrapUnder } from '../crypto/key-wrap';
import { ChainVerifier, type AuditColumns, type KeyColumns } from './audit-chain';

export interface RawChainVerification {
  ok: boolean;
  rowsChecked: number;
  firstBrokenSeq: number | null;
  /** The last row's hash when the whole chain verifies; null when broken or empty. */
  head: string | null;
}

/**
 * Verify the audit chain over a raw connection, without TypeORM: used by the backup worker (a
 * thread with no DataSource) and by restore, on a backup copy. The chain key comes from the vault
 * file of the same moment, unwrapped with the data key.
 */
export function verifyAuditChainRaw(
  db: Database.Database,
  dataKey: Uint8Array,
  // The two parts of the vault header this needs (its type stays in vault/, which sits above audit).
  header: { chainKey: string; anchor: { counter: number } },
): RawChainVerification {
  const chainKey = unwrapUnder(dataKey, 'chain-key-wrap', header.chainKey);
  if (!chainKey) return { ok: false, rowsChecked: 0, firstBrokenSeq: 1, head: null };
  try {
    const verifier = new ChainVerifier(Buffer.from(chainKey));
    verifier.addKeys(db.prepare('SELECT * FROM account_key').all() as KeyColumns[]);
    for (const row of db
      .prepare('SELECT * FROM audit_event ORDER BY seq')
      .iterate() as IterableIterator<AuditColumns>) {
      if (!verifier.add(row)) break;
    }
    const r = verifier.result(header.anchor.counter);
    return { ok: r.ok, rowsChecked: r.rowsChecked, firstBrokenSeq: r.firstBrokenSeq, head: r.head };
  } finally {
    chainKey.fill(0);
  }
}
