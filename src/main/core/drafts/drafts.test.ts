import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  becomeNewAccount,
  makeSetUpCore,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import { filesContaining } from '../../../../tests/support/raw-db';
import type { AuditPage, Draft } from '../../../shared/contract';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});
const FORM = { channel: 'establishments.create', key: 'new' };

describe('drafts', () => {
  it('keep a form’s typing encrypted across a lock, for its author only, without an audit row per keystroke', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const s = await makeSetUpCore({ now: () => new Date(clock) });
    t = s;
    const marker = 'Quillfeather Marsh';
    await s.ok('drafts.save', { ...FORM, data: { name: 'HMP Q' } });
    await s.ok('drafts.save', { ...FORM, data: { name: marker, town: 'Kendal' } });
    await s.ok('vault.lock');
    expect(filesContaining(s.dir, marker)).toEqual([]); // kept in the encrypted database only
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect(await s.ok<Draft>('drafts.get', FORM)).toMatchObject({ data: { name: marker, town: 'Kendal' } });
    expect(await s.ok<unknown[]>('drafts.list')).toEqual([{ ...FORM, savedAt: expect.any(String) }]);
    const audit = await s.ok<AuditPage>('audit.list', { action: 'drafts.save' });
    expect(audit.total).toBe(0);

    // Another person sees none of it, and may not draft a form they could not submit.
    await becomeNewAccount(s, 'casey.worker', ['caseworker']);
    expect(await s.ok<unknown[]>('drafts.list')).toEqual([]);
    const refused = await s.call('drafts.save', { ...FORM, data: { name: 'x' } });
    expect(refused.ok ? 'OK' : refused.error.code).toBe('FORBIDDEN');
    const notAForm = await s.call('drafts.save', { channel: 'vault.changePassphrase', key: 'x', data: {} });
    expect(notAForm.ok ? 'OK' : notAForm.error.code).toBe('FORBIDDEN');

    // Drafts older than 30 days are not offered.
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    clock += 31 * 86_400_000;
    expect(await s.ok('drafts.get', FORM)).toBeNull();
    await s.ok('drafts.save', { channel: 'establishments.update', key: 'abc', data: { name: 'y' } });
    expect(
      await s.ok<{ discarded: boolean }>('drafts.discard', { channel: 'establishments.update', key: 'abc' }),
    ).toEqual({
      discarded: true,
    });
    const tooBig = await s.call('drafts.save', { ...FORM, data: { notes: 'x'.repeat(70_000) } });
    expect(tooBig.ok ? 'OK' : tooBig.error.code).toBe('VALIDATION');
  });
});
