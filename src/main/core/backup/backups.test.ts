import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { filesContaining, openRaw } from '../../../../tests/support/raw-db';
import type { AuditPage, BackupList, VaultStatus } from '../../../shared/contract';
import { applyKey } from '../db/cipher';
import { readHeader } from '../vault/header';
import { dataKeyFromHeader } from '../vault/header-key';
import { loadSodium } from '../crypto/sodium';

const MARKER = 'Qwyzzle Marker-Person';
const LEE = {
  username: 'lee.lead',
  displayName: 'Lee Lead',
  roles: ['lead_mentor'],
  temporaryPassphrase: 'Granite puffin 42 orchard lamp',
};
const cores: TestCore[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.cleanup();
});

async function setUp(extra = {}) {
  const s = await makeSetUpCore(extra);
  cores.push(s);
  return s;
}

/** Ask for a backup and wait until the list shows one more, with the worker idle. */
async function backUp(s: TestCore): Promise<BackupList> {
  const before = (await s.ok<BackupList>('backups.list')).backups[0]?.id;
  await s.ok('backups.create');
  for (let i = 0; i < 400; i++) {
    const list = await s.ok<BackupList>('backups.list');
    if (list.activity === 'idle' && (list.backups[0]?.id !== before || list.lastResult === 'failed'))
      return list;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('backup did not finish');
}

const unlock = (s: TestCore) =>
  s.call('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });

describe('backups', () => {
  it('writes an encrypted, verified copy beside the vault file of the same moment', async () => {
    const s = await setUp();
    await s.ok('accounts.create', { ...LEE, displayName: MARKER });
    const list = await backUp(s);
    expect(list.lastResult).toBe('ok');
    const [b] = list.backups;
    expect(b).toMatchObject({ verified: true });
    const folder = join(s.dir, 'backups', b!.id);
    expect(readdirSync(folder).sort()).toEqual(['manifest.json', 'vault.json', 'waymark.db']);
    expect(filesContaining(join(s.dir, 'backups'), MARKER)).toEqual([]);
    // With the key from the backup's own vault file, the copy holds the marker.
    const header = readHeader(join(folder, 'vault.json'))!;
    const opened = dataKeyFromHeader(await loadSodium(), header, {
      kind: 'passphrase',
      username: ADMIN.username,
      passphrase: ADMIN.passphrase,
    })!;
    const copy = new Database(join(folder, 'waymark.db'), { readonly: true });
    applyKey(copy, header.cipher, opened.key);
    expect(copy.prepare('SELECT count(*) AS n FROM account WHERE display_name = ?').get(MARKER)).toEqual({
      n: 1,
    });
    copy.close();
  });

  it('keeps only the newest N', async () => {
    const s = await setUp();
    await s.ok('backups.setKeep', { backupsToKeep: 2 });
    for (let i = 0; i < 3; i++) await backUp(s);
    const list = await s.ok<BackupList>('backups.list');
    expect(list.keep).toBe(2);
    expect(list.backups).toHaveLength(2);
  });

  it('reports the background integrity check on vault.status after sign-in', async () => {
    const s = await setUp();
    let status: VaultStatus | undefined;
    for (let i = 0; i < 200; i++) {
      status = await s.ok<VaultStatus>('vault.status');
      if (status.integrity === 'ok') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(status?.integrity).toBe('ok');
  });

  it('locks at once during a backup and leaves no partial folder', async () => {
    const s = await setUp();
    await s.ok('vault.lock');
    const raw = await openRaw(s.dir, ADMIN.username, ADMIN.passphrase);
    raw.exec('CREATE TABLE filler (b BLOB)');
    const insert = raw.prepare('INSERT INTO filler VALUES (randomblob(1000000))');
    for (let i = 0; i < 60; i++) insert.run();
    raw.close();
    expect((await unlock(s)).ok).toBe(true);
    await s.ok('backups.create');
    let list: BackupList | undefined;
    for (let i = 0; i < 200; i++) {
      list = await s.ok<BackupList>('backups.list');
      if (list.activity === 'backing-up') break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(list?.activity).toBe('backing-up');
    const t0 = Date.now();
    await s.ok('vault.lock');
    expect(Date.now() - t0).toBeLessThan(1000);
    const backups = () => (existsSync(join(s.dir, 'backups')) ? readdirSync(join(s.dir, 'backups')) : []);
    for (let i = 0; i < 400 && backups().some((n) => n.endsWith('.partial')); i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(backups().filter((n) => !n.startsWith('before-migration'))).toEqual([]);
  });

  it('after damage to the live database, restores the latest backup and loses only what came after it', async () => {
    const s = await setUp();
    await s.ok('accounts.create', LEE);
    const [backup] = (await backUp(s)).backups;
    const backupHead = JSON.parse(readFileSync(join(s.dir, 'backups', backup!.id, 'manifest.json'), 'utf8'))
      .auditSeq as number;
    await s.ok('accounts.create', { ...LEE, username: 'late.person', displayName: 'Late Person' });
    await s.core.close();
    // Damage the live database with the core closed.
    const path = join(s.dir, 'waymark.db');
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096 + 200, 4096 + 1200);
    writeFileSync(path, bytes);
    await s.restart();
    const refused = await unlock(s);
    expect(refused.ok ? 'OK' : refused.error.code).toMatch(/DAMAGED|ROLLBACK|TAMPERED/);

    const locked = await s.ok<BackupList>('backups.list');
    expect(locked.keep).toBeNull();
    expect(locked.backups[0]).toMatchObject({ id: backup!.id, verified: true });
    const restored = await s.ok<{ restoredFrom: string }>('backups.restore', {
      backupId: backup!.id,
      username: ADMIN.username,
      passphrase: ADMIN.passphrase,
    });
    expect(restored.restoredFrom).toBe(backup!.id);
    expect(readdirSync(join(s.dir, 'damaged'))).toHaveLength(1);

    expect((await unlock(s)).ok).toBe(true);
    const accounts = await s.ok<{ accounts: { username: string }[] } | { username: string }[]>(
      'accounts.list',
      {},
    );
    const names = JSON.stringify(accounts);
    expect(names).toContain('lee.lead');
    expect(names).not.toContain('late.person');
    const audit = await s.ok<AuditPage>('audit.list', { pageSize: 200 });
    const after = audit.entries.filter((e) => (e as unknown as { seq: number }).seq > backupHead);
    const first = after.reduce((a, b) =>
      (a as unknown as { seq: number }).seq < (b as unknown as { seq: number }).seq ? a : b,
    );
    expect(first.action).toBe('backups.restore');
    expect((await s.ok<{ ok: boolean }>('audit.verify')).ok).toBe(true);
    expect(existsSync(join(s.dir, 'restored.json'))).toBe(false);
  });

  it('refuses a damaged backup, and wrong or non-administrator credentials count toward the throttle', async () => {
    const s = await setUp();
    await s.ok('accounts.create', LEE);
    const [backup] = (await backUp(s)).backups;
    await s.ok('vault.lock');
    const input = { backupId: backup!.id, username: ADMIN.username, passphrase: 'Not the passphrase at all' };
    const wrong = await s.call('backups.restore', input);
    expect(wrong.ok ? 'OK' : wrong.error.code).toBe('BAD_CREDENTIALS');
    const notAdmin = await s.call('backups.restore', {
      ...input,
      username: LEE.username,
      passphrase: LEE.temporaryPassphrase,
    });
    expect(notAdmin.ok ? 'OK' : notAdmin.error.code).toBe('BAD_CREDENTIALS');
    for (let i = 0; i < 3; i++) await s.call('backups.restore', input);
    const throttled = await s.call('backups.restore', { ...input, passphrase: ADMIN.passphrase });
    expect(throttled.ok ? 'OK' : throttled.error.code).toBe('THROTTLED');
    expect((await s.ok<VaultStatus>('vault.status')).retryAfterSeconds).toBeGreaterThan(0);

    // A fresh core without the throttle: a damaged copy is refused and nothing is moved.
    const t = await setUp();
    const [b2] = (await backUp(t)).backups;
    await t.ok('vault.lock');
    const copy = join(t.dir, 'backups', b2!.id, 'waymark.db');
    const bytes = readFileSync(copy);
    bytes.fill(0x33, 4096 + 100, 4096 + 400);
    writeFileSync(copy, bytes);
    const r = await t.call('backups.restore', {
      backupId: b2!.id,
      username: ADMIN.username,
      passphrase: ADMIN.passphrase,
    });
    expect(r.ok ? 'OK' : r.error.code).toBe('DAMAGED');
    expect(existsSync(join(t.dir, 'damaged'))).toBe(false);
    expect(existsSync(join(t.dir, 'replaced'))).toBe(false);
  });

  it('takes a backup after sign-in when none is recent, and a final one at close when something changed', async () => {
    const s = await setUp({ automaticBackups: true });
    for (let i = 0; i < 400 && (await s.ok<BackupList>('backups.list')).backups.length === 0; i++)
      await new Promise((r) => setTimeout(r, 25));
    expect((await s.ok<BackupList>('backups.list')).backups).toHaveLength(1);
    await s.ok('accounts.create', LEE);
    await s.core.close();
    expect(readdirSync(join(s.dir, 'backups')).filter((n) => /Z$/.test(n))).toHaveLength(2);
    await s.restart();
  });
});
