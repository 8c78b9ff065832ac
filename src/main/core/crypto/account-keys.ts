import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type sodiumModule from 'libsodium-wrappers-sumo';

type Sodium = typeof sodiumModule;

/**
 * Each key slot (every account, and the recovery key) owns two key pairs:
 *  - X25519 (libsodium sealed boxes): the data key is sealed to its public half, so an
 *    administrator can hand a NEW data key to every remaining slot without their passphrases
 *    (data-key rotation when someone is disabled for cause);
 *  - Ed25519 (Node's native implementation, for speed): signs that person's audit rows, so nobody
 *    else holding the data key can rewrite them unnoticed.
 * The private halves exist only wrapped under the slot's passphrase, and in memory while unlocked.
 */
export interface SlotSecrets {
  boxSecretKey: Uint8Array;
  /** The 32-byte Ed25519 seed. */
  signSeed: Uint8Array;
}

export interface SlotPublicKeys {
  /** base64 */
  boxPublicKey: string;
  /** base64, raw 32 bytes */
  signPublicKey: string;
}

export const SECRETS_BYTES = 64;

export function generateSecrets(sodium: Sodium): SlotSecrets {
  const box = sodium.crypto_box_keypair();
  return { boxSecretKey: box.privateKey, signSeed: sodium.randombytes_buf(32) };
}

export function packSecrets(s: SlotSecrets): Uint8Array {
  const out = new Uint8Array(SECRETS_BYTES);
  out.set(s.boxSecretKey, 0);
  out.set(s.signSeed, 32);
  return out;
}

export function unpackSecrets(bytes: Uint8Array): SlotSecrets | null {
  if (bytes.length !== SECRETS_BYTES) return null;
  return { boxSecretKey: bytes.slice(0, 32), signSeed: bytes.slice(32, 64) };
}

export function wipeSecrets(sodium: Sodium, s: SlotSecrets): void {
  sodium.memzero(s.boxSecretKey);
  sodium.memzero(s.signSeed);
}

// DER wrappers that turn raw 32-byte Ed25519 keys into Node KeyObjects (RFC 8410).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function signingKeyObject(seed: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export function verifyingKeyObject(publicKeyB64: string): KeyObject {
  const raw = Buffer.from(publicKeyB64, 'base64');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function publicKeysOf(sodium: Sodium, s: SlotSecrets): SlotPublicKeys {
  const boxPublic = sodium.crypto_scalarmult_base(s.boxSecretKey);
  const spki = createPublicKey(signingKeyObject(s.signSeed)).export({ format: 'der', type: 'spki' });
  return {
    boxPublicKey: Buffer.from(boxPublic).toString('base64'),
    signPublicKey: Buffer.from(spki.subarray(SPKI_PREFIX.length)).toString('base64'),
  };
}

/** A short, stable name for a signing key: the first 128 bits of SHA-256 over its raw bytes. */
export function keyId(signPublicKey: string): string {
  return createHash('sha256').update(Buffer.from(signPublicKey, 'base64')).digest('hex').slice(0, 32);
}

export function signText(key: KeyObject, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key).toString('base64');
}

export function verifyText(key: KeyObject, text: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
