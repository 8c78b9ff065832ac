import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { subKey, type KeyPurpose } from './keys';

/**
 * Small secrets wrapped under a sub-key of the data key (ChaCha20-Poly1305, random 96-bit nonce:
 * only a handful of wraps are ever made under one key). Output: base64 of nonce ‖ tag ‖ ciphertext.
 */
export function wrapUnder(dataKey: Uint8Array, purpose: KeyPurpose, secret: Uint8Array): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('chacha20-poly1305', subKey(dataKey, purpose), nonce, { authTagLength: 16 });
  const body = Buffer.concat([cipher.update(secret), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64');
}

/** The secret, or null when the key is wrong or the bytes were changed. */
export function unwrapUnder(dataKey: Uint8Array, purpose: KeyPurpose, wrapped: string): Uint8Array | null {
  const bytes = Buffer.from(wrapped, 'base64');
  if (bytes.length < 28) return null;
  try {
    const decipher = createDecipheriv('chacha20-poly1305', subKey(dataKey, purpose), bytes.subarray(0, 12), {
      authTagLength: 16,
    });
    decipher.setAuthTag(bytes.subarray(12, 28));
    return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]));
  } catch {
    return null;
  }
}
