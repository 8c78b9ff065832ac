// Unlock through the real core: `vault.unlock` via the dispatcher, exactly as the app does it —
// Argon2id, unwrap, header MAC, open with the raw key, wrong-key check, quick_check, migrations
// check, rollback anchor, account check, audit row. Measured on a fresh vault and on one holding a
// few thousand audit rows, side by side with the bare replicated steps, so the cost of the checks
// the core adds is visible as a ratio.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../src/main/core';

const ACCOUNT = {
  organisationName: 'Bench Organisation (fictional)',
  displayName: 'Bench Person',
  username: 'bench.person',
  passphrase: 'Harbour lantern 7 violet kettle',
};

export interface CoreUnlockResult {
  label: string;
  dbBytes: number;
  times: number[];
}

async function timedUnlocks(
  dir: string,
  rounds: number,
  label: string,
  padWrites: number,
): Promise<CoreUnlockResult> {
  const core = await createCore({ dataDir: dir });
  const setup = await core.call('vault.setup', ACCOUNT);
  if (!setup.ok) throw new Error(`setup failed: ${setup.error.code}`);
  for (let i = 0; i < padWrites; i++) {
    const r = await core.call('settings.setIdleLock', { idleLockMinutes: (i % 240) + 1 });
    if (!r.ok) throw new Error(`write failed: ${r.error.code}`);
  }
  await core.lock('user');
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    const u = await core.call('vault.unlock', { username: ACCOUNT.username, passphrase: ACCOUNT.passphrase });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!u.ok) throw new Error(`unlock failed: ${u.error.code}`);
    await core.lock('user');
  }
  await core.close();
  return { label, dbBytes: statSync(join(dir, 'waymark.db')).size, times };
}

export async function benchCoreUnlock(
  tmp: string,
  rounds: number,
  padWrites: number,
): Promise<CoreUnlockResult[]> {
  const fresh = mkdtempSync(join(tmp, 'core-fresh-'));
  const padded = mkdtempSync(join(tmp, 'core-padded-'));
  try {
    return [
      await timedUnlocks(fresh, rounds, 'fresh vault', 0),
      await timedUnlocks(padded, rounds, `after ${padWrites} writes`, padWrites),
    ];
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(padded, { recursive: true, force: true });
  }
}
