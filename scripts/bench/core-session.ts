// What the bench needs from the real core, through its public surface only (createCore and
// core.call): the fictional bench account, a checked call, and waiting for the background
// integrity check that follows a sign-in.
import { createCore, type Core, type CoreOptions } from '../../src/main/core';
import { elapsedMs } from './report';

/** Fictional account for every bench vault. */
export const BENCH_ACCOUNT = {
  organisationName: 'Bench Organisation (fictional)',
  displayName: 'Bench Person',
  username: 'bench.person',
  passphrase: 'Harbour lantern 7 violet kettle',
};

/**
 * Automatic backups off: a backup is not part of unlock or of a call, and with them on every
 * close after a sign-in (which writes an audit row) would copy the whole database. The
 * background integrity check after sign-in does not depend on this and still runs.
 */
export function benchCore(dataDir: string, extra: Partial<CoreOptions> = {}): Promise<Core> {
  // As the packaged app runs: output schemas are checked in development and tests only.
  return createCore({ dataDir, automaticBackups: false, checkOutputs: false, ...extra });
}

export async function must(core: Core, channel: string, input: unknown): Promise<unknown> {
  const r = await core.call(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}`);
  return r.value;
}

/**
 * Wait until vault.status no longer reports the post-sign-in integrity check as running, so it
 * cannot overlap the next measurement. Returns how long that took, or NaN when this core does
 * not report the check (nothing to wait for).
 */
export async function waitForIntegrityCheck(core: Core, pollMs = 10, limitMs = 60_000): Promise<number> {
  const t0 = process.hrtime.bigint();
  for (;;) {
    const status = (await must(core, 'vault.status', {})) as { integrity?: string | null };
    if (status.integrity === undefined) return Number.NaN;
    if (status.integrity === 'damaged') throw new Error('the core reported the bench database damaged');
    if (status.integrity !== 'checking') return elapsedMs(t0);
    if (elapsedMs(t0) > limitMs) throw new Error('the integrity check did not finish');
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
