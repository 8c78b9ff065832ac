import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import type { AccountSummary } from '../../../shared/contract';
import { openRaw } from '../../../../tests/support/raw-db';

let t: (TestCore & { adminId: string }) | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const TEMP = 'Granite puffin 42 orchard lamp';
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error!.code);
const slotsIn = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')).slots as { username: string | null }[]).map(
    (x) => x.username,
  );

async function withCaseworker() {
  const s = await makeSetUpCore();
  t = s;
  const casey = await s.ok<AccountSummary>('accounts.create', {
    username: 'Casey.Worker',
    displayName: 'Casey Worker',
    roles: ['caseworker'],
    temporaryPassphrase: TEMP,
  });
  return { s, casey };
}

describe('staff accounts', () => {
  it('creates an account with a temporary passphrase that must be changed', async () => {
    const { s, casey } = await withCaseworker();
    expect(casey).toMatchObject({
      username: 'casey.worker',
      roles: ['caseworker'],
      disabled: false,
      mustChangePassphrase: true,
    });
    expect(slotsIn(s.dir)).toContain('casey.worker');
    const dup = await s.call('accounts.create', {
      username: 'casey.worker',
      displayName: 'Other',
      roles: ['caseworker'],
      temporaryPassphrase: TEMP,
    });
    expect(code(dup)).toBe('CONFLICT');
    expect(dup.ok ? {} : dup.error.fieldErrors).toHaveProperty('username');
  });

  it('changes roles, and the change applies to the next call', async () => {
    const { s, casey } = await withCaseworker();
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'casey.worker', passphrase: TEMP });
    await s.ok('vault.changePassphrase', {
      currentPassphrase: TEMP,
      newPassphrase: 'Thistle harbour 31 amber fox',
    });
    expect(
      code(
        await s.call('settings.setThresholds', {
          thresholds: (await s.ok<{ thresholds: object }>('settings.get')).thresholds,
        }),
      ),
    ).toBe('FORBIDDEN');
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    await s.ok('accounts.setRoles', { id: casey.id, roles: ['caseworker', 'coordinator'] });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'casey.worker', passphrase: 'Thistle harbour 31 amber fox' });
    const settings = await s.ok<{ thresholds: object }>('settings.get');
    await s.ok('settings.setThresholds', { thresholds: settings.thresholds });
  });

  it('disables an account: its slot is destroyed and it cannot sign in until reset', async () => {
    const { s, casey } = await withCaseworker();
    await s.ok('accounts.disable', { id: casey.id });
    expect(slotsIn(s.dir)).not.toContain('casey.worker');
    await s.ok('vault.lock');
    expect(code(await s.call('vault.unlock', { username: 'casey.worker', passphrase: TEMP }))).toBe(
      'BAD_CREDENTIALS',
    );
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    const fresh = 'Walnut pebble 77 cobalt heron';
    const reset = await s.ok<AccountSummary>('accounts.resetPassphrase', {
      id: casey.id,
      temporaryPassphrase: fresh,
    });
    expect(reset).toMatchObject({ disabled: false, mustChangePassphrase: true });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'casey.worker', passphrase: fresh });
  });

  it('removes an account and its slot but keeps its audit history', async () => {
    const { s, casey } = await withCaseworker();
    await s.ok('accounts.remove', { id: casey.id });
    expect(slotsIn(s.dir)).not.toContain('casey.worker');
    expect((await s.ok<AccountSummary[]>('accounts.list')).map((a) => a.username)).toEqual(['alex.admin']);
    const history = await s.ok<{ entries: { action: string }[] }>('audit.list', { recordId: casey.id });
    expect(history.entries.map((e) => e.action)).toEqual(['accounts.remove', 'accounts.create']);
    expect(code(await s.call('accounts.remove', { id: casey.id }))).toBe('NOT_FOUND');
  });

  it('never leaves the vault without an enabled administrator, and refuses changes to yourself', async () => {
    const s = await makeSetUpCore();
    t = s;
    expect(code(await s.call('accounts.setRoles', { id: s.adminId, roles: ['coordinator'] }))).toBe(
      'CONFLICT',
    );
    expect(code(await s.call('accounts.disable', { id: s.adminId }))).toBe('CONFLICT');
    expect(code(await s.call('accounts.remove', { id: s.adminId }))).toBe('CONFLICT');
    expect(code(await s.call('accounts.resetPassphrase', { id: s.adminId, temporaryPassphrase: TEMP }))).toBe(
      'CONFLICT',
    );
    const second = await s.ok<AccountSummary>('accounts.create', {
      username: 'sam.second',
      displayName: 'Sam Second',
      roles: ['administrator'],
      temporaryPassphrase: TEMP,
    });
    await s.ok('accounts.setRoles', { id: s.adminId, roles: ['coordinator', 'administrator'] });
    await s.ok('accounts.setRoles', { id: second.id, roles: ['caseworker'] });
    const failures = await s.ok<{ total: number; entries: { outcome: string; detail: string }[] }>(
      'audit.list',
      {
        outcome: 'failed',
      },
    );
    expect(failures.entries.every((e) => e.detail === 'CONFLICT')).toBe(true);
    expect(failures.total).toBe(4);
  });

  it('locks a session whose account is disabled underneath it, and lets a disabled admin back in only after a reset', async () => {
    const { s, casey } = await withCaseworker();
    await s.ok('accounts.setRoles', { id: casey.id, roles: ['administrator'] });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'casey.worker', passphrase: TEMP });
    const mine = 'Thistle harbour 31 amber fox';
    await s.ok('vault.changePassphrase', { currentPassphrase: TEMP, newPassphrase: mine });
    await s.ok('accounts.disable', { id: t!.adminId });
    expect(code(await s.call('vault.lock'))).toBe('OK');
    expect(code(await s.call('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase }))).toBe(
      'BAD_CREDENTIALS',
    );
    // Casey's own row is switched off behind the core's back (as a restored or edited file might):
    // the next call finds no enabled caller and locks instead of answering.
    await s.ok('vault.unlock', { username: 'casey.worker', passphrase: mine });
    const raw = await openRaw(s.dir, 'casey.worker', mine);
    raw.prepare('UPDATE account SET disabled = 1 WHERE id = ?').run(casey.id);
    raw.close();
    expect(code(await s.call('settings.get'))).toBe('LOCKED');
    expect((await s.ok<{ state: string }>('vault.status')).state).toBe('locked');
  });
});
