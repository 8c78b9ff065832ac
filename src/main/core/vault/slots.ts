import { randomUUID } from 'node:crypto';
import type sodiumModule from 'libsodium-wrappers-sumo';
import type { KeySlot } from './header';
import { deriveKek, newSlotKdf } from './kdf';
import type { KdfParams } from '../core.types';

type Sodium = typeof sodiumModule;

/**
 * Associated data bound into each wrapped key: the vault, slot, kind, account and KDF parameters.
 * Moving a wrapped key to another slot or account, or lowering its parameters, makes it fail to open.
 */
function associatedData(vaultId: string, slot: Omit<KeySlot, 'nonce' | 'wrappedKey'>): Buffer {
  const k = slot.kdf;
  return Buffer.from(
    [
      'waymark-slot',
      'v1',
      vaultId,
      slot.id,
      slot.kind,
      slot.accountId ?? '-',
      k.alg,
      k.opslimit,
      k.memlimit,
      k.salt,
    ].join('|'),
    'utf8',
  );
}

export function wrapSlot(
  sodium: Sodium,
  vaultId: string,
  dataKey: Uint8Array,
  secret: string,
  params: KdfParams,
  owner: { kind: KeySlot['kind']; accountId: string | null; username: string | null; id?: string },
): KeySlot {
  const base = {
    id: owner.id ?? randomUUID(),
    kind: owner.kind,
    accountId: owner.accountId,
    username: owner.username?.toLowerCase() ?? null,
    kdf: newSlotKdf(sodium, params),
  };
  const kek = deriveKek(sodium, secret, base.kdf);
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    dataKey,
    associatedData(vaultId, base),
    null,
    nonce,
    kek,
  );
  sodium.memzero(kek);
  return {
    ...base,
    nonce: Buffer.from(nonce).toString('base64'),
    wrappedKey: Buffer.from(wrapped).toString('base64'),
  };
}

/** The data key, or null when the secret is wrong or the slot was tampered with. */
export function unwrapSlot(
  sodium: Sodium,
  vaultId: string,
  slot: KeySlot,
  secret: string,
): Uint8Array | null {
  const kek = deriveKek(sodium, secret, slot.kdf);
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      Buffer.from(slot.wrappedKey, 'base64'),
      associatedData(vaultId, slot),
      Buffer.from(slot.nonce, 'base64'),
      kek,
    );
  } catch {
    return null;
  } finally {
    sodium.memzero(kek);
  }
}
