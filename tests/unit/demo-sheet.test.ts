import { describe, expect, it } from 'vitest';
import { ROLE_LABELS } from '../../src/shared/roles';
import { DEMO_ADMIN, DEMO_STAFF, demoSignInSheet } from '../host/demo';

describe('demoSignInSheet', () => {
  const sheet = demoSignInSheet('RECOVERY-KEY-FOR-THE-DEMO');

  it('names roles as the app labels them, never by their ids', () => {
    expect(sheet).toContain('Alex Example – Administrator, Co-ordinator');
    expect(sheet).toContain('Bronwen Fictitious – Lead mentor');
    expect(sheet).toContain('Imran Testwell – Safeguarding lead, Co-ordinator');
    // Every role named after a person's name is one of the app's labels.
    const named = [...sheet.matchAll(/ – ([^(\n]+)/g)].flatMap((m) => m[1]!.trim().split(', '));
    expect(named.length).toBe(1 + DEMO_STAFF.length + 2);
    for (const role of named) expect(Object.values(ROLE_LABELS)).toContain(role);
  });

  it('lists every demo account with its passphrase and state, and the recovery key', () => {
    for (const account of [DEMO_ADMIN, ...DEMO_STAFF]) {
      expect(sheet).toContain(account.username);
      expect(sheet).toContain(account.passphrase);
    }
    expect(sheet).toMatch(/demo\.newstarter .*\(temporary: must change\)/);
    expect(sheet).toMatch(/demo\.former .*\(disabled\)/);
    expect(sheet).toContain('recovery key: RECOVERY-KEY-FOR-THE-DEMO');
  });
});
