import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import type { AccountSummary, AuditPage } from '../../../shared/contract';
import type { AuditPerson } from '../../../shared/contract/audit';
import { snapshotFolder } from '../../../../tests/support/raw-db';

let t: (TestCore & { adminId: string }) | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const TEMP = 'Granite puffin 42 orchard lamp';
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error!.code);
const rows = async (s: TestCore) => (await s.ok<AuditPage>('audit.list', { pageSize: 200 })).entries;

async function core() {
  const s = await makeSetUpCore();
  t = s;
  return s;
}

describe('changing roles', () => {
  it('saves unchanged roles without a write or an audit row, whatever order they arrive in', async () => {
    const s = await core();
    const before = (await rows(s)).length;
    const files = snapshotFolder(s.dir);
    const same = await s.ok<AccountSummary>('accounts.setRoles', {
      id: s.adminId,
      roles: ['coordinator', 'administrator'],
    });
    expect(same.roles).toEqual(['administrator', 'coordinator']);
    expect((await rows(s)).length).toBe(before);
    expect(snapshotFolder(s.dir)['vault.json']).toBe(files['vault.json']);
  });

  it('lets an administrator drop their own administrator role only while another enabled administrator remains', async () => {
    const s = await core();
    expect(code(await s.call('accounts.setRoles', { id: s.adminId, roles: ['coordinator'] }))).toBe(
      'CONFLICT',
    );
    const other = await s.ok<AccountSummary>('accounts.create', {
      username: 'sam.second',
      displayName: 'Sam Second',
      roles: ['administrator'],
      temporaryPassphrase: TEMP,
    });
    await s.ok('accounts.disable', { id: other.id });
    // A disabled administrator does not count.
    expect(code(await s.call('accounts.setRoles', { id: s.adminId, roles: ['coordinator'] }))).toBe(
      'CONFLICT',
    );
    await s.ok('accounts.resetPassphrase', { id: other.id, temporaryPassphrase: TEMP });
    await s.ok('accounts.setRoles', { id: s.adminId, roles: ['coordinator'] });
    // The very next call is judged on the new roles.
    expect(code(await s.call('accounts.list'))).toBe('FORBIDDEN');
    const status = await s.ok<{ session: { roles: string[] } }>('vault.status');
    expect(status.session.roles).toEqual(['coordinator']);
  });

  it('always gives roles back in the fixed ROLES order', async () => {
    const s = await core();
    const a = await s.ok<AccountSummary>('accounts.create', {
      username: 'robin.roles',
      displayName: 'Robin Roles',
      roles: ['regional_manager', 'caseworker', 'coordinator'],
      temporaryPassphrase: TEMP,
    });
    expect(a.roles).toEqual(['coordinator', 'caseworker', 'regional_manager']);
    const audit = (await rows(s)).find((e) => e.action === 'accounts.create');
    expect(audit?.detail).toBe('roles=coordinator,caseworker,regional_manager');
  });
});

describe('correcting names', () => {
  it('renames an account (audited, without the name in the row) and skips a rename to the same name', async () => {
    const s = await core();
    const casey = await s.ok<AccountSummary>('accounts.create', {
      username: 'casey.worker',
      displayName: 'Casey Wroker',
      roles: ['caseworker'],
      temporaryPassphrase: TEMP,
    });
    const renamed = await s.ok<AccountSummary>('accounts.rename', {
      id: casey.id,
      displayName: '  Casey Worker ',
    });
    expect(renamed).toMatchObject({ displayName: 'Casey Worker', username: 'casey.worker' });
    const entries = await rows(s);
    const row = entries.find((e) => e.action === 'accounts.rename');
    expect(row).toMatchObject({ recordId: casey.id, recordLabel: 'Casey Worker', detail: 'name corrected' });
    await s.ok('accounts.rename', { id: casey.id, displayName: 'Casey Worker' });
    expect((await rows(s)).length).toBe(entries.length);
    expect(code(await s.call('accounts.rename', { id: casey.id, displayName: '\u202Elive' }))).toBe(
      'VALIDATION',
    );
    expect(
      code(
        await s.call('accounts.rename', { id: '00000000-0000-4000-8000-000000000000', displayName: 'X Y' }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('refuses names with direction overrides or control characters, with a plain message', async () => {
    const s = await core();
    const r = await s.call('accounts.create', {
      username: 'evil.name',
      displayName: 'Ev\u202Eil',
      roles: ['caseworker'],
      temporaryPassphrase: TEMP,
    });
    expect(r.ok ? null : r.error.fieldErrors?.displayName).toMatch(/hidden text-direction characters/);
    const tab = await s.call('accounts.create', {
      username: 'tab.name',
      displayName: 'Tab\tName',
      roles: ['caseworker'],
      temporaryPassphrase: TEMP,
    });
    expect(tab.ok ? null : tab.error.fieldErrors?.displayName).toBe(
      'A name must be on one line, without tabs or line breaks.',
    );
  });

  it('corrects the organisation name in the vault file; it shows while locked and is audited once', async () => {
    const s = await core();
    const before = (await rows(s)).length;
    await s.ok('settings.setOrganisationName', { organisationName: ADMIN.organisationName });
    expect((await rows(s)).length).toBe(before);
    await s.ok('settings.setOrganisationName', { organisationName: 'Fictional Resettlement Trust (North)' });
    const header = JSON.parse(readFileSync(join(s.dir, 'vault.json'), 'utf8')) as {
      organisationName: string;
    };
    expect(header.organisationName).toBe('Fictional Resettlement Trust (North)');
    await s.ok('vault.lock');
    await s.restart();
    expect((await s.ok<{ organisationName: string }>('vault.status')).organisationName).toBe(
      'Fictional Resettlement Trust (North)',
    );
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const audit = (await rows(s)).filter((e) => e.action === 'settings.setOrganisationName');
    expect(audit.map((e) => e.recordId)).toEqual(['organisationName']);
  });
});

describe('removed accounts in the audit log', () => {
  it('keeps a removed person’s name on their rows and in the person filter', async () => {
    const s = await core();
    const casey = await s.ok<AccountSummary>('accounts.create', {
      username: 'casey.worker',
      displayName: 'Casey Worker',
      roles: ['administrator'],
      temporaryPassphrase: TEMP,
    });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'casey.worker', passphrase: TEMP });
    await s.ok('vault.changePassphrase', {
      currentPassphrase: TEMP,
      newPassphrase: 'Thistle harbour 31 amber fox',
    });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await s.ok('accounts.remove', { id: casey.id });

    const theirs = await s.ok<AuditPage>('audit.list', { accountId: casey.id });
    expect(theirs.entries.length).toBeGreaterThan(0);
    expect(new Set(theirs.entries.map((e) => e.accountName))).toEqual(new Set(['Casey Worker']));
    const aboutThem = await s.ok<AuditPage>('audit.list', { recordId: casey.id });
    expect(aboutThem.entries.every((e) => e.recordLabel === 'Casey Worker')).toBe(true);

    const people = await s.ok<AuditPerson[]>('audit.people');
    expect(people).toEqual([
      { id: s.adminId, displayName: ADMIN.displayName, username: ADMIN.username, removed: false },
      { id: casey.id, displayName: 'Casey Worker', username: 'casey.worker', removed: true },
    ]);
  });
});
