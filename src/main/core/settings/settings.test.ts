import { afterEach, describe, expect, it } from 'vitest';
import { makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { DEFAULT_THRESHOLDS, type Settings } from '../../../shared/settings';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('settings', () => {
  it('starts from the operations manual’s thresholds and a 10-minute idle lock', async () => {
    t = await makeSetUpCore();
    expect(await t.ok<Settings>('settings.get')).toEqual({
      idleLockMinutes: 10,
      thresholds: DEFAULT_THRESHOLDS,
    });
  });

  it('saves thresholds and idle time, survives a restart, and audits each change', async () => {
    const s = await makeSetUpCore();
    t = s;
    const thresholds = { ...DEFAULT_THRESHOLDS, reviewMonths: 2, dbsWarningDays: [90, 30] };
    await s.ok('settings.setThresholds', { thresholds });
    await s.ok('settings.setIdleLock', { idleLockMinutes: 3 });
    await s.restart();
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: 'Harbour lantern 7 violet kettle' });
    expect(await s.ok<Settings>('settings.get')).toEqual({ idleLockMinutes: 3, thresholds });
    expect((await s.ok<{ idleLockMinutes: number }>('vault.status')).idleLockMinutes).toBe(3);
    const audit = await s.ok<{ entries: { action: string; recordId: string }[] }>('audit.list', {
      pageSize: 10,
    });
    expect(audit.entries.filter((e) => e.action.startsWith('settings.')).map((e) => e.recordId)).toEqual([
      'idleLockMinutes',
      'thresholds',
    ]);
  });

  it('refuses inconsistent thresholds with a message on the field', async () => {
    t = await makeSetUpCore();
    const r = await t.call('settings.setThresholds', {
      thresholds: { ...DEFAULT_THRESHOLDS, sessionMinMinutes: 120, sessionMaxMinutes: 90 },
    });
    expect(r.ok ? null : r.error.fieldErrors).toEqual({
      'thresholds.sessionMaxMinutes': 'The shortest session length must not be longer than the longest.',
    });
  });
});
