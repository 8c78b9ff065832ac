// Section c: what one call costs through the core's pipeline, against the same work on a raw
// connection. Baselines for the next issue (pipeline overhead goals: ≤ 50 µs per read,
// ≤ 0.5 ms per write); nothing here tunes the core.
//   read:  core.call('settings.get') (validation, caller lookup, permission, a transaction,
//          redaction) vs the same SELECT on a raw handle;
//   write: core.call('settings.setIdleLock') (one transaction + setting row + audit row, then the
//          anchor written to vault.json) vs a bare upsert + COMMIT on a raw handle.
// The raw handle works on its own copy of the same database (same key, schema and rows), so
// neither connection invalidates the other's page cache. Both use the production pragmas.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Core } from '../../src/main/core';
import { BENCH_ACCOUNT as ACCOUNT, benchCore, must, waitForIntegrityCheck } from './core-session';
import { openDatabase, toHex, variantFor } from './db';
import { interleave, progress } from './rounds';
import {
  elapsedMs,
  fmtMs,
  fmtRatio,
  fmtUs,
  pairDifferences,
  pairRatios,
  spread,
  spreadCells,
  table,
} from './report';
import { accountSlot, forget, unwrapDataKey } from './vault-key';

/** Argon2id at the library minimum, as tests/support/core-fixture.ts: this section times calls, not unlock. */
const FAST_KDF = { kdf: { opslimit: 1, memlimit: 8192 }, allowWeakKdf: true } as const;

export const READ_GOAL_US = 50;
export const WRITE_GOAL_MS = 0.5;

export interface CallOptions {
  dir: string;
  rounds: number;
  reads: number;
  writes: number;
}

async function ok(core: Core, channel: string, input: unknown): Promise<void> {
  await must(core, channel, input);
}

/** Milliseconds per call over a batch of `n` sequential calls. */
async function perCall(n: number, one: (i: number) => unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await one(i);
  return elapsedMs(t0) / n;
}

/** Establishments' slice of the large dataset: a region, four clusters and 300 places. */
const ESTABLISHMENTS = 300;
async function seedEstablishments(core: Core): Promise<void> {
  const region = (await must(core, 'establishments.saveRegion', { name: 'Bench region' })) as { id: string };
  const clusters: string[] = [];
  for (let c = 0; c < 4; c++) {
    const saved = (await must(core, 'establishments.saveCluster', {
      name: `Bench cluster ${c}`,
      regionId: region.id,
    })) as {
      id: string;
    };
    clusters.push(saved.id);
  }
  for (let i = 0; i < ESTABLISHMENTS; i++) {
    await ok(core, 'establishments.create', {
      name: `Bench establishment ${String(i).padStart(3, '0')}`,
      kind: i % 3 === 0 ? 'prison' : 'probation_office',
      town: `Town ${i % 40}`,
      clusterId: clusters[i % clusters.length],
    });
  }
}

