import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeCore, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { filesContaining, openRaw, rewriteVaultFile, snapshotFolder } from '../../../../tests/support/raw-db';
import { readHeader } from './header';
import { createCore } from '..';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error!.code);
const CASEWORKER = {
  username: 'casey.worker',
  displayName: 'Casey Worker',
  roles: ['caseworker'],
  temporaryPassphrase: 'Granite puffin 42 orchard lamp',
};

describe('encryption at rest', () => {
  it('never writes a marker string in the clear to the database, its WAL or any other file', async () => {
    const s = await makeSetUpCore();
    t = s;
    const marker = 'Zebedee Quaxmarker';
    await s.ok('accounts.create', { ...CASEWORKER, displayName: marker });
    // While open: the WAL holds the new rows.
    expect(readdirSync(s.dir)).toContain('waymark.db-wal');
    expect(filesContaining(s.dir, marker)).toEqual([]);
    expect(filesContaining(s.dir, 'casey.worker')).toEqual([join(s.dir, 'vault.json')]);
    await s.ok('vault.lock');
    expect(filesContaining(s.dir, marker)).toEqual([]);
    // And it really is stored: the raw file opened with the key has it.
    const raw = await openRaw(s.dir, 'alex.admin', ADMIN.passphrase);
    expect(raw.prepare('SELECT count(*) AS n FROM account WHERE display_name = ?').get(marker)).toEqual({
      n: 1,
    });
    expect(raw.pragma('cipher', { simple: true })).toBe('aegis');
    raw.close();
  });

  it('stores key slots with Argon2id at 64 MiB and 3 passes by default, and refuses weaker settings', async () => {
    t = await makeCore({ kdf: undefined, allowWeakKdf: false });
    await t.ok('vault.setup', ADMIN);
    const header = readHeader(join(t.dir, 'vault.json'))!;
    for (const slot of header.slots) {
      expect(slot.kdf.memlimit).toBeGreaterThanOrEqual(64 * 1024 * 1024);
      expect(slot.kdf.opslimit).toBeGreaterThanOrEqual(3);
    }
    expect(header.slots.map((s) => s.kind).sort()).toEqual(['account', 'recovery']);
    await expect(createCore({ dataDir: t.dir, kdf: { opslimit: 1, memlimit: 8192 } })).rejects.toThrow(
      /below the minimum/,
    );
  });
});

describe('wrong passphrase and throttling', () => {
  it('gives a clear error and leaves vault and database byte-identical with no new files', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('vault.lock');
    const before = snapshotFolder(s.dir);
    const r = await s.call('vault.unlock', {
      username: 'alex.admin',
      passphrase: 'not the passphrase at all',
    });
    expect(code(r)).toBe('BAD_CREDENTIALS');
    expect(r.ok ? '' : r.error.message).toMatch(/do not match/);
    const after = snapshotFolder(s.dir);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after['vault.json']).toBe(before['vault.json']);
    expect(after['waymark.db']).toBe(before['waymark.db']);
    // An unknown username gets the same answer, so usernames cannot be discovered.
    const r2 = await s.call('vault.unlock', {
      username: 'nobody.here',
      passphrase: 'not the passphrase at all',
    });
    expect(r2).toEqual(r.ok ? null : { ok: false, error: r.error });
  });

  it('throttles after five failures, keeps the count across a restart, and audits the failures later', async () => {
    let clock = new Date('2026-11-23T10:00:00Z');
    const s = await makeSetUpCore({ now: () => clock });
    t = s;
    await s.ok('vault.lock');
    const wrong = { username: 'alex.admin', passphrase: 'wrong wrong wrong wrong' };
    for (let i = 0; i < 4; i++) expect(code(await s.call('vault.unlock', wrong))).toBe('BAD_CREDENTIALS');
    const fifth = await s.call('vault.unlock', wrong);
    expect(code(fifth)).toBe('THROTTLED');
    expect(fifth.ok ? 0 : fifth.error.retryAfterSeconds).toBe(30);
    await s.restart({ now: () => clock });
    const status = await s.ok<{ retryAfterSeconds: number }>('vault.status');
    expect(status.retryAfterSeconds).toBe(30);
    // Even the right passphrase waits.
    expect(code(await s.call('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase }))).toBe(
      'THROTTLED',
    );
    clock = new Date(clock.getTime() + 31_000);
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    const page = await s.ok<{ entries: { action: string; outcome: string; detail: string | null }[] }>(
      'audit.list',
      {},
    );
    const failures = page.entries.filter((e) => e.action === 'vault.unlock' && e.outcome === 'failed');
    expect(failures).toHaveLength(5);
    expect(failures.every((f) => f.detail === 'wrong-passphrase')).toBe(true);
    expect((await s.ok<{ retryAfterSeconds: number }>('vault.status')).retryAfterSeconds).toBe(0);
  });
});

