import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';
import type { AuditPage, AuditVerification } from '../../../shared/contract';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

async function withSomeHistory() {
  const s = await makeSetUpCore();
  t = s;
  await s.ok('settings.setIdleLock', { idleLockMinutes: 15 });
  await s.ok('accounts.create', {
    username: 'casey.worker',
    displayName: 'Casey Worker',
    roles: ['caseworker'],
    temporaryPassphrase: 'Granite puffin 42 orchard lamp',
  });
  await s.ok('vault.lock');
  await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
  return s;
}

describe('the audit chain', () => {
  it('verifies an untouched chain and records who did what', async () => {
    const s = await withSomeHistory();
    // Ordinary reads (status, settings, lists) are not events; they must not flood the log.
    await s.ok('vault.status');
    await s.ok('settings.get');
    await s.ok('accounts.list');
    const v = await s.ok<AuditVerification>('audit.verify');
    expect(v).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(v.rowsChecked).toBe(5);
    const page = await s.ok<AuditPage>('audit.list', {});
    expect(page.entries.map((e) => e.action)).toEqual([
      'audit.verify',
      'vault.unlock',
      'vault.lock',
      'accounts.create',
      'settings.setIdleLock',
      'vault.setup',
    ]);
    expect(page.entries.every((e) => e.accountName === ADMIN.displayName)).toBe(true);
  });

  it('refuses UPDATE and DELETE on audit rows in the database itself', async () => {
    const s = await withSomeHistory();
    await s.ok('vault.lock');
    const raw = await openRaw(s.dir, 'alex.admin', ADMIN.passphrase);
    expect(() => raw.prepare("UPDATE audit_event SET action = 'x' WHERE seq = 2").run()).toThrow(
      /cannot be changed/,
    );
    expect(() => raw.prepare('DELETE FROM audit_event WHERE seq = 2').run()).toThrow(/cannot be removed/);
    raw.close();
  });

  it('names the first broken row after an edit with raw SQL', async () => {
    const s = await withSomeHistory();
    await s.ok('vault.lock');
    const raw = await openRaw(s.dir, 'alex.admin', ADMIN.passphrase);
    // Someone with the key drops the trigger and rewrites history.
    raw.exec('DROP TRIGGER audit_event_no_update');
    raw.prepare("UPDATE audit_event SET detail = 'minutes=240' WHERE seq = 2").run();
    raw.close();
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    const v = await s.ok<AuditVerification>('audit.verify');
    expect(v).toMatchObject({ ok: false, firstBrokenSeq: 2, rowsChecked: 1 });
  });

  it('names the gap when a row is removed', async () => {
    const s = await withSomeHistory();
    await s.ok('vault.lock');
    const raw = await openRaw(s.dir, 'alex.admin', ADMIN.passphrase);
    raw.exec('DROP TRIGGER audit_event_no_delete');
    raw.prepare('DELETE FROM audit_event WHERE seq = 3').run();
    raw.close();
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    expect(await s.ok<AuditVerification>('audit.verify')).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('filters by account, record, action, outcome and dates, and pages', async () => {
    const s = await withSomeHistory();
    const accounts = await s.ok<{ id: string; username: string }[]>('accounts.list');
    const casey = accounts.find((a) => a.username === 'casey.worker')!;
    const byRecord = await s.ok<AuditPage>('audit.list', { recordId: casey.id });
    expect(byRecord.entries.map((e) => [e.action, e.recordType, e.recordLabel])).toEqual([
      ['accounts.create', 'account', 'Casey Worker'],
    ]);
    const byAction = await s.ok<AuditPage>('audit.list', { action: 'vault.lock' });
    expect(byAction.total).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    expect((await s.ok<AuditPage>('audit.list', { from: today, to: today })).total).toBe(5);
    expect((await s.ok<AuditPage>('audit.list', { to: '2000-01-01' })).total).toBe(0);
    expect((await s.ok<AuditPage>('audit.list', { accountId: casey.id })).total).toBe(0);
    const p2 = await s.ok<AuditPage>('audit.list', { page: 2, pageSize: 10 });
    expect(p2.entries).toHaveLength(0);
    expect(await s.ok<string[]>('audit.actions')).toContain('accounts.create');
  });
});
