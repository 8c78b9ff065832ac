import type sodiumModule from 'libsodium-wrappers-sumo';

type Sodium = typeof sodiumModule;

/** Argon2id parameters for a key slot. Production uses the defaults below. */
export interface KdfParams {
  opslimit: number;
  memlimit: number;
}

/** Production Argon2id cost: 64 MiB of memory, 3 passes (the floor; OWASP's advice too). */
export const DEFAULT_KDF: KdfParams = { opslimit: 3, memlimit: 64 * 1024 * 1024 };
export const MIN_KDF: KdfParams = DEFAULT_KDF;

export interface SlotKdf extends KdfParams {
  alg: 'argon2id13';
  /** base64 */
  salt: string;
}

export function assertKdfAllowed(params: KdfParams, allowWeak: boolean): void {
  if (allowWeak) return;
  if (params.opslimit < MIN_KDF.opslimit || params.memlimit < MIN_KDF.memlimit) {
    throw new Error('Key derivation parameters are below the minimum (64 MiB, 3 passes).');
  }
}

export function newSlotKdf(sodium: Sodium, params: KdfParams): SlotKdf {
  const salt = sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES);
  return {
    alg: 'argon2id13',
    opslimit: params.opslimit,
    memlimit: params.memlimit,
    salt: Buffer.from(salt).toString('base64'),
  };
}

/** Derive the 32-byte key-encryption key for a slot from a passphrase or recovery key. */
export function deriveKek(sodium: Sodium, secret: string, kdf: SlotKdf): Uint8Array {
  return sodium.crypto_pwhash(
    32,
    // NFKC so the same passphrase typed on another keyboard layout gives the same bytes.
    Buffer.from(secret.normalize('NFKC'), 'utf8'),
    Buffer.from(kdf.salt, 'base64'),
    kdf.opslimit,
    kdf.memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
}
