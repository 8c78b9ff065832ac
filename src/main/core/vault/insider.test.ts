import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { snapshotFolder } from '../../../../tests/support/raw-db';
import type { AuditVerification } from '../../../shared/contract';
import { readHeader, writeHeader } from './header';
import { openSlot } from './slots';
import { loadSodium } from '../crypto/sodium';
import { unwrapUnder } from '../crypto/key-wrap';
import { keyId, signText, signingKeyObject } from '../crypto/account-keys';
import { applyKey } from '../db/cipher';
import { rowHash, toAuditRow, type AuditColumns } from '../audit/audit-chain';

/**
 * What an insider can do with their own passphrase and a copy of the data folder, and what the
 * vault does about it: forged audit history, an old vault file kept after being disabled, an old
 * vault file put back.
 */
let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const ROOT = join(__dirname, '../../../..');
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error!.code);
const CASEY = {
  username: 'casey.worker',
  displayName: 'Casey Worker',
  roles: ['caseworker'],
  temporaryPassphrase: 'Granite puffin 42 orchard lamp',
};
const CASEY_OWN = 'Copper meadow 19 quiet heron';
const signIn = (s: TestCore, username: string, passphrase: string) =>
  s.call('vault.unlock', { username, passphrase });

/** An administrator, and a caseworker who has chosen their own passphrase; everything locked. */
async function withCaseworker(): Promise<Awaited<ReturnType<typeof makeSetUpCore>> & { caseyId: string }> {
  const s = await makeSetUpCore();
  t = s;
  const { id } = await s.ok<{ id: string }>('accounts.create', CASEY);
  await s.ok('vault.lock');
  await s.ok('vault.unlock', { username: CASEY.username, passphrase: CASEY.temporaryPassphrase });
  await s.ok('vault.changePassphrase', {
    currentPassphrase: CASEY.temporaryPassphrase,
    newPassphrase: CASEY_OWN,
  });
  await s.ok('vault.lock');
  return Object.assign(s, { caseyId: id });
}

/** Everything a person can get offline from a vault file with their own passphrase. */
async function insiderKeys(vaultFile: string, username: string, passphrase: string) {
  const sodium = await loadSodium();
  const header = readHeader(vaultFile)!;
  const slot = header.slots.find((x) => x.username === username)!;
  const opened = openSlot(sodium, header.vaultId, slot, passphrase)!;
  return {
    header,
    dataKey: opened.dataKey,
    chainKey: Buffer.from(unwrapUnder(opened.dataKey, 'chain-key-wrap', header.chainKey)!),
    signer: { keyId: keyId(slot.signPublicKey), key: signingKeyObject(opened.secrets.signSeed) },
  };
}

function openWithKey(dir: string, key: Uint8Array): Database.Database {
  const db = new Database(join(dir, 'waymark.db'));
  applyKey(db, 'aegis', key);
  return db;
}

