import { randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O or U, so a printed key cannot be misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 160 random bits as 32 characters in 8 groups of 4, e.g. `7KQ2-…`. Shown once at set-up. */
export function generateRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Accept the key however it was typed back: any case, spaces or dashes, and O/I/L read as 0/1/1. */
export function normaliseRecoveryKey(typed: string): string | null {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== 32 || [...cleaned].some((c) => !ALPHABET.includes(c))) return null;
  return cleaned.match(/.{4}/g)!.join('-');
}