export async function callSection({ dir, rounds, reads, writes }: CallOptions): Promise<void> {
  console.log(
    `\n## c. One call: dispatcher vs raw handle; ${reads} reads and ${writes} writes per round, ` +
      `${rounds} rounds, order rotated\n`,
  );
  const dataDir = mkdtempSync(join(dir, 'call-vault-'));
  // A vault with its setting row present, then a copy of its database for the raw side.
  let core = await benchCore(dataDir, FAST_KDF);
  await ok(core, 'vault.setup', ACCOUNT);
  await waitForIntegrityCheck(core);
  await ok(core, 'settings.setIdleLock', { idleLockMinutes: 10 });
  await seedEstablishments(core);
  await core.close();
  const v = await accountSlot(dataDir, ACCOUNT.username);
  const copy = join(mkdtempSync(join(dir, 'call-raw-')), 'raw.db');
  copyFileSync(v.databaseFile, copy);
  const key = unwrapDataKey(v, ACCOUNT.passphrase);
  const raw: Database.Database = openDatabase(copy, variantFor(v.cipher), toHex(key));
  forget(v, key);

  core = await benchCore(dataDir, FAST_KDF);
  await ok(core, 'vault.unlock', { username: ACCOUNT.username, passphrase: ACCOUNT.passphrase });
  // Nothing from the sign-in may still be running in the background while calls are timed.
  await waitForIntegrityCheck(core);
  const accountId = (raw.prepare('SELECT id FROM account LIMIT 1').pluck().get() as string) ?? null;

  // The same SELECT the settings read runs (all setting rows), and the same row write.
  const select = raw.prepare('SELECT key, value, updated_at, updated_by FROM setting');
  const upsert = raw.prepare(
    `INSERT INTO setting (key, value, updated_at, updated_by) VALUES ('idleLockMinutes', ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  );
  const rawWrite = raw.transaction((minutes: number) =>
    upsert.run(JSON.stringify(minutes), new Date().toISOString(), accountId),
  );
  const minutes = (i: number): number => (i % 200) + 1;
  // The establishments list's hot path: the first page of 50 by name, as the screen opens it. The
  // raw side runs the same two statements (count, then the page with its joins).
  const listFrom =
    'FROM establishment e LEFT JOIN cluster c ON c.id = e.cluster_id LEFT JOIN region r ON r.id = c.region_id WHERE e.archived = 0';
  const listCount = raw.prepare(`SELECT count(*) AS total ${listFrom}`);
  const listPage = raw.prepare(
    `SELECT e.id, e.name, e.kind, e.town, e.cluster_id AS clusterId, c.name AS clusterName, r.name AS regionName, e.archived
       ${listFrom} ORDER BY e.name COLLATE NOCASE ASC, e.name COLLATE NOCASE, e.id LIMIT 50 OFFSET 0`,
  );
  const listCore = (n: number) => perCall(n, () => ok(core, 'establishments.list', {}));
  const listRaw = (n: number) =>
    perCall(n, () => {
      listCount.get();
      return listPage.all();
    });

  const readCore = (n: number) => perCall(n, () => ok(core, 'settings.get', {}));
  const readRaw = (n: number) => perCall(n, () => select.all());
  const writeCore = (n: number) =>
    perCall(n, (i) => ok(core, 'settings.setIdleLock', { idleLockMinutes: minutes(i) }));
  const writeRaw = (n: number) => perCall(n, (i) => rawWrite(minutes(i)));
  try {
    // Warm-up (untimed), one full batch each: JIT and page caches on both sides. A short warm-up
    // left the first timed round of core reads 2–3× slower than the rest.
    await readCore(reads);
    await readRaw(reads);
    await writeCore(writes);
    await writeRaw(writes);
    await listCore(writes);
    await listRaw(writes);

    // Reads and writes are separate side-by-side pairs; with two contenders the order alternates.
    const readRuns = await interleave(
      rounds,
      [
        { name: 'read core', run: () => readCore(reads) },
        { name: 'read raw', run: () => readRaw(reads) },
      ],
      progress('call (reads)', rounds),
    );
    const writeRuns = await interleave(
      rounds,
      [
        { name: 'write core', run: () => writeCore(writes) },
        { name: 'write raw', run: () => writeRaw(writes) },
      ],
      progress('call (writes)', rounds),
    );

    const listRuns = await interleave(
      rounds,
      [
        { name: 'list core', run: () => listCore(writes) },
        { name: 'list raw', run: () => listRaw(writes) },
      ],
      progress('call (establishments list)', rounds),
    );
    const lc = listRuns.get('list core')!;
    const lr = listRuns.get('list raw')!;
    const rc = readRuns.get('read core')!;
    const rr = readRuns.get('read raw')!;
    const wc = writeRuns.get('write core')!;
    const wr = writeRuns.get('write raw')!;
    const us = (xs: number[]): string[] => spreadCells(spread(xs), fmtUs);
    const ms = (xs: number[]): string[] => spreadCells(spread(xs), fmtMs);
    const x = (xs: number[]): string[] => spreadCells(spread(xs), fmtRatio);
    console.log('');
    console.log(
      table(
        ['per call', 'min', 'median', 'max'],
        [
          ['read: core.call(settings.get)', ...us(rc)],
          ['read: same SELECT on the raw handle', ...us(rr)],
          ['read ratio core ÷ raw, per round', ...x(pairRatios(rc, rr))],
          [`read overhead core − raw (goal ≤ ${READ_GOAL_US} µs)`, ...us(pairDifferences(rc, rr))],
          ['write: core.call(settings.setIdleLock)', ...ms(wc)],
          ['write: upsert + COMMIT on the raw handle', ...ms(wr)],
          ['write ratio core ÷ raw, per round', ...x(pairRatios(wc, wr))],
          [`write overhead core − raw (goal ≤ ${WRITE_GOAL_MS} ms)`, ...ms(pairDifferences(wc, wr))],
          [`list: core.call(establishments.list), first 50 of ${ESTABLISHMENTS}`, ...us(lc)],
          ['list: same two SELECTs on the raw handle', ...us(lr)],
          ['list ratio core ÷ raw, per round', ...x(pairRatios(lc, lr))],
          ['list overhead core − raw', ...us(pairDifferences(lc, lr))],
        ],
      ),
    );
  } finally {
    raw.close();
    await core.close();
  }
}