describe('damage and tampering', () => {
  it('reports a flipped bit in the database as damage, not a crash', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('accounts.create', CASEWORKER);
    await s.ok('vault.lock');
    const path = join(s.dir, 'waymark.db');
    const bytes = readFileSync(path);
    // Page 1 (the schema): read at every unlock. Damage deeper in the file is found by the
    // background integrity check after unlock (see backup tests), not on the unlock path.
    bytes[600]! ^= 0x04;
    writeFileSync(path, bytes);
    const r = await s.call('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    expect(code(r)).toBe('DAMAGED');
    expect(r.ok ? '' : r.error.message).toMatch(/damaged/);
    expect((await s.ok<{ state: string }>('vault.status')).state).toBe('locked');
  });

  it('refuses a vault header whose slot was edited or swapped', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('accounts.create', CASEWORKER);
    await s.ok('vault.lock');
    const path = join(s.dir, 'vault.json');
    const original = readFileSync(path, 'utf8');
    type Slot = Record<string, unknown> & { username: string; kdf: { opslimit: number } };
    const slotsOf = (h: Record<string, unknown>) => h.slots as Slot[];
    const header = JSON.parse(original) as Record<string, unknown>;
    const admin = slotsOf(header).find((x) => x.username === 'alex.admin')!;
    const casey = slotsOf(header).find((x) => x.username === 'casey.worker')!;
    const unlockAs = async (passphrase: string) =>
      code(await s.call('vault.unlock', { username: 'alex.admin', passphrase }));

    // 1. The caseworker's slot relabelled as the administrator's: their passphrase opens their own
    //    keys, but the header MAC no longer matches.
    rewriteVaultFile(s.dir, (h) => {
      h.slots = slotsOf(h).filter((x) => x.username !== 'alex.admin');
      slotsOf(h).find((x) => x.username === 'casey.worker')!.username = 'alex.admin';
    });
    expect(await unlockAs(CASEWORKER.temporaryPassphrase)).toBe('TAMPERED');

    // 2. The wrapped keys swapped between the two slots: associated data binds the slot and account.
    writeFileSync(path, original);
    rewriteVaultFile(s.dir, (h) => {
      const a = slotsOf(h).find((x) => x.username === 'alex.admin')!;
      const c = slotsOf(h).find((x) => x.username === 'casey.worker')!;
      [a.wrappedSecrets, c.wrappedSecrets, a.nonce, c.nonce] = [
        casey.wrappedSecrets,
        admin.wrappedSecrets,
        casey.nonce,
        admin.nonce,
      ];
    });
    expect(await unlockAs(CASEWORKER.temporaryPassphrase)).toBe('BAD_CREDENTIALS');
    expect(await unlockAs(ADMIN.passphrase)).toBe('BAD_CREDENTIALS');

    // 3. A lowered KDF cost (downgrade) breaks the binding too.
    writeFileSync(path, original);
    rewriteVaultFile(s.dir, (h) => {
      slotsOf(h).find((x) => x.username === 'alex.admin')!.kdf.opslimit = 2;
    });
    expect(await unlockAs(ADMIN.passphrase)).toMatch(/BAD_CREDENTIALS|THROTTLED/);

    // 4. Another slot's sealed data key put in the administrator's slot: the right passphrase, but
    //    the sealed key does not open with the slot's own keys.
    writeFileSync(path, original);
    rewriteVaultFile(s.dir, (h) => {
      slotsOf(h).find((x) => x.username === 'alex.admin')!.sealedKey = casey.sealedKey;
    });
    writeFileSync(
      join(s.dir, 'throttle.json'),
      JSON.stringify({ failures: 0, lastFailureAt: null, pending: [] }),
    );
    expect(await unlockAs(ADMIN.passphrase)).toBe('TAMPERED');

    writeFileSync(path, original);
    writeFileSync(
      join(s.dir, 'throttle.json'),
      JSON.stringify({ failures: 0, lastFailureAt: null, pending: [] }),
    );
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
  });

  it('answers DAMAGED for a damaged own slot before trying the passphrase, without counting a failure', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('vault.lock');
    const path = join(s.dir, 'vault.json');
    const original = readFileSync(path, 'utf8');
    const before = snapshotFolder(s.dir);
    for (const field of ['salt', 'memlimit', 'nonce']) {
      const header = JSON.parse(original);
      const slot = header.slots.find((x: { username: string }) => x.username === 'alex.admin');
      if (field === 'nonce') slot.nonce = `A${slot.nonce.slice(1)}`;
      else if (field === 'salt') slot.kdf.salt = `B${slot.kdf.salt.slice(1)}`;
      else slot.kdf.memlimit = 4 * 1024 * 1024 * 1024; // a limit that would hang sign-in
      writeFileSync(path, JSON.stringify(header, null, 2));
      const r = await s.call('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
      expect(code(r), field).toBe('DAMAGED');
      expect(r.ok ? '' : r.error.message).toMatch(/vault file/);
    }
    writeFileSync(path, original);
    expect(snapshotFolder(s.dir)).toEqual(before);
    expect((await s.ok<{ retryAfterSeconds: number }>('vault.status')).retryAfterSeconds).toBe(0);
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
  });

  it('refuses an older copy of the database put back', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('vault.lock');
    const db = join(s.dir, 'waymark.db');
    copyFileSync(db, join(s.dir, 'old-copy'));
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    await s.ok('accounts.create', CASEWORKER);
    await s.ok('vault.lock');
    expect(existsSync(`${db}-wal`)).toBe(false);
    copyFileSync(join(s.dir, 'old-copy'), db);
    const r = await s.call('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    expect(code(r)).toBe('ROLLBACK');
    expect((await s.ok<{ state: string }>('vault.status')).state).toBe('locked');
  });
});

