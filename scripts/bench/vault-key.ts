// The database key of a bench vault, read the way the core reads it: parse vault.json, find the
// account's key slot and unwrap it (Argon2id with the slot's own parameters, then
// XChaCha20-Poly1305). The bench needs the raw key to grow the database and to time the bare
// unlock steps beside the real one. This is the only place the bench reaches past createCore /
// core.call into core internals; if the slot format changes, this file is what breaks.
import type sodiumModule from 'libsodium-wrappers-sumo';
import { loadSodium } from '../../src/main/core/crypto/sodium';
import { readHeader, type KeySlot } from '../../src/main/core/vault/header';
import { unwrapSlot } from '../../src/main/core/vault/slots';
import { vaultPaths } from '../../src/main/core/vault/vault.service';
import type { Cipher } from './db';

type Sodium = typeof sodiumModule;

export interface VaultKeySlot {
  sodium: Sodium;
  vaultId: string;
  cipher: Cipher;
  slot: KeySlot;
  databaseFile: string;
}

/** The account's slot and what is needed to unwrap it (untimed set-up). */
export async function accountSlot(dataDir: string, username: string): Promise<VaultKeySlot> {
  const sodium = await loadSodium();
  const paths = vaultPaths(dataDir);
  const header = readHeader(paths.header);
  if (!header) throw new Error('no vault.json in the bench data folder');
  const slot = header.slots.find((s) => s.kind === 'account' && s.username === username.toLowerCase());
  if (!slot) throw new Error('the bench account has no key slot');
  return { sodium, vaultId: header.vaultId, cipher: header.cipher, slot, databaseFile: paths.database };
}

/** Argon2id + unwrap: the timed first step of the bare unlock. Throws on a wrong passphrase. */
export function unwrapDataKey(v: VaultKeySlot, passphrase: string): Uint8Array {
  const key = unwrapSlot(v.sodium, v.vaultId, v.slot, passphrase);
  if (!key) throw new Error('the bench passphrase did not unwrap the slot');
  return key;
}

export function forget(v: VaultKeySlot, key: Uint8Array): void {
  v.sodium.memzero(key);
}
