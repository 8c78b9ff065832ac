import type { KeyObject } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditRow } from './audit.tables';
import { signText } from '../crypto/account-keys';
import { ChainVerifier, GENESIS_HASH, rowHash, type AuditColumns, type KeyColumns } from './audit-chain';
import type { AuditVerification } from '../../../shared/contract';

export interface AuditEvent {
  at: Date;
  accountId: string | null;
  actor: string | null;
  action: string;
  outcome: AuditRow['outcome'];
  recordType?: string | null;
  recordId?: string | null;
  classes?: readonly string[];
  /** Short, non-personal detail: a reason code, a count, a field list. Never a name or note. */
  detail?: string | null;
  /** For a list read: which records were returned (see recordsSummary). */
  records?: string | null;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** The signed-in person's signing key: every row written in their session carries their signature. */
export interface AuditSigner {
  keyId: string;
  key: KeyObject;
}

const VERIFY_BATCH = 2000;

/**
 * The audit log: each row is HMAC-chained to the one before (key from the vault, unchanged by key
 * rotation) and signed with the Ed25519 key of the person whose session wrote it. The database's
 * triggers refuse UPDATE and DELETE outright; the verifier catches anything done behind its back.
 */
export class AuditLog {
  constructor(
    private readonly chainKey: Buffer,
    private readonly signer: AuditSigner | null,
  ) {}

  async head(em: EntityManager): Promise<ChainHead> {
    const last = (await em.query(
      'SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1',
    )) as ChainHead[];
    return last[0] ?? { seq: 0, hash: GENESIS_HASH };
  }

  /** Append one event; call inside the transaction that makes the change it records. */
  async append(em: EntityManager, event: AuditEvent): Promise<ChainHead> {
    if (!this.signer) throw new Error('audit rows need a signer');
    const prev = await this.head(em);
    const row: Omit<AuditRow, 'hash' | 'signature'> = {
      seq: prev.seq + 1,
      at: event.at.toISOString(),
      accountId: event.accountId,
      actor: event.actor,
      action: event.action,
      outcome: event.outcome,
      recordType: event.recordType ?? null,
      recordId: event.recordId ?? null,
      classes: JSON.stringify([...(event.classes ?? [])].sort()),
      detail: event.detail ?? null,
      signerKey: this.signer.keyId,
      records: event.records ?? null,
      prevHash: prev.hash,
    };
    const hash = rowHash(this.chainKey, row);
    const signature = signText(this.signer.key, hash);
    await em.query(
      `INSERT INTO audit_event (seq, at, account_id, actor, action, outcome, record_type, record_id, classes, detail, signer_key, signature, records, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.seq,
        row.at,
        row.accountId,
        row.actor,
        row.action,
        row.outcome,
        row.recordType,
        row.recordId,
        row.classes,
        row.detail,
        row.signerKey,
        signature,
        row.records,
        row.prevHash,
        hash,
      ],
    );
    return { seq: row.seq, hash };
  }

  /** Check every key registration, then every row in order; name the first row that fails. */
  async verify(em: EntityManager, anchorSeq: number | null): Promise<AuditVerification> {
    const verifier = new ChainVerifier(this.chainKey);
    verifier.addKeys((await em.query('SELECT * FROM account_key')) as KeyColumns[]);
    let after = 0;
    for (;;) {
      const rows = (await em.query('SELECT * FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?', [
        after,
        VERIFY_BATCH,
      ])) as AuditColumns[];
      for (const row of rows) if (!verifier.add(row)) return verifier.result(anchorSeq);
      if (rows.length < VERIFY_BATCH) break;
      after = rows[rows.length - 1]!.seq;
    }
    return verifier.result(anchorSeq);
  }
}
