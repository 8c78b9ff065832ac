import { describe, expect, it } from 'vitest';
import { allChannels } from '../../../../shared/contract';
import { actionLabel, classesLabel, detailLabel, recordLabel, whoLabel } from './action-labels';

describe('audit log words', () => {
  it('names every channel in words, never as its code', () => {
    for (const c of allChannels) expect(actionLabel(c.audit), c.name).not.toMatch(/\.|[a-z][A-Z]/);
    expect(actionLabel('cases.reopenLater')).toBe('Reopen later');
  });

  it('turns detail codes, role ids and data classes into plain words', () => {
    expect(detailLabel('roles=caseworker,administrator')).toBe('Roles: Administrator, Caseworker');
    expect(detailLabel('minutes=3')).toBe('Lock after 3 minutes');
    expect(detailLabel('ok rows=12')).toBe('Chain intact: 12 rows checked');
    expect(detailLabel('vault created')).toBe('Waymark set up on this computer');
    expect(detailLabel('some-new_code')).toBe('Some new code');
    expect(detailLabel('backup 2026-11-23T14-05-09-123Z')).toMatch(/^Backup taken 23\/11\/2026 \d{2}:05$/);
    expect(detailLabel('keep 12')).toBe('Keep the newest 12 backups');
    expect(classesLabel(['system'])).toBeNull();
    expect(classesLabel(['system', 'criminal'])).toBe('Read criminal offence data');
  });

  it('names the record and who acted, including a failed sign-in’s typed username', () => {
    expect(recordLabel({ recordType: 'setting', recordId: 'idleLockMinutes', recordLabel: null })).toBe(
      'Setting: Idle lock time',
    );
    expect(recordLabel({ recordType: 'account', recordId: 'x', recordLabel: 'Dafydd Example' })).toBe(
      'Staff account: Dafydd Example',
    );
    expect(
      whoLabel({ accountName: null, triedUsername: 'jdoe', outcome: 'failed', action: 'vault.unlock' }).text,
    ).toBe('Failed sign-in as ‘jdoe’');
    expect(
      whoLabel({ accountName: null, triedUsername: null, outcome: 'ok', action: 'vault.status' }).text,
    ).toBe('Nobody signed in');
  });
});
