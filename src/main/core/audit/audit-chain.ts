import { canonicalJson } from '../vault/canonical-json';
import { hmacHex } from '../vault/keys';
import type { AuditRow } from '../db/entities';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a row's hash covers: everything but the hash itself. */
export function rowHash(key: Buffer, row: Omit<AuditRow, 'hash'>): string {
  const { prevHash, ...fields } = row;
  return hmacHex(key, prevHash, '|', canonicalJson(fields));
}
