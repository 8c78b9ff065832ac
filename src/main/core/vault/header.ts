import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { canonicalJson } from '../crypto/canonical-json';
import { equalHex, hmacHex, subKey } from '../crypto/keys';
import { writeFileAtomic } from './atomic-file';
import { CoreError } from '../../../shared/errors';

/**
 * The vault header (`vault.json`): organisation name, cipher, key slots, the wrapped audit-chain
 * key, the rollback anchor and the vault's generation. It holds no secret in the clear.
 *  - `checksum` (plain SHA-256) catches accidental damage BEFORE anyone's passphrase is tried, so a
 *    damaged file answers DAMAGED instead of counting as a failed sign-in;
 *  - `mac` (keyed from the data key) catches deliberate edits once the key is known.
 */
const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const slotSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(['account', 'recovery']),
  accountId: z.string().uuid().nullable(),
  /** Lower-cased username, so sign-in is case-insensitive. Null for the recovery slot. */
  username: z.string().nullable(),
  kdf: z.object({
    alg: z.literal('argon2id13'),
    // Bounds a damaged or hostile file cannot push past (a 4 GiB memlimit would hang sign-in).
    opslimit: z.number().int().min(1).max(20),
    memlimit: z
      .number()
      .int()
      .min(8192)
      .max(1024 * 1024 * 1024),
    salt: b64,
  }),
  nonce: b64,
  /** The slot's X25519 and Ed25519 private keys, wrapped under the passphrase-derived key. */
  wrappedSecrets: b64,
  boxPublicKey: b64,
  signPublicKey: b64,
  /** The data key sealed to `boxPublicKey`. */
  sealedKey: b64,
});
export type KeySlot = z.infer<typeof slotSchema>;

const headerSchema = z.object({
  format: z.literal('waymark-vault'),
  version: z.literal(2),
  vaultId: z.string().uuid(),
  organisationName: z.string(),
  cipher: z.enum(['aegis', 'chacha20', 'sqlcipher']),
  createdAt: z.string(),
  /**
   * Counts every change to the slots, keys or organisation. The database records the generation it
   * last saw, so an older vault file put back beside a newer database is refused.
   */
  generation: z.number().int().positive(),
  slots: z.array(slotSchema),
  /** The audit chain's HMAC key, wrapped under the data key (it survives data-key rotation). */
  chainKey: b64,
  /** During a data-key rotation: the previous key, wrapped under the new one (see rotation.ts). */
  rotation: z.object({ previousKey: b64 }).nullable(),
  /** Latest audit sequence number and chain hash committed: an older database copy is refused. */
  anchor: z.object({ counter: z.number().int().nonnegative(), auditHead: z.string() }),
  mac: z.string(),
  checksum: z.string(),
});
export type VaultHeader = z.infer<typeof headerSchema>;
export type UnsignedHeader = Omit<VaultHeader, 'mac' | 'checksum'>;

const damaged = () =>
  new CoreError(
    'DAMAGED',
    'The vault file (vault.json) is damaged and cannot be read. Nobody’s passphrase was tried. An administrator can restore a backup from this screen, or IT can put back vault.json from a backup of the data folder.',
  );

const checksumOf = (header: Omit<VaultHeader, 'checksum'>) =>
  createHash('sha256').update(canonicalJson(header)).digest('hex');

/** Parse a vault file's text; DAMAGED when it is not an intact Waymark vault file. */
export function parseHeader(text: string): VaultHeader {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw damaged();
  }
  if ((parsed as { version?: unknown } | null)?.version === 1) {
    throw new CoreError(
      'DAMAGED',
      'This vault file was made by a pre-release of Waymark (0.1) and cannot be opened by this version. Start with an empty data folder.',
    );
  }
  const result = headerSchema.safeParse(parsed);
  if (!result.success) throw damaged();
  const { checksum, ...rest } = result.data;
  if (checksum !== checksumOf(rest)) throw damaged();
  return result.data;
}

export function readHeader(path: string): VaultHeader | null {
  if (!existsSync(path)) return null;
  return parseHeader(readFileSync(path, 'utf8'));
}

export function headerMac(dataKey: Uint8Array, header: UnsignedHeader): string {
  const { mac: _m, checksum: _c, ...unsigned } = header as VaultHeader;
  return hmacHex(subKey(dataKey, 'header-mac'), canonicalJson(unsigned));
}

export function verifyHeaderMac(dataKey: Uint8Array, header: VaultHeader): boolean {
  return equalHex(header.mac, headerMac(dataKey, header));
}

/** MAC and checksum a header; the text is what goes to disk (and into a backup). */
export function signHeader(dataKey: Uint8Array, header: UnsignedHeader): VaultHeader {
  const withMac = { ...header, mac: headerMac(dataKey, header) };
  return { ...withMac, checksum: checksumOf(withMac) };
}

export const headerText = (header: VaultHeader) => `${JSON.stringify(header, null, 2)}\n`;

export function writeHeader(path: string, dataKey: Uint8Array, header: UnsignedHeader): VaultHeader {
  const signed = signHeader(dataKey, header);
  writeFileAtomic(path, headerText(signed));
  return signed;
}