describe('an insider with their own passphrase', () => {
  it('cannot remove their refused actions from the audit log unnoticed: the verifier names the first bad row', async () => {
    const s = await withCaseworker();
    await s.ok('vault.unlock', { username: CASEY.username, passphrase: CASEY_OWN });
    expect(code(await s.call('accounts.list'))).toBe('FORBIDDEN'); // a refusal, signed by Casey
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await s.ok('settings.setIdleLock', { idleLockMinutes: 7 });
    await s.ok('vault.lock');

    // Offline: Casey unwraps the data key, drops the triggers, deletes the refusal, renumbers the
    // rows after it, recomputes every HMAC, re-signs her own rows and re-signs the vault anchor.
    const me = await insiderKeys(join(s.dir, 'vault.json'), CASEY.username, CASEY_OWN);
    const db = openWithKey(s.dir, me.dataKey);
    const rows = db.prepare('SELECT * FROM audit_event ORDER BY seq').all() as AuditColumns[];
    const denied = rows.find((r) => r.outcome === 'denied' && r.signer_key === me.signer.keyId)!;
    db.exec('DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete;');
    db.prepare('DELETE FROM audit_event WHERE seq >= ?').run(denied.seq);
    let prevHash = rows.find((r) => r.seq === denied.seq - 1)!.hash;
    let firstOtherSigner: number | null = null;
    const insert = db.prepare(
      `INSERT INTO audit_event (seq, at, account_id, actor, action, outcome, record_type, record_id, classes, detail, signer_key, signature, prev_hash, hash)
       VALUES (@seq, @at, @account_id, @actor, @action, @outcome, @record_type, @record_id, @classes, @detail, @signer_key, @signature, @prev_hash, @hash)`,
    );
    for (const r of rows.filter((x) => x.seq > denied.seq)) {
      const moved = { ...r, seq: r.seq - 1, prev_hash: prevHash };
      const { hash: _h, signature: _s, ...fields } = toAuditRow(moved);
      moved.hash = rowHash(me.chainKey, fields);
      if (r.signer_key === me.signer.keyId) moved.signature = signText(me.signer.key, moved.hash);
      else firstOtherSigner ??= moved.seq;
      insert.run(moved);
      prevHash = moved.hash;
    }
    const lastSeq = rows[rows.length - 1]!.seq - 1;
    db.close();
    const { mac: _m, checksum: _c, ...unsigned } = me.header;
    writeHeader(join(s.dir, 'vault.json'), me.dataKey, {
      ...unsigned,
      anchor: { counter: lastSeq, auditHead: prevHash },
    });
    rmSync(join(s.dir, 'anchor.bin'), { force: true }); // and the anchor file it would contradict

    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const v = await s.ok<AuditVerification>('audit.verify');
    expect(v.ok).toBe(false);
    expect(firstOtherSigner).not.toBeNull();
    expect(v.firstBrokenSeq).toBe(firstOtherSigner);
    expect(v.problem).toMatch(/signature/);
  });

  it('cannot pass off someone else’s rows as their own signature', async () => {
    const s = await withCaseworker();
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await s.ok('settings.setIdleLock', { idleLockMinutes: 7 });
    await s.ok('vault.lock');
    const me = await insiderKeys(join(s.dir, 'vault.json'), CASEY.username, CASEY_OWN);
    const db = openWithKey(s.dir, me.dataKey);
    const target = db
      .prepare("SELECT * FROM audit_event WHERE action = 'settings.setIdleLock'")
      .get() as AuditColumns;
    const rows = db
      .prepare('SELECT * FROM audit_event WHERE seq >= ? ORDER BY seq')
      .all(target.seq) as AuditColumns[];
    db.exec('DROP TRIGGER audit_event_no_update;');
    // Re-sign the administrator's row (and everything after) as Casey, with a changed detail.
    let prevHash = target.prev_hash;
    for (const r of rows) {
      const forged = {
        ...r,
        detail: r.seq === target.seq ? 'nothing to see' : r.detail,
        signer_key: me.signer.keyId,
        prev_hash: prevHash,
      };
      const { hash: _h, signature: _s, ...fields } = toAuditRow(forged);
      forged.hash = rowHash(me.chainKey, fields);
      forged.signature = signText(me.signer.key, forged.hash);
      db.prepare(
        'UPDATE audit_event SET detail = ?, signer_key = ?, prev_hash = ?, hash = ?, signature = ? WHERE seq = ?',
      ).run(forged.detail, forged.signer_key, forged.prev_hash, forged.hash, forged.signature, r.seq);
      prevHash = forged.hash;
    }
    db.close();
    const { mac: _m, checksum: _c, ...unsigned } = me.header;
    writeHeader(join(s.dir, 'vault.json'), me.dataKey, {
      ...unsigned,
      anchor: { counter: rows[rows.length - 1]!.seq, auditHead: prevHash },
    });
    rmSync(join(s.dir, 'anchor.bin'), { force: true }); // and the anchor file it would contradict
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const v = await s.ok<AuditVerification>('audit.verify');
    expect(v.ok).toBe(false);
    expect(v.firstBrokenSeq).toBe(target.seq);
    expect(v.problem).toMatch(/someone else/);
  });

  it('disabled for cause, cannot read the current database with a copy of the old vault file', async () => {
    const s = await withCaseworker();
    const stolen = join(s.dir, 'stolen-vault.json');
    copyFileSync(join(s.dir, 'vault.json'), stolen);
    const old = await insiderKeys(stolen, CASEY.username, CASEY_OWN);

    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const disabled = await s.ok<{ disabled: boolean }>('accounts.disable', { id: s.caseyId, forCause: true });
    expect(disabled.disabled).toBe(true);
    // An account created after the disable: the old key must not reveal it either.
    await s.ok('accounts.create', { ...CASEY, username: 'dana.later', displayName: 'Dana Later' });
    expect((await s.ok<AuditVerification>('audit.verify')).ok).toBe(true);
    await s.ok('vault.lock');

    expect(readFileSync(join(s.dir, 'vault.json'), 'utf8')).not.toContain(CASEY.username);
    expect(() => openWithKey(s.dir, old.dataKey).prepare('SELECT count(*) FROM account').get()).toThrow();
    expect(existsSync(join(s.dir, 'waymark.db.rekey'))).toBe(false);
    // Everyone else signs in as before, with no passphrase re-entered.
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const accounts = await s.ok<{ username: string }[]>('accounts.list');
    expect(accounts.map((a) => a.username)).toContain('dana.later');
    await s.ok('vault.lock');
    expect(code(await signIn(s, CASEY.username, CASEY_OWN))).toBe('BAD_CREDENTIALS');
  });

  it('cannot bring back a replaced recovery key or old passphrase by putting back an old vault file', async () => {
    const s = await withCaseworker();
    const oldVault = join(s.dir, 'old-vault.json');
    copyFileSync(join(s.dir, 'vault.json'), oldVault);
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await s.ok('vault.newRecoveryKey', { currentPassphrase: ADMIN.passphrase });
    await s.ok('vault.changePassphrase', {
      currentPassphrase: ADMIN.passphrase,
      newPassphrase: 'Violet harbour 8 kettle lantern',
    });
    await s.ok('vault.lock');
    copyFileSync(oldVault, join(s.dir, 'vault.json'));
    const before = snapshotFolder(s.dir);
    const byPassphrase = await signIn(s, ADMIN.username, ADMIN.passphrase);
    expect(code(byPassphrase)).toBe('ROLLBACK');
    expect(byPassphrase.ok ? '' : byPassphrase.error.message).toMatch(
      /vault file .* older than the database/,
    );
    const byOldKey = await s.call('vault.recover', {
      username: ADMIN.username,
      recoveryKey: s.recoveryKey,
      newPassphrase: 'Quiet otter 5 lantern meadow',
    });
    expect(code(byOldKey)).toBe('ROLLBACK');
    expect(snapshotFolder(s.dir)).toEqual(before);
  });
});

