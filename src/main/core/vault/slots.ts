import { randomUUID } from 'node:crypto';
import type sodiumModule from 'libsodium-wrappers-sumo';
import { CoreError } from '../../../shared/errors';
import type { KeySlot } from './header';
import { deriveKek, newSlotKdf } from '../crypto/kdf';
import type { KdfParams } from '../crypto/kdf';
import {
  generateSecrets,
  packSecrets,
  publicKeysOf,
  unpackSecrets,
  wipeSecrets,
  type SlotSecrets,
} from '../crypto/account-keys';

type Sodium = typeof sodiumModule;

/**
 * Associated data bound into each wrapped secret: the vault, slot, kind, account, KDF parameters
 * and the slot's public keys. Moving a wrapped secret to another slot or account, lowering its
 * parameters or swapping its public keys makes it fail to open.
 */
function associatedData(
  vaultId: string,
  slot: Omit<KeySlot, 'nonce' | 'wrappedSecrets' | 'sealedKey'>,
): Buffer {
  const k = slot.kdf;
  return Buffer.from(
    [
      'waymark-slot',
      'v2',
      vaultId,
      slot.id,
      slot.kind,
      slot.accountId ?? '-',
      k.alg,
      k.opslimit,
      k.memlimit,
      k.salt,
      slot.boxPublicKey,
      slot.signPublicKey,
    ].join('|'),
    'utf8',
  );
}

export interface SlotOwner {
  kind: KeySlot['kind'];
  accountId: string | null;
  username: string | null;
  id?: string;
}

/**
 * Make a slot: derive a key-encryption key from the secret (Argon2id, slow), wrap the slot's
 * private keys under it, and seal the data key to the slot's X25519 public key. Pass `secrets`
 * to keep a person's existing keys (a passphrase change); otherwise new key pairs are made.
 */
export function wrapSlot(
  sodium: Sodium,
  vaultId: string,
  dataKey: Uint8Array,
  secret: string,
  params: KdfParams,
  owner: SlotOwner,
  secrets: SlotSecrets = generateSecrets(sodium),
): { slot: KeySlot; secrets: SlotSecrets } {
  const base = {
    id: owner.id ?? randomUUID(),
    kind: owner.kind,
    accountId: owner.accountId,
    username: owner.username?.toLowerCase() ?? null,
    kdf: newSlotKdf(sodium, params),
    ...publicKeysOf(sodium, secrets),
  };
  const kek = deriveKek(sodium, secret, base.kdf);
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const packed = packSecrets(secrets);
  const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    packed,
    associatedData(vaultId, base),
    null,
    nonce,
    kek,
  );
  sodium.memzero(kek);
  sodium.memzero(packed);
  const slot: KeySlot = {
    ...base,
    nonce: Buffer.from(nonce).toString('base64'),
    wrappedSecrets: Buffer.from(wrapped).toString('base64'),
    sealedKey: '',
  };
  return { slot: resealSlot(sodium, slot, dataKey), secrets };
}

/** Seal a (new) data key to a slot's public key: no passphrase needed. Used by key rotation. */
export function resealSlot(sodium: Sodium, slot: KeySlot, dataKey: Uint8Array): KeySlot {
  const sealed = sodium.crypto_box_seal(dataKey, Buffer.from(slot.boxPublicKey, 'base64'));
  return { ...slot, sealedKey: Buffer.from(sealed).toString('base64') };
}

const tampered = () =>
  new CoreError(
    'TAMPERED',
    'Your key slot in the vault file has been changed outside Waymark, so it is not trusted. Restore the vault file from a backup or contact IT.',
  );

/**
 * Open a slot with its secret. Null when the secret is wrong (or the wrapped part was altered,
 * which AEAD cannot tell apart). Throws TAMPERED when the secret is right but the slot's public
 * keys or sealed data key do not belong to it.
 */
export function openSlot(
  sodium: Sodium,
  vaultId: string,
  slot: KeySlot,
  secret: string,
): { secrets: SlotSecrets; dataKey: Uint8Array } | null {
  const kek = deriveKek(sodium, secret, slot.kdf);
  let packed: Uint8Array;
  try {
    packed = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      Buffer.from(slot.wrappedSecrets, 'base64'),
      associatedData(vaultId, slot),
      Buffer.from(slot.nonce, 'base64'),
      kek,
    );
  } catch {
    return null;
  } finally {
    sodium.memzero(kek);
  }
  const secrets = unpackSecrets(packed);
  sodium.memzero(packed);
  if (!secrets) throw tampered();
  const keys = publicKeysOf(sodium, secrets);
  if (keys.boxPublicKey !== slot.boxPublicKey || keys.signPublicKey !== slot.signPublicKey) {
    wipeSecrets(sodium, secrets);
    throw tampered();
  }
  try {
    const dataKey = sodium.crypto_box_seal_open(
      Buffer.from(slot.sealedKey, 'base64'),
      Buffer.from(slot.boxPublicKey, 'base64'),
      secrets.boxSecretKey,
    );
    return { secrets, dataKey };
  } catch {
    wipeSecrets(sodium, secrets);
    throw tampered();
  }
}

/** Just the data key (tests and the benchmark), or null when the secret is wrong. */
export function unwrapSlot(
  sodium: Sodium,
  vaultId: string,
  slot: KeySlot,
  secret: string,
): Uint8Array | null {
  const opened = openSlot(sodium, vaultId, slot, secret);
  if (!opened) return null;
  wipeSecrets(sodium, opened.secrets);
  return opened.dataKey;
}
