import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChannels, contract } from '../../../shared/contract';
import { ROLES } from '../../../shared/roles';
import { DEFAULT_THRESHOLDS } from '../../../shared/settings';
import { ALL_HANDLERS } from '../handlers';
import { makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { snapshotFolder } from '../../../../tests/support/raw-db';

/**
 * Invalid input for every channel. The walk below fails when a channel is added to the contract
 * without an entry here, so no channel can ship without a bad-input test.
 */
const BAD_INPUT: Record<string, unknown[]> = {
  'vault.status': [{ extra: 1 }, 'text'],
  'vault.setup': [
    {},
    {
      organisationName: 'Fictional Trust',
      displayName: 'A B',
      username: 'a b c',
      passphrase: 'Harbour lantern 7 violet kettle',
    },
    { organisationName: 'Fictional Trust', displayName: 'A B', username: 'abc', passphrase: 'short' },
    { organisationName: 'Fictional Trust', displayName: 'A B', username: 'abc', passphrase: 'password1234' },
    {
      organisationName: 'Fictional \u202ETrust',
      displayName: 'A B',
      username: 'abc',
      passphrase: 'Harbour lantern 7 violet kettle',
    },
  ],
  'vault.unlock': [{ username: 'alex.admin' }, { username: 'x', passphrase: 'y' }],
  'vault.recover': [
    { username: 'alex.admin', recoveryKey: 'abc', newPassphrase: 'Harbour lantern 7 violet kettle' },
  ],
  'vault.lock': [{ reason: 'because' }],
  'vault.newRecoveryKey': [{}, { currentPassphrase: '' }],
  'vault.acknowledgeRecoveryKey': [{ recoveryKey: 'ABCD' }, 'yes'],
  'vault.activity': [{ at: 'now' }, null],
  // Names with a right-to-left override ("evil" shown as "live"), a control character, a line break.
  'accounts.rename': [
    { id: '00000000-0000-4000-8000-000000000000', displayName: '\u202Elive' },
    { id: '00000000-0000-4000-8000-000000000000', displayName: 'Lee\u0007 Lead' },
    { id: '00000000-0000-4000-8000-000000000000', displayName: 'Lee\nLead' },
    { id: '00000000-0000-4000-8000-000000000000', displayName: '   ' },
    { id: 'nope', displayName: 'Lee Lead' },
  ],
  'settings.setOrganisationName': [
    { organisationName: '' },
    { organisationName: 'Fictional \u2066Trust' },
    { organisationName: 'Fictional\u0085Trust' },
    { organisationName: 'x'.repeat(121) },
  ],
  'audit.people': [{ removed: true }],
  'vault.changePassphrase': [
    { currentPassphrase: '', newPassphrase: 'Harbour lantern 7 violet kettle' },
    {
      currentPassphrase: 'Harbour lantern 7 violet kettle',
      newPassphrase: 'Harbour lantern 7 violet kettle',
    },
  ],
  'accounts.list': [{ page: 1 }],
  'accounts.create': [
    {
      username: 'new.person',
      displayName: 'New Person',
      roles: [],
      temporaryPassphrase: 'Granite puffin 42 orchard lamp',
    },
    {
      username: 'new.person',
      displayName: 'New Person',
      roles: ['superuser'],
      temporaryPassphrase: 'Granite puffin 42 orchard lamp',
    },
    {
      username: 'new.person',
      displayName: 'New \u202EPerson',
      roles: ['caseworker'],
      temporaryPassphrase: 'Granite puffin 42 orchard lamp',
    },
    {
      username: 'new.person',
      displayName: 'New Person',
      roles: ['caseworker'],
      temporaryPassphrase: 'qwertyuiop12',
    },
  ],
  'accounts.setRoles': [
    { id: 'not-a-uuid', roles: ['caseworker'] },
    { id: '00000000-0000-4000-8000-000000000000', roles: ['caseworker', 'caseworker'] },
  ],
  'accounts.disable': [{ id: 42 }],
  'accounts.resetPassphrase': [{ id: '00000000-0000-4000-8000-000000000000', temporaryPassphrase: 'abc' }],
  'accounts.remove': [{}],
  'audit.list': [{ page: 0 }, { from: '2026-12-01', to: '2026-11-01' }, { pageSize: 1000 }],
  'audit.actions': [{ all: true }],
  'audit.verify': [null],
  'settings.get': [[]],
  'backups.list': [{ all: true }],
  'backups.create': [{ now: true }],
  'backups.setKeep': [{ backupsToKeep: 1 }, { backupsToKeep: 101 }, { backupsToKeep: 2.5 }, {}],
  'backups.restore': [
    { backupId: '../../etc', username: 'alex.admin', passphrase: 'x' },
    { backupId: '2026-01-01T00-00-00-000Z', username: 'alex.admin' },
    { backupId: '2026-01-01T00-00-00-000Z', username: 'a b', passphrase: 'x' },
    { backupId: '2026-01-01T00-00-00-000Z', username: 'alex.admin', recoveryKey: 'short' },
  ],
  'settings.setIdleLock': [{ idleLockMinutes: 0 }, { idleLockMinutes: 2.5 }, { idleLockMinutes: '10' }],
  'jobs.start': [
    {},
    { kind: 'DROP TABLE' },
    { kind: 'demo.unknown', input: {} },
    { kind: 'demo.slow', input: { steps: 0 } },
    { kind: 'demo.slow', input: { steps: 5, path: '/etc' } },
    { kind: 'demo.slow', extra: 1 },
  ],
  'jobs.cancel': [{}, { jobId: 'not-a-uuid' }, { jobId: 42 }],
  'jobs.list': [{ mine: false }],
  'settings.setThresholds': [
    { thresholds: { initialTrainingHours: 12 } },
    { thresholds: { ...DEFAULT_THRESHOLDS, dbsWarningDays: [60, 60, 7] } },
    { thresholds: { ...DEFAULT_THRESHOLDS, dbsRenewalYears: 1, dbsWarningDays: [365, 30] } },
    { thresholds: { ...DEFAULT_THRESHOLDS, initialTrainingHours: -5 } },
    { thresholds: { ...DEFAULT_THRESHOLDS, initialTrainingHours: 1.5 } },
  ],
};

/** A valid call for each channel that a role without access tries (and must be refused). */
const VALID_INPUT: Record<string, unknown> = {
  'vault.newRecoveryKey': { currentPassphrase: 'Granite puffin 42 orchard lamp' },
  'vault.acknowledgeRecoveryKey': {},
  'accounts.rename': { id: '00000000-0000-4000-8000-000000000000', displayName: 'Someone Else' },
  'settings.setOrganisationName': { organisationName: 'Another Trust' },
  'audit.people': {},
  'accounts.list': {},
  'accounts.create': {
    username: 'someone.new',
    displayName: 'Someone New',
    roles: ['caseworker'],
    temporaryPassphrase: 'Granite puffin 42 orchard lamp',
  },
  'accounts.setRoles': { id: '00000000-0000-4000-8000-000000000000', roles: ['caseworker'] },
  'accounts.disable': { id: '00000000-0000-4000-8000-000000000000' },
  'accounts.resetPassphrase': {
    id: '00000000-0000-4000-8000-000000000000',
    temporaryPassphrase: 'Granite puffin 42 orchard lamp',
  },
  'accounts.remove': { id: '00000000-0000-4000-8000-000000000000' },
  'audit.list': {},
  'audit.actions': {},
  'audit.verify': {},
  'settings.setIdleLock': { idleLockMinutes: 5 },
  'backups.create': {},
  'backups.setKeep': { backupsToKeep: 5 },
  'settings.setThresholds': { thresholds: DEFAULT_THRESHOLDS },
};

describe('the contract walk', () => {
  it('gives every channel a schema, an access rule, an audit action, a handler and a bad-input test', () => {
    for (const c of allChannels) {
      expect(c.input, c.name).toBeDefined();
      expect(typeof c.input.safeParse, c.name).toBe('function');
      expect(
        c.access === 'public' || c.access === 'signed-in' || (Array.isArray(c.access) && c.access.length > 0),
        c.name,
      ).toBe(true);
      if (Array.isArray(c.access)) for (const r of c.access) expect(ROLES, c.name).toContain(r);
      expect(c.audit, c.name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(ALL_HANDLERS.has(c.name), `${c.name} has a handler`).toBe(true);
      expect(BAD_INPUT[c.name]?.length, `${c.name} has bad-input cases`).toBeGreaterThan(0);
      // Public: the vault's own channels, and the backups a locked-out administrator restores from.
      if (c.access === 'public')
        expect(
          c.name.startsWith('vault.') || ['backups.list', 'backups.restore'].includes(c.name),
          `${c.name} may be public`,
        ).toBe(true);
    }
    expect([...ALL_HANDLERS.keys()].sort()).toEqual(allChannels.map((c) => c.name).sort());
    expect(Object.keys(BAD_INPUT).sort()).toEqual(allChannels.map((c) => c.name).sort());
  });

  it('names channels after their place in the contract', () => {
    for (const [area, channels] of Object.entries(contract)) {
      for (const [action, def] of Object.entries(channels)) expect(def.name).toBe(`${area}.${action}`);
    }
  });
});

describe('every channel through the real dispatcher', () => {
  let s: TestCore;
  beforeAll(async () => {
    s = await makeSetUpCore();
    await s.ok('accounts.create', {
      username: 'lee.lead',
      displayName: 'Lee Lead',
      roles: ['lead_mentor'],
      temporaryPassphrase: 'Granite puffin 42 orchard lamp',
    });
  });
  afterAll(() => s.cleanup());

  const dbFiles = () => {
    const snap = snapshotFolder(s.dir);
    return { db: snap['waymark.db'], wal: snap['waymark.db-wal'], vault: snap['vault.json'] };
  };

  for (const c of allChannels) {
    it(`${c.name}: invalid input gives VALIDATION and writes nothing`, async () => {
      for (const input of BAD_INPUT[c.name]!) {
        const before = dbFiles();
        const r = await s.call(c.name, input);
        expect(r.ok, `${c.name} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('VALIDATION');
          expect(r.error.message).toMatch(/need(s)? correcting/);
          expect(Object.keys(r.error.fieldErrors ?? {}).length).toBeGreaterThan(0);
        }
        expect(dbFiles()).toEqual(before);
      }
    });
  }

  it('refuses every role-limited channel to a role without access, with an audit row each', async () => {
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'lee.lead', passphrase: 'Granite puffin 42 orchard lamp' });
    await s.ok('vault.changePassphrase', {
      currentPassphrase: 'Granite puffin 42 orchard lamp',
      newPassphrase: 'Thistle harbour 31 amber fox',
    });
    const limited = allChannels.filter((c) => Array.isArray(c.access) && !c.access.includes('lead_mentor'));
    expect(limited.length).toBe(Object.keys(VALID_INPUT).length);
    for (const c of limited) {
      const r = await s.call(c.name, VALID_INPUT[c.name]);
      expect(r.ok ? 'OK' : r.error.code, c.name).toBe('FORBIDDEN');
    }
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: 'Harbour lantern 7 violet kettle' });
    const denied = await s.ok<{ entries: { action: string; outcome: string; accountName: string }[] }>(
      'audit.list',
      { outcome: 'denied', pageSize: 200 },
    );
    expect(denied.entries.map((e) => e.action).sort()).toEqual(limited.map((c) => c.audit).sort());
    expect(new Set(denied.entries.map((e) => e.accountName))).toEqual(new Set(['Lee Lead']));
  });

  it('answers LOCKED on every channel that needs a key once locked', async () => {
    await s.ok('vault.lock');
    const before = snapshotFolder(s.dir);
    for (const c of allChannels.filter((x) => !x.whileLocked)) {
      const r = await s.call(c.name, VALID_INPUT[c.name] ?? {});
      expect(r.ok ? 'OK' : r.error.code, c.name).toBe('LOCKED');
    }
    expect(snapshotFolder(s.dir)).toEqual(before);
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: 'Harbour lantern 7 violet kettle' });
  });

  it('keeps a signed-in person with a temporary passphrase to the change-passphrase screen', async () => {
    await s.ok('accounts.create', {
      username: 'tam.temp',
      displayName: 'Tam Temp',
      roles: ['coordinator'],
      temporaryPassphrase: 'Granite puffin 42 orchard lamp',
    });
    await s.ok('vault.lock');
    const session = await s.ok<{ mustChangePassphrase: boolean }>('vault.unlock', {
      username: 'tam.temp',
      passphrase: 'Granite puffin 42 orchard lamp',
    });
    expect(session.mustChangePassphrase).toBe(true);
    const r = await s.call('settings.get', {});
    expect(r.ok ? 'OK' : r.error.code).toBe('PASSPHRASE_CHANGE_REQUIRED');
    await s.ok('vault.changePassphrase', {
      currentPassphrase: 'Granite puffin 42 orchard lamp',
      newPassphrase: 'Juniper canal 64 velvet owl',
    });
    await s.ok('settings.get', {});
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: 'Harbour lantern 7 violet kettle' });
  });

  it('answers an unknown channel with NOT_FOUND and nothing else', async () => {
    const r = await s.call('accounts.dropTable', {});
    expect(r.ok ? 'OK' : r.error.code).toBe('NOT_FOUND');
    expect(readFileSync(join(s.dir, 'vault.json'), 'utf8')).toContain('waymark-vault');
  });
});
