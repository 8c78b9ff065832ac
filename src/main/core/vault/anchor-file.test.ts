import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { AnchorFile } from './anchor-file';
import { readHeader } from './header';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('the anchor file', () => {
  it('keeps the newest of two slots, survives a torn slot, and reads nothing under another key', async () => {
    const s = await makeSetUpCore();
    t = s;
    const path = join(s.dir, 'scratch-anchor.bin');
    const key = new Uint8Array(randomBytes(32));
    const file = new AnchorFile(path);
    file.write(key, { counter: 7, auditHead: 'a'.repeat(64) });
    file.write(key, { counter: 8, auditHead: 'b'.repeat(64) });
    file.close();
    expect(new AnchorFile(path).read(key)).toEqual({ counter: 8, auditHead: 'b'.repeat(64) });
    const bytes = readFileSync(path);
    bytes[10]! ^= 0xff; // slot 0 (counter 8) torn
    writeFileSync(path, bytes);
    expect(new AnchorFile(path).read(key)).toEqual({ counter: 7, auditHead: 'a'.repeat(64) });
    expect(new AnchorFile(path).read(new Uint8Array(randomBytes(32)))).toBeNull();
  });

  it('moves with every write without rewriting vault.json, which catches up at lock; an older database is still refused', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('settings.setIdleLock', { idleLockMinutes: 11 });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    copyFileSync(join(s.dir, 'waymark.db'), join(s.dir, 'older.db'));
    const vaultBefore = readFileSync(join(s.dir, 'vault.json'), 'utf8');
    for (const minutes of [12, 13, 14, 15]) await s.ok('settings.setIdleLock', { idleLockMinutes: minutes });
    expect(readFileSync(join(s.dir, 'vault.json'), 'utf8')).toBe(vaultBefore); // no vault write per call
    await s.ok('vault.lock');
    const after = readHeader(join(s.dir, 'vault.json'))!;
    expect(after.anchor.counter).toBeGreaterThan(JSON.parse(vaultBefore).anchor.counter);

    // The vault file put back as it was mid-session (lagging) with an older database: the anchor
    // file still knows better.
    writeFileSync(join(s.dir, 'vault.json'), vaultBefore);
    copyFileSync(join(s.dir, 'older.db'), join(s.dir, 'waymark.db'));
    const r = await s.call('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect(r.ok ? 'OK' : r.error.code).toBe('ROLLBACK');
  });
});
