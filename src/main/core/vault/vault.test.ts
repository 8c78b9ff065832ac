import { afterEach, describe, expect, it } from 'vitest';
import { CORE } from '../modules';
import {
  makeCore,
  makeSetUpCore,
  ADMIN,
  FAST_KDF,
  type TestCore,
} from '../../../../tests/support/core-fixture';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('vault set-up and unlock', () => {
  it('sets up, locks and unlocks with the passphrase', async () => {
    const s = await makeSetUpCore();
    t = s;
    expect(s.recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const status = await s.ok<{ state: string; session: { roles: string[] } }>('vault.status');
    expect(status.state).toBe('unlocked');
    expect(status.session.roles).toEqual(['administrator', 'coordinator']);
    await s.ok('vault.lock');
    expect((await s.ok<{ state: string }>('vault.status')).state).toBe('locked');
    const r = await s.call('accounts.list');
    expect(r.ok ? null : r.error.code).toBe('LOCKED');
    const session = await s.ok<{ username: string }>('vault.unlock', {
      username: 'ALEX.ADMIN',
      passphrase: ADMIN.passphrase,
    });
    expect(session.username).toBe('alex.admin');
  });

  it('reports an uninitialised vault and refuses a second set-up', async () => {
    t = await makeCore();
    expect((await t.ok<{ state: string }>('vault.status')).state).toBe('uninitialised');
    const r1 = await t.call('vault.unlock', { username: 'alex.admin', passphrase: 'whatever it is' });
    expect(r1.ok ? null : r1.error.code).toBe('NOT_SET_UP');
    await t.ok('vault.setup', ADMIN);
    const r2 = await t.call('vault.setup', ADMIN);
    expect(r2.ok ? null : r2.error.code).toBe('ALREADY_SET_UP');
  });

  it('removes a half-made vault so set-up can run again', async () => {
    t = await makeCore();
    const { Vault, vaultPaths } = await import('./vault.service');
    const { loadSodium } = await import('../crypto/sodium');
    const vault = new Vault(await loadSodium(), vaultPaths(t.dir), {
      ...FAST_KDF,
      now: () => new Date(),
      throttleMirror: null,
      entities: CORE.entities,
    });
    await vault.setup(ADMIN);
    expect(vault.state()).toBe('unlocked');
    await vault.discardIncompleteSetup();
    expect(vault.state()).toBe('uninitialised');
    await t.ok('vault.setup', ADMIN);
  });

  it('refuses to sign in over an open session', async () => {
    const s = await makeSetUpCore();
    t = s;
    const again = await s.call('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
    const recover = await s.call('vault.recover', {
      username: 'alex.admin',
      recoveryKey: s.recoveryKey,
      newPassphrase: 'Saffron tunnel 88 badger quilt',
    });
    expect(recover.ok ? null : recover.error.code).toBe('CONFLICT');
    expect((await s.ok<{ state: string }>('vault.status')).state).toBe('unlocked');
  });
});