describe('data-key rotation survives a crash at every step', () => {
  const STEPS = ['copied', 'rekeyed', 'verified', 'header-written', 'swapped', 'done'] as const;
  const OLD_STATE = new Set(['copied', 'rekeyed', 'verified']);

  for (const step of STEPS) {
    it(
      `killed after "${step}": the next unlock finds the ${OLD_STATE.has(step) ? 'old' : 'new'} state, whole`,
      { timeout: 60_000 },
      async () => {
        const s = await withCaseworker();
        const stolen = join(s.dir, 'stolen-vault.json');
        copyFileSync(join(s.dir, 'vault.json'), stolen);
        await s.core.close();
        const exit = await new Promise<{ code: number | null; signal: string | null; err: string }>(
          (resolve) => {
            const child = spawn(
              process.execPath,
              ['--import', 'tsx', join(ROOT, 'tests/support/rotation-crasher.ts'), s.dir, step, s.caseyId],
              {
                cwd: ROOT,
                stdio: ['ignore', 'pipe', 'pipe'],
              },
            );
            let err = '';
            child.stderr.on('data', (d: Buffer) => (err += d.toString()));
            child.on('close', (c, signal) => resolve({ code: c, signal, err }));
          },
        );
        expect(exit.err).toBe('');
        expect(exit.signal).toBe('SIGKILL');
        await s.restart();

        await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
        expect((await s.ok<AuditVerification>('audit.verify')).ok).toBe(true);
        await s.ok('vault.lock');
        expect(existsSync(join(s.dir, 'waymark.db.rekey'))).toBe(false);
        expect(readHeader(join(s.dir, 'vault.json'))!.rotation).toBeNull();
        const old = await insiderKeys(stolen, CASEY.username, CASEY_OWN);
        const oldKeyOpens = () => {
          const db = openWithKey(s.dir, old.dataKey);
          try {
            db.prepare('SELECT count(*) FROM account').get();
            return true;
          } catch {
            return false;
          } finally {
            db.close();
          }
        };
        if (OLD_STATE.has(step)) {
          expect(oldKeyOpens()).toBe(true);
          await s.ok('vault.unlock', { username: CASEY.username, passphrase: CASEY_OWN });
        } else {
          expect(oldKeyOpens()).toBe(false);
          expect(code(await signIn(s, CASEY.username, CASEY_OWN))).toBe('BAD_CREDENTIALS');
        }
      },
    );
  }
});

