import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * Sub-keys derived from the data key with HKDF-SHA256, one per purpose, so the database key is
 * never used directly for anything but the database.
 */
export type KeyPurpose = 'header-mac' | 'chain-key-wrap' | 'rotation' | 'anchor';

export function subKey(dataKey: Uint8Array, purpose: KeyPurpose): Buffer {
  return Buffer.from(
    hkdfSync('sha256', dataKey, Buffer.from('waymark'), Buffer.from(`waymark/${purpose}/v1`), 32),
  );
}

export function hmacHex(key: Buffer, ...parts: string[]): string {
  const h = createHmac('sha256', key);
  for (const p of parts) h.update(p, 'utf8');
  return h.digest('hex');
}

export function equalHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
