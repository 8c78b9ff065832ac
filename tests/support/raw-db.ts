import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadSodium } from '../../src/main/core/crypto/sodium';
import { readHeader } from '../../src/main/core/vault/header';
import { unwrapSlot } from '../../src/main/core/vault/slots';
import { applyKey } from '../../src/main/core/db/cipher';
import { canonicalJson } from '../../src/main/core/crypto/canonical-json';

/**
 * What an attacker who knows a passphrase could do: unwrap the key and open the file directly.
 * Tests use it to tamper with the database behind the core's back, and to inspect it.
 */
export async function openRaw(dir: string, username: string, passphrase: string): Promise<Database.Database> {
  const sodium = await loadSodium();
  const header = readHeader(join(dir, 'vault.json'))!;
  const slot = header.slots.find((s) => s.username === username)!;
  const key = unwrapSlot(sodium, header.vaultId, slot, passphrase);
  if (!key) throw new Error('could not unwrap');
  const db = new Database(join(dir, 'waymark.db'));
  applyKey(db, header.cipher, key);
  return db;
}

/** Every file in a folder (recursively) with a hash of its bytes. */
export function snapshotFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** Every file in a folder whose bytes contain `marker` (as UTF-8 or UTF-16). */
export function filesContaining(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const bytes = readFileSync(full);
        if (needles.some((n) => bytes.includes(n))) found.push(full);
      }
    }
  };
  walk(dir);
  return found;
}

/**
 * Edit vault.json as an attacker would: change fields, then recompute the plain checksum (which
 * anyone can), so only the keyed MAC and the slot bindings stand in the way.
 */
export function rewriteVaultFile(dir: string, mutate: (header: Record<string, unknown>) => void): void {
  const path = join(dir, 'vault.json');
  const header = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  mutate(header);
  delete header.checksum;
  header.checksum = createHash('sha256').update(canonicalJson(header)).digest('hex');
  writeFileSync(path, JSON.stringify(header));
}
