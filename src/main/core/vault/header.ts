import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { canonicalJson } from './canonical-json';
import { equalHex, hmacHex, subKey } from './keys';
import { writeFileAtomic } from './atomic-file';
import { CoreError } from '../../../shared/errors';

/**
 * The vault header (`vault.json`): organisation name, cipher, key slots and the rollback anchor.
 * It holds no secret in the clear; its MAC (keyed from the data key) makes any edit, added slot,
 * removed slot or swapped field detectable at the next unlock.
 */
const slotSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(['account', 'recovery']),
  accountId: z.string().uuid().nullable(),
  /** Lower-cased username, so sign-in is case-insensitive. Null for the recovery slot. */
  username: z.string().nullable(),
  kdf: z.object({
    alg: z.literal('argon2id13'),
    opslimit: z.number().int().positive(),
    memlimit: z.number().int().positive(),
    salt: z.string(),
  }),
  nonce: z.string(),
  wrappedKey: z.string(),
});
export type KeySlot = z.infer<typeof slotSchema>;

const headerSchema = z.object({
  format: z.literal('waymark-vault'),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  organisationName: z.string(),
  cipher: z.enum(['aegis', 'chacha20', 'sqlcipher']),
  createdAt: z.string(),
  slots: z.array(slotSchema),
  /** Latest audit sequence number and chain hash committed: an older database copy is refused. */
  anchor: z.object({ counter: z.number().int().nonnegative(), auditHead: z.string() }),
  mac: z.string(),
});
export type VaultHeader = z.infer<typeof headerSchema>;
export type UnsignedHeader = Omit<VaultHeader, 'mac'>;

export function readHeader(path: string): VaultHeader | null {
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CoreError('DAMAGED', 'The vault file is damaged and cannot be read. Restore it from a backup.');
  }
  const result = headerSchema.safeParse(parsed);
  if (!result.success) {
    throw new CoreError('DAMAGED', 'The vault file is damaged and cannot be read. Restore it from a backup.');
  }
  return result.data;
}

export function headerMac(dataKey: Uint8Array, header: UnsignedHeader): string {
  const { mac: _ignored, ...unsigned } = header as VaultHeader;
  return hmacHex(subKey(dataKey, 'header-mac'), canonicalJson(unsigned));
}

export function verifyHeaderMac(dataKey: Uint8Array, header: VaultHeader): boolean {
  return equalHex(header.mac, headerMac(dataKey, header));
}

export function writeHeader(path: string, dataKey: Uint8Array, header: UnsignedHeader): VaultHeader {
  const signed: VaultHeader = { ...header, mac: headerMac(dataKey, header) };
  writeFileAtomic(path, `${JSON.stringify(signed, null, 2)}\n`);
  return signed;
}