describe('passphrases and recovery', () => {
  it('changes a passphrase without rewriting the database; the old one then fails', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    // Checkpoint so the comparison is of the main file alone.
    await s.ok('vault.lock');
    const before = readFileSync(join(s.dir, 'waymark.db'));
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    const dbWhileOpen = readFileSync(join(s.dir, 'waymark.db'));
    expect(dbWhileOpen.equals(before)).toBe(true);
    const newPass = 'Copper meadow 19 whistle dune';
    const headerBefore = readFileSync(join(s.dir, 'vault.json'), 'utf8');
    await s.ok('vault.changePassphrase', { currentPassphrase: ADMIN.passphrase, newPassphrase: newPass });
    expect(readFileSync(join(s.dir, 'waymark.db')).equals(before)).toBe(true);
    expect(readFileSync(join(s.dir, 'vault.json'), 'utf8')).not.toBe(headerBefore);
    await s.ok('vault.lock');
    expect(code(await s.call('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase }))).toBe(
      'BAD_CREDENTIALS',
    );
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: newPass });
  });

  it('refuses a wrong current passphrase and a weak new one', async () => {
    const s = await makeSetUpCore();
    t = s;
    expect(
      code(
        await s.call('vault.changePassphrase', {
          currentPassphrase: 'not my passphrase',
          newPassphrase: 'Copper meadow 19 whistle dune',
        }),
      ),
    ).toBe('BAD_CREDENTIALS');
    const weak = await s.call('vault.changePassphrase', {
      currentPassphrase: ADMIN.passphrase,
      newPassphrase: 'Password1234!',
    });
    expect(code(weak)).toBe('VALIDATION');
    expect(weak.ok ? {} : weak.error.fieldErrors).toHaveProperty('newPassphrase');
  });

  it('signs an administrator in with the recovery key and sets a new passphrase', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('accounts.create', CASEWORKER);
    await s.ok('vault.lock');
    const fresh = 'Saffron tunnel 88 badger quilt';
    const typedBack = s.recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect(
      code(
        await s.call('vault.recover', {
          username: 'casey.worker',
          recoveryKey: typedBack,
          newPassphrase: fresh,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await s.call('vault.recover', {
          username: 'alex.admin',
          recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
          newPassphrase: fresh,
        }),
      ),
    ).toBe('BAD_CREDENTIALS');
    const session = await s.ok<{ username: string; mustChangePassphrase: boolean }>('vault.recover', {
      username: 'alex.admin',
      recoveryKey: typedBack,
      newPassphrase: fresh,
    });
    expect(session).toMatchObject({ username: 'alex.admin', mustChangePassphrase: false });
    await s.ok('vault.lock');
    expect(code(await s.call('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase }))).toBe(
      'BAD_CREDENTIALS',
    );
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: fresh });
    const audit = await s.ok<{ entries: { action: string; detail: string | null }[] }>('audit.list', {
      action: 'vault.recover',
    });
    expect(audit.entries.some((e) => e.detail === 'recovery key used')).toBe(true);
  });

  it('issues a new recovery key to an administrator who re-enters their passphrase; the old key stops working', async () => {
    const s = await makeSetUpCore();
    t = s;
    expect(code(await s.call('vault.newRecoveryKey', { currentPassphrase: 'not my passphrase' }))).toBe(
      'BAD_CREDENTIALS',
    );
    const { recoveryKey } = await s.ok<{ recoveryKey: string }>('vault.newRecoveryKey', {
      currentPassphrase: ADMIN.passphrase,
    });
    expect(recoveryKey).not.toBe(s.recoveryKey);
    const header = readHeader(join(s.dir, 'vault.json'))!;
    expect(header.slots.filter((x) => x.kind === 'recovery')).toHaveLength(1);
    await s.ok('vault.lock');
    const fresh = 'Saffron tunnel 88 badger quilt';
    expect(
      code(
        await s.call('vault.recover', {
          username: 'alex.admin',
          recoveryKey: s.recoveryKey,
          newPassphrase: fresh,
        }),
      ),
    ).toBe('BAD_CREDENTIALS');
    await s.ok('vault.recover', { username: 'alex.admin', recoveryKey, newPassphrase: fresh });
  });

  it('applies the same passphrase rules as the forms, with the person’s name and the organisation', async () => {
    const s = await makeSetUpCore();
    t = s;
    const withOrg = 'Fictional Resettlement Trust 2026';
    const create = await s.call('accounts.create', { ...CASEWORKER, temporaryPassphrase: withOrg });
    expect(create.ok ? null : create.error.fieldErrors).toEqual({
      temporaryPassphrase: 'Do not include the organisation name.',
    });
    const casey = await s.ok<{ id: string }>('accounts.create', CASEWORKER);
    const reset = await s.call('accounts.resetPassphrase', {
      id: casey.id,
      temporaryPassphrase: 'Casey goes sailing on Sunday',
    });
    expect(reset.ok ? null : reset.error.fieldErrors).toEqual({
      temporaryPassphrase: 'Do not include your name.',
    });
    const change = await s.call('vault.changePassphrase', {
      currentPassphrase: ADMIN.passphrase,
      newPassphrase: 'Alex walks the long harbour',
    });
    expect(change.ok ? null : change.error.fieldErrors).toEqual({
      newPassphrase: 'Do not include your name.',
    });
    await s.ok('vault.lock');
    const before = readFileSync(join(s.dir, 'vault.json'), 'utf8');
    const recover = await s.call('vault.recover', {
      username: 'alex.admin',
      recoveryKey: s.recoveryKey,
      newPassphrase: withOrg,
    });
    expect(recover.ok ? null : recover.error.code).toBe('VALIDATION');
    expect((await s.ok<{ state: string }>('vault.status')).state).toBe('locked');
    expect(readFileSync(join(s.dir, 'vault.json'), 'utf8')).toBe(before);
  });
});
