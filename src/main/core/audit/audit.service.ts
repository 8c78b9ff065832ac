import { MoreThan, type EntityManager } from 'typeorm';
import { AuditEntity, type AuditRow } from '../db/entities';
import { GENESIS_HASH, rowHash } from './audit-chain';
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
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * The hash-chained audit log. Each row's hash is HMAC-SHA256 over the previous row's hash and
 * the row, keyed from the data key, so rows cannot be forged, reordered or removed without the
 * verifier noticing; the database's triggers refuse UPDATE and DELETE outright.
 */
export class AuditLog {
  constructor(private readonly key: Buffer) {}

  async head(em: EntityManager): Promise<ChainHead> {
    const last = await em.getRepository(AuditEntity).find({ order: { seq: 'DESC' }, take: 1 });
    return last[0] ? { seq: last[0].seq, hash: last[0].hash } : { seq: 0, hash: GENESIS_HASH };
  }

  /** Append one event; call inside the transaction that makes the change it records. */
  async append(em: EntityManager, event: AuditEvent): Promise<ChainHead> {
    const prev = await this.head(em);
    const row: Omit<AuditRow, 'hash'> = {
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
      prevHash: prev.hash,
    };
    const hash = rowHash(this.key, row);
    await em.getRepository(AuditEntity).insert({ ...row, hash });
    return { seq: row.seq, hash };
  }

  /** Recompute every hash in order; report the first row that does not match or is missing. */
  async verify(em: EntityManager): Promise<AuditVerification> {
    const repo = em.getRepository(AuditEntity);
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let rowsChecked = 0;
    const batch = 2000;
    for (;;) {
      const rows = await repo.find({
        order: { seq: 'ASC' },
        where: { seq: MoreThan(expectedSeq - 1) },
        take: batch,
      });
      for (const row of rows) {
        const { hash, ...rest } = row;
        if (row.seq !== expectedSeq || row.prevHash !== prevHash || rowHash(this.key, rest) !== hash) {
          return { ok: false, rowsChecked, firstBrokenSeq: Math.min(row.seq, expectedSeq), head: null };
        }
        prevHash = hash;
        expectedSeq++;
        rowsChecked++;
      }
      if (rows.length < batch) break;
    }
    return { ok: true, rowsChecked, firstBrokenSeq: null, head: rowsChecked ? prevHash : null };
  }
}
