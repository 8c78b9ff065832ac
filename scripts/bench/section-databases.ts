// What the plaintext-vs-encrypted-vs-core sections share: a vault made by the real core, its
// database opened with the account's key to seed, an encrypted copy and a plaintext twin (the same
// migrations and pragmas) to run the query functions on side by side, and the core opened again
// over the seeded vault. Each section keeps its own seeding and measuring.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { EntityManager } from 'typeorm';
import type { Core } from '../../src/main/core';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { BENCH_ACCOUNT as ACCOUNT, benchCore, must, waitForIntegrityCheck } from './core-session';
import { applyProductionPragmas, openDatabase, toHex, variantFor, type Variant } from './db';
import { elapsedMs } from './report';
import { accountSlot, forget, unwrapDataKey } from './vault-key';

const FAST_KDF = { kdf: { opslimit: 1, memlimit: 8192 }, allowWeakKdf: true } as const;

/** The query functions only use `query(sql, params)`; booleans bound as 0/1 as the ORM does. */
export function rawManager(db: Database.Database): EntityManager {
  const query = async (sql: string, params: unknown[] = []) => {
    const statement = db.prepare(sql);
    const bound = params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
    return statement.reader ? statement.all(...bound) : statement.run(...bound);
  };
  return { query } as unknown as EntityManager;
}

/** A new vault in a folder under `dir`, set up by the core (then `more`, e.g. accounts), and closed. */
export async function newVault(
  dir: string,
  prefix: string,
  more: (core: Core) => Promise<void> = async () => undefined,
): Promise<string> {
  const dataDir = mkdtempSync(join(dir, `${prefix}-vault-`));
  const core = await benchCore(dataDir, FAST_KDF);
  try {
    await must(core, 'vault.setup', ACCOUNT);
    await waitForIntegrityCheck(core);
    await more(core);
  } finally {
    await core.close();
  }
  return dataDir;
}

export interface VaultDatabase {
  /** The vault's own database, open with its key (close it before copying). */
  live: Database.Database;
  file: string;
  variant: Variant;
  keyHex: string;
}

/** Open a closed vault's database with the bench account's key, as the core would. */
export async function openVaultDatabase(dataDir: string): Promise<VaultDatabase> {
  const v = await accountSlot(dataDir, ACCOUNT.username);
  const key = unwrapDataKey(v, ACCOUNT.passphrase);
  const keyHex = toHex(key);
  forget(v, key);
  const variant = variantFor(v.cipher);
  return { live: openDatabase(v.databaseFile, variant, keyHex), file: v.databaseFile, variant, keyHex };
}

/** A copy of the (closed, seeded) vault database, opened with the same key. */
export function encryptedCopy(vault: VaultDatabase, dir: string, prefix: string): Database.Database {
  const file = join(mkdtempSync(join(dir, `${prefix}-enc-`)), 'enc.db');
  copyFileSync(vault.file, file);
  return openDatabase(file, vault.variant, vault.keyHex);
}

/** An unencrypted database with the production pragmas and every migration, to seed the same way. */
export function plaintextTwin(dir: string, prefix: string): Database.Database {
  const plain = new Database(join(mkdtempSync(join(dir, `${prefix}-plain-`)), 'plain.db'));
  applyProductionPragmas(plain);
  plain.transaction(() => {
    for (const m of MIGRATIONS) m.up(plain);
  })();
  return plain;
}

/** The core over the seeded vault, the bench account signed in and the start-up check done. */
export async function reopenCore(dataDir: string, beforeUnlock?: (core: Core) => void): Promise<Core> {
  const core = await benchCore(dataDir, FAST_KDF);
  beforeUnlock?.(core);
  await must(core, 'vault.unlock', { username: ACCOUNT.username, passphrase: ACCOUNT.passphrase });
  await waitForIntegrityCheck(core);
  return core;
}

/** Lock and sign in again as someone else (the queue and lists answer for the signed-in caller). */
export async function signInAs(core: Core, username: string, passphrase: string): Promise<void> {
  await must(core, 'vault.lock', { reason: 'user' });
  await must(core, 'vault.unlock', { username, passphrase });
  await waitForIntegrityCheck(core);
}

export interface BenchPerson {
  username: string;
  displayName: string;
  /** Given at creation; replaced by `passphrase` at the first sign-in, as a person would. */
  temporary: string;
  passphrase: string;
}

/** A second account with `roles`, signed in once to choose its own passphrase. Returns its id. */
export async function addBenchAccount(
  core: Core,
  who: BenchPerson,
  roles: readonly string[],
): Promise<string> {
  const { id } = (await must(core, 'accounts.create', {
    username: who.username,
    displayName: who.displayName,
    roles,
    temporaryPassphrase: who.temporary,
  })) as { id: string };
  await signInAs(core, who.username, who.temporary);
  await must(core, 'vault.changePassphrase', {
    currentPassphrase: who.temporary,
    newPassphrase: who.passphrase,
  });
  return id;
}

/**
 * Wall time of one run; its CPU time (this process, user + system) goes to `cpu`. The machine is
 * shared, so wall time includes waiting for a core; CPU time is what the work itself cost.
 */
export async function timedWithCpu(work: () => Promise<unknown>, cpu: number[]): Promise<number> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await work();
  const wall = elapsedMs(t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  return wall;
}
