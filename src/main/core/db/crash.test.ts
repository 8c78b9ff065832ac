import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';
import type { AuditPage, AuditVerification } from '../../../shared/contract';

const ROUNDS = Number(process.env.WAYMARK_CRASH_ROUNDS ?? 50);
const ROOT = join(__dirname, '../../../..');

/** Start the writer, let it commit for a random moment, SIGKILL it; resolve with the last ack. */
function crashRound(
  dataDir: string,
  start: number,
  killAfterMs: number,
): Promise<{ lastAck: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'tests/support/crash-writer.ts'), dataDir, String(start)],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    // 'close', not 'exit': acknowledgements still in the pipe must be read before counting.
    child.on('close', () => {
      clearTimeout(timer);
      const acks = [...out.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
      resolve({ lastAck: acks.length ? acks[acks.length - 1]! : null, stderr });
    });
  });
}

describe('crash safety', () => {
  let s: TestCore;
  afterAll(() => s?.cleanup());

  it(
    `keeps every acknowledged commit and a sound database across ${ROUNDS} SIGKILLs mid-write`,
    { timeout: 600_000 },
    async () => {
      s = await makeSetUpCore();
      await s.ok('vault.lock');
      let next = 0;
      let acknowledged = 0;
      let crashedMidWrite = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const { lastAck, stderr } = await crashRound(s.dir, next, 50 + ((round * 37) % 400));
        expect(stderr, `round ${round}`).toBe('');
        acknowledged += lastAck === null ? 0 : lastAck - next + 1;

        await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
        const v = await s.ok<AuditVerification>('audit.verify');
        expect(v.ok, `round ${round}: chain`).toBe(true);
        const committed = (
          await s.ok<AuditPage>('audit.list', { action: 'settings.setIdleLock', pageSize: 10 })
        ).total;
        // Every acknowledged write is there; at most one more (committed, killed before the ack).
        expect(committed, `round ${round}`).toBeGreaterThanOrEqual(acknowledged);
        expect(committed, `round ${round}`).toBeLessThanOrEqual(acknowledged + 1);
        if (committed > acknowledged) crashedMidWrite++;
        acknowledged = committed;
        // The writer numbers its writes; the next round carries on from the count actually stored.
        next = committed;
        const settings = await s.ok<{ idleLockMinutes: number }>('settings.get');
        if (committed > 0) expect(settings.idleLockMinutes).toBe(((committed - 1) % 240) + 1);
        await s.ok('vault.lock');

        const raw = await openRaw(s.dir, ADMIN.username, ADMIN.passphrase);
        expect(raw.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
        raw.close();
      }
      expect(acknowledged).toBeGreaterThan(ROUNDS);
      // Reported so a reader can see the kills really landed between commit and acknowledgement at times.
      // eslint-disable-next-line no-console -- a count, nothing personal
      console.log(
        `crash test: ${ROUNDS} rounds, ${acknowledged} commits, ${crashedMidWrite} kills between commit and ack`,
      );
    },
  );
});
