import type { KeyObject } from 'node:crypto';
import { canonicalJson } from '../crypto/canonical-json';
import { hmacHex } from '../crypto/keys';
import { keyId as keyIdOf, verifyText, verifyingKeyObject } from '../crypto/account-keys';
import type { AuditRow } from './audit.tables';
import type { AuditVerification } from '../../../shared/contract';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a row's hash covers: everything but the hash and the signature over it. */
export function rowHash(key: Buffer, row: Omit<AuditRow, 'hash' | 'signature'>): string {
  const { prevHash, records, ...fields } = row;
  // `records` arrived with migration 4: rows without it hash exactly as they did before.
  return hmacHex(key, prevHash, '|', canonicalJson(records === null ? fields : { ...fields, records }));
}

/** The text a key registration signs: which key, whose, and when. */
export function registrationText(k: {
  keyId: string;
  accountId: string | null;
  signPublicKey: string;
  boxPublicKey: string;
  createdAt: string;
}): string {
  return [
    'waymark-key',
    'v2',
    k.keyId,
    k.accountId ?? 'recovery',
    k.signPublicKey,
    k.boxPublicKey,
    k.createdAt,
  ].join('|');
}

/** An `account_key` row as SQL returns it. */
export interface KeyColumns {
  key_id: string;
  account_id: string | null;
  sign_public_key: string;
  box_public_key: string;
  created_at: string;
  registered_by: string;
  signature: string;
}

/** An `audit_event` row as SQL returns it. */
export interface AuditColumns {
  seq: number;
  at: string;
  account_id: string | null;
  actor: string | null;
  action: string;
  outcome: AuditRow['outcome'];
  record_type: string | null;
  record_id: string | null;
  classes: string;
  detail: string | null;
  signer_key: string | null;
  signature: string | null;
  records?: string | null;
  prev_hash: string;
  hash: string;
}

export const toAuditRow = (r: AuditColumns): AuditRow => ({
  seq: r.seq,
  at: r.at,
  accountId: r.account_id,
  actor: r.actor,
  action: r.action,
  outcome: r.outcome,
  recordType: r.record_type,
  recordId: r.record_id,
  classes: r.classes,
  detail: r.detail,
  signerKey: r.signer_key,
  signature: r.signature,
  records: r.records ?? null,
  prevHash: r.prev_hash,
  hash: r.hash,
});

interface KnownKey {
  accountId: string | null;
  key: KeyObject;
}

/**
 * Checks the registered signing keys, then every audit row in order: sequence, link to the previous
 * row, the HMAC, and the Ed25519 signature of the account that acted. Someone holding the data key
 * can recompute every HMAC, but cannot sign as anyone else: removing or editing a row in the middle
 * breaks the next row another person signed. Only a tail of one's own rows could be cut, which the
 * vault's anchor counter shows (`anchorSeq` against `rowsChecked`).
 */
export class ChainVerifier {
  private readonly keys = new Map<string, KnownKey>();
  private prevHash = GENESIS_HASH;
  private expectedSeq = 1;
  private rowsChecked = 0;
  private broken: { seq: number; reason: string } | null = null;
  private keyProblem: string | null = null;

  constructor(private readonly chainKey: Buffer) {}

  /** Key registrations, oldest first. The first key signs itself; every later one is signed by a known key. */
  addKeys(rows: readonly KeyColumns[]): void {
    for (const r of [...rows].sort((a, b) =>
      a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0,
    )) {
      let key: KeyObject;
      try {
        key = verifyingKeyObject(r.sign_public_key);
      } catch {
        this.keyProblem ??= 'a registered key is not a valid public key';
        continue;
      }
      const selfSigned = r.registered_by === r.key_id;
      const registrar = selfSigned
        ? this.keys.size === 0
          ? key
          : null
        : this.keys.get(r.registered_by)?.key;
      const text = registrationText({
        keyId: r.key_id,
        accountId: r.account_id,
        signPublicKey: r.sign_public_key,
        boxPublicKey: r.box_public_key,
        createdAt: r.created_at,
      });
      if (
        keyIdOf(r.sign_public_key) !== r.key_id ||
        !registrar ||
        !verifyText(registrar, text, r.signature)
      ) {
        this.keyProblem ??= 'a key registration is not signed by a known key';
        continue;
      }
      this.keys.set(r.key_id, { accountId: r.account_id, key });
    }
  }

  /** Feed rows in `seq` order; returns false once the chain is broken (stop feeding). */
  add(r: AuditColumns): boolean {
    if (this.broken) return false;
    const row = toAuditRow(r);
    const { hash, signature, ...rest } = row;
    const fail = (reason: string) => {
      this.broken = { seq: Math.min(r.seq, this.expectedSeq), reason };
      return false;
    };
    if (r.seq !== this.expectedSeq) return fail('a row is missing');
    if (r.prev_hash !== this.prevHash || rowHash(this.chainKey, rest) !== hash)
      return fail('a row was changed');
    const signer = row.signerKey ? this.keys.get(row.signerKey) : undefined;
    if (!signer || !signature || !verifyText(signer.key, hash, signature))
      return fail('a signature does not match');
    // A row about a person's own action must carry that person's signature (rows with no account are
    // failed sign-ins, signed by whoever signed in next).
    if (row.accountId !== null && signer.accountId !== row.accountId) return fail('signed by someone else');
    this.prevHash = hash;
    this.expectedSeq++;
    this.rowsChecked++;
    return true;
  }

  /** `anchorSeq`: the last row the vault file recorded; fewer rows than that means a cut tail. */
  result(anchorSeq: number | null): AuditVerification {
    if (!this.broken && anchorSeq !== null && this.rowsChecked < anchorSeq) {
      this.broken = { seq: this.rowsChecked + 1, reason: 'rows at the end are missing' };
    }
    const ok = !this.broken && !this.keyProblem;
    return {
      ok,
      rowsChecked: this.rowsChecked,
      firstBrokenSeq: this.broken?.seq ?? null,
      head: ok && this.rowsChecked ? this.prevHash : null,
      problem: this.broken?.reason ?? this.keyProblem,
      signersChecked: this.keys.size,
      lastSignedSeq: this.rowsChecked,
      anchorSeq,
    };
  }
}