describe('the core on its own', () => {
  it('locks itself when idle even with no renderer; status polling is not activity', async () => {
    let clock = Date.parse('2026-11-23T09:00:00Z');
    const s = await makeSetUpCore({ now: () => new Date(clock), idleCheckMs: 20 });
    t = s;
    await s.ok('settings.setIdleLock', { idleLockMinutes: 10 });
    const wait = () => new Promise((r) => setTimeout(r, 120));
    const state = async () => (await s.ok<{ state: string }>('vault.status')).state;
    clock += 9 * 60_000;
    await s.ok('vault.activity');
    clock += 9 * 60_000;
    await wait();
    expect(await state()).toBe('unlocked'); // 9 minutes since the last activity
    clock += 60_000;
    await s.ok('vault.status');
    await wait();
    expect(await state()).toBe('locked');
  });

  it('rewraps a slot made at another Argon2id cost at its next sign-in, so the decoy for unknown names costs the same', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('vault.lock');
    const cheap = readHeader(join(s.dir, 'vault.json'))!.slots.find((x) => x.username === ADMIN.username)!;
    expect(cheap.kdf).toMatchObject({ opslimit: 1, memlimit: 8192 });
    await s.restart({ kdf: { opslimit: 2, memlimit: 16384 } });
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await s.ok('vault.lock');
    const rewrapped = readHeader(join(s.dir, 'vault.json'))!.slots.find(
      (x) => x.username === ADMIN.username,
    )!;
    expect(rewrapped.kdf).toMatchObject({ opslimit: 2, memlimit: 16384 });
    expect(rewrapped.signPublicKey).toBe(cheap.signPublicKey); // same keys, new wrapping
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect((await s.ok<AuditVerification>('audit.verify')).ok).toBe(true);
  });

  it('throttles guesses at the current passphrase like sign-in', async () => {
    const s = await makeSetUpCore();
    t = s;
    const guess = () =>
      s.call('vault.changePassphrase', {
        currentPassphrase: 'not my passphrase',
        newPassphrase: 'Violet harbour 8 kettle lantern',
      });
    for (let i = 0; i < 4; i++) expect(code(await guess())).toBe('BAD_CREDENTIALS');
    expect(code(await guess())).toBe('THROTTLED');
    expect(code(await guess())).toBe('THROTTLED');
    const right = await s.call('vault.changePassphrase', {
      currentPassphrase: ADMIN.passphrase,
      newPassphrase: 'Violet harbour 8 kettle lantern',
    });
    expect(code(right)).toBe('THROTTLED'); // even the right one waits
  });

  it('tells a damaged write-ahead log from an old database, changes no byte, and a backup brings the work back', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('accounts.create', CASEY);
    await s.ok('backups.create');
    for (let i = 0; i < 200; i++) {
      const list = await s.ok<{ activity: string; backups: unknown[] }>('backups.list');
      if (list.activity === 'idle' && list.backups.length) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await s.ok('accounts.create', { ...CASEY, username: 'after.backup', displayName: 'After Backup' });
    // A crash: the folder as it is on disk while Waymark is still open (committed work in the WAL).
    const crashed = join(s.dir, 'crashed');
    const { mkdirSync, cpSync } = await import('node:fs');
    mkdirSync(crashed);
    for (const f of ['waymark.db', 'waymark.db-wal', 'vault.json', 'throttle.json', 'anchor.bin'])
      copyFileSync(join(s.dir, f), join(crashed, f));
    cpSync(join(s.dir, 'backups'), join(crashed, 'backups'), { recursive: true });
    const wal = readFileSync(join(crashed, 'waymark.db-wal'));
    wal[32 + 24 + 100]! ^= 0x01; // one flipped byte in the first frame's page
    writeFileSync(join(crashed, 'waymark.db-wal'), wal);

    const { createCore } = await import('../index');
    const core = await createCore({ ...s.options, dataDir: crashed });
    try {
      const before = snapshotFolder(crashed);
      const r = await core.call('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
      expect(code(r)).toBe('DAMAGED');
      expect(r.ok ? '' : r.error.message).toMatch(/waymark\.db-wal/);
      expect(snapshotFolder(crashed)).toEqual(before);

      const list = (await core.call('backups.list', {})) as {
        ok: true;
        value: { backups: { id: string }[] };
      };
      const restored = await core.call('backups.restore', {
        backupId: list.value.backups[0]!.id,
        username: ADMIN.username,
        passphrase: ADMIN.passphrase,
      });
      expect(code(restored)).toBe('OK');
      expect(
        code(await core.call('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase })),
      ).toBe('OK');
      const accounts = (await core.call('accounts.list', {})) as { ok: true; value: { username: string }[] };
      const names = accounts.value.map((a) => a.username);
      expect(names).toContain(CASEY.username); // made before the backup
      expect(names).not.toContain('after.backup'); // lost: it came after
    } finally {
      await core.close();
    }
  });
});
