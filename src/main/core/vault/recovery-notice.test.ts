import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import type { AccountSummary, AuditPage, VaultStatus } from '../../../shared/contract';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const notice = async (s: TestCore) => (await s.ok<VaultStatus>('vault.status')).session?.recoveryKeyNotice;
const signInAdmin = (s: TestCore) =>
  s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });

/** Every file in the data folder, as text, to prove the key never reaches the disk. */
const diskText = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)).toString('latin1'))
    .join('\n');

describe('the recovery key notice', () => {
  it('keeps a just-issued key in memory until acknowledged, never on disk, and forgets it on lock', async () => {
    const s = await makeSetUpCore();
    t = s;
    expect(await notice(s)).toEqual({ reason: 'unconfirmed', recoveryKey: s.recoveryKey });
    // Asking again (a reload) still shows it.
    expect(await notice(s)).toEqual({ reason: 'unconfirmed', recoveryKey: s.recoveryKey });
    const compact = s.recoveryKey.replace(/-/g, '');
    expect(diskText(s.dir)).not.toContain(s.recoveryKey);
    expect(diskText(s.dir)).not.toContain(compact);

    await s.ok('vault.lock');
    await signInAdmin(s);
    // Gone from memory after the lock; the flag says it was never confirmed.
    expect(await notice(s)).toEqual({ reason: 'unconfirmed', recoveryKey: null });

    await s.ok('vault.acknowledgeRecoveryKey');
    expect(await notice(s)).toBeNull();
    const rows = (await s.ok<AuditPage>('audit.list')).entries.filter(
      (e) => e.action === 'vault.acknowledgeRecoveryKey',
    );
    expect(rows).toHaveLength(1);
    // A second acknowledgement has nothing to clear and writes no row.
    await s.ok('vault.acknowledgeRecoveryKey');
    expect(
      (await s.ok<AuditPage>('audit.list')).entries.filter(
        (e) => e.action === 'vault.acknowledgeRecoveryKey',
      ),
    ).toHaveLength(1);
  });

  it('is lost on restart, shown again for a newly issued key, and raised after a recovery-key sign-in', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.restart();
    await signInAdmin(s);
    expect(await notice(s)).toEqual({ reason: 'unconfirmed', recoveryKey: null });

    const { recoveryKey } = await s.ok<{ recoveryKey: string }>('vault.newRecoveryKey', {
      currentPassphrase: ADMIN.passphrase,
    });
    expect(await notice(s)).toEqual({ reason: 'unconfirmed', recoveryKey });
    await s.ok('vault.acknowledgeRecoveryKey');

    await s.ok('vault.lock');
    await s.ok('vault.recover', {
      username: ADMIN.username,
      recoveryKey,
      newPassphrase: 'Copper meadow 51 lantern owl',
    });
    expect(await notice(s)).toEqual({ reason: 'used', recoveryKey: null });
  });

  it('is shown only to administrators', async () => {
    const s = await makeSetUpCore();
    t = s;
    const temp = 'Granite puffin 42 orchard lamp';
    await s.ok<AccountSummary>('accounts.create', {
      username: 'casey.worker',
      displayName: 'Casey Worker',
      roles: ['coordinator'],
      temporaryPassphrase: temp,
    });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'casey.worker', passphrase: temp });
    expect(await notice(s)).toBeNull();
    await s.ok('vault.changePassphrase', {
      currentPassphrase: temp,
      newPassphrase: 'Thistle harbour 31 amber fox',
    });
    expect(await notice(s)).toBeNull();
    const r = await s.call('vault.acknowledgeRecoveryKey');
    expect(r.ok ? 'OK' : r.error.code).toBe('FORBIDDEN');
  });
});
