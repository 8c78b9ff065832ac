// Unlock time: KDF (Argon2id) + unwrap the data key + open the database with it + wrong-key check.
//
// The bare steps, replicated directly with libsodium and better-sqlite3-multiple-ciphers so the KDF
// and the open can be timed apart; `core-unlock.ts` times the real `vault.unlock` beside them.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import sodium from 'libsodium-wrappers-sumo';
import { openDatabase, toHex, type Variant } from './db';

/** Production Argon2id parameters (see the issue; vault/kdf.ts will own them). */
export const KDF = { opslimit: 3, memlimit: 64 * 1024 * 1024 } as const;

export interface UnlockTimes {
  /** Argon2id key derivation. */
  kdf: number;
  /** XChaCha20-Poly1305 unwrap of the 32-byte data key. */
  unwrap: number;
  /** new Database + cipher + raw key + check + production pragmas. */
  open: number;
  total: number;
}

interface KeySlot {
  salt: Uint8Array;
  nonce: Uint8Array;
  wrapped: Uint8Array;
}

const SLOT_AD = 'waymark-bench-key-slot-v1';

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function deriveKek(passphrase: string, salt: Uint8Array): Uint8Array {
  return sodium.crypto_pwhash(
    sodium.crypto_aead_xchacha20poly1305_ietf_KEYBYTES,
    passphrase,
    salt,
    KDF.opslimit,
    KDF.memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
}

/** Set-up (untimed): a key slot wrapping a random data key, like vault.json would hold. */
function makeSlot(passphrase: string, dataKey: Uint8Array): KeySlot {
  const salt = sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES);
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const kek = deriveKek(passphrase, salt);
  const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(dataKey, SLOT_AD, null, nonce, kek);
  sodium.memzero(kek);
  return { salt, nonce, wrapped };
}

function replicatedUnlock(file: string, variant: Variant, passphrase: string, slot: KeySlot): UnlockTimes {
  const t0 = process.hrtime.bigint();
  const kek = deriveKek(passphrase, slot.salt);
  const kdf = ms(t0);

  let t = process.hrtime.bigint();
  const dataKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    null,
    slot.wrapped,
    SLOT_AD,
    slot.nonce,
    kek,
  );
  sodium.memzero(kek);
  const unwrap = ms(t);

  t = process.hrtime.bigint();
  const db = openDatabase(file, variant, toHex(dataKey));
  const open = ms(t);
  const total = ms(t0);
  sodium.memzero(dataKey);
  db.close();
  return { kdf, unwrap, open, total };
}

/**
 * Unlock each encrypted variant `rounds` times, interleaved in rotating order. Each variant gets its
 * own small database with the app-like schema; the files live in `dir` and are removed afterwards.
 */
export async function benchUnlock(
  dir: string,
  variants: Variant[],
  rounds: number,
): Promise<Map<string, UnlockTimes[]>> {
  await sodium.ready;
  const passphrase = 'correct horse battery staple, bench only';
  const results = new Map<string, UnlockTimes[]>();
  const setups = variants.map((variant) => {
    const dataKey = sodium.randombytes_buf(32);
    const slot = makeSlot(passphrase, dataKey);
    const file = join(dir, `unlock-${variant.name}.db`);
    const db = openDatabase(file, variant, toHex(dataKey));
    db.exec(`CREATE TABLE case_file (id TEXT PRIMARY KEY NOT NULL, reference TEXT NOT NULL);
             CREATE TABLE contact (id TEXT PRIMARY KEY NOT NULL, case_id TEXT NOT NULL REFERENCES case_file(id),
               occurred_at TEXT NOT NULL, notes TEXT NOT NULL);
             CREATE INDEX contact_case_date ON contact (case_id, occurred_at);`);
    db.close();
    sodium.memzero(dataKey);
    results.set(variant.name, []);
    return { variant, slot, file };
  });

  try {
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < setups.length; i++) {
        const s = setups[(i + r) % setups.length];
        if (!s) continue;
        results.get(s.variant.name)?.push(replicatedUnlock(s.file, s.variant, passphrase, s.slot));
      }
    }
  } finally {
    for (const s of setups)
      for (const suffix of ['', '-wal', '-shm']) rmSync(s.file + suffix, { force: true });
  }
  return results;
}
