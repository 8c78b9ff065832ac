import type { EntityManager } from 'typeorm';
import type { KeySlot } from './header';
import { keyId, signText } from '../crypto/account-keys';
import { registrationText } from '../audit/audit-chain';
import type { AuditSigner } from '../audit/audit.service';

/** A slot's public keys, signed by whoever made the slot, for the `account_key` table. */
export interface KeyRegistration {
  keyId: string;
  accountId: string | null;
  signPublicKey: string;
  boxPublicKey: string;
  createdAt: string;
  registeredBy: string;
  signature: string;
}

/** `signer` null: the slot registers itself (only the very first key, at set-up). */
export function registrationFor(
  slot: KeySlot,
  signer: AuditSigner | null,
  selfKey: AuditSigner | null,
  now: Date,
): KeyRegistration {
  const base = {
    keyId: keyId(slot.signPublicKey),
    accountId: slot.accountId,
    signPublicKey: slot.signPublicKey,
    boxPublicKey: slot.boxPublicKey,
    createdAt: now.toISOString(),
  };
  const by = signer ?? selfKey;
  if (!by) throw new Error('a key registration needs a signer');
  return { ...base, registeredBy: by.keyId, signature: signText(by.key, registrationText(base)) };
}

/** What the vault changed during a call that the database must record in the same transaction. */
export interface VaultRecords {
  generation: number | null;
  keys: KeyRegistration[];
}

export async function writeVaultRecords(em: EntityManager, records: VaultRecords): Promise<void> {
  for (const k of records.keys) {
    await em.query(
      `INSERT INTO account_key (key_id, account_id, sign_public_key, box_public_key, created_at, registered_by, signature)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [k.keyId, k.accountId, k.signPublicKey, k.boxPublicKey, k.createdAt, k.registeredBy, k.signature],
    );
  }
  if (records.generation !== null) {
    await em.query('UPDATE vault_state SET generation = ? WHERE id = 1', [records.generation]);
  }
}
