import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChannels, contract } from '../../../shared/contract';
import { ROLES } from '../../../shared/roles';
import { ALL_HANDLERS } from '../handlers';
import { policyProblems } from '../policy/contract-walk';
import { makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { snapshotFolder } from '../../../../tests/support/raw-db';

describe('the contract walk', () => {
  it('gives every channel a schema, an access rule, an audit action, a handler and examples', () => {
    for (const c of allChannels) {
      expect(c.input, c.name).toBeDefined();
      expect(typeof c.input.safeParse, c.name).toBe('function');
      expect(
        c.access === 'public' || c.access === 'signed-in' || (Array.isArray(c.access) && c.access.length > 0),
        c.name,
      ).toBe(true);
      if (Array.isArray(c.access)) for (const r of c.access) expect(ROLES, c.name).toContain(r);
      expect(c.audit, c.name).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
      expect(c.label.trim(), `${c.name} has an audit label`).not.toBe('');
      expect(ALL_HANDLERS.has(c.name), `${c.name} has a handler`).toBe(true);
      // Output schema, bad-input examples, every output field classed and declared: fails closed.
      expect(policyProblems(c), c.name).toEqual([]);
      // The examples must say what they claim, or the tests below prove nothing.
      for (const input of c.examples?.valid ?? [])
        expect(c.input.safeParse(input).success, `${c.name} valid ${JSON.stringify(input)}`).toBe(true);
      // A role-limited channel needs a valid call, so the refusal below is a refusal by role.
      if (Array.isArray(c.access))
        expect(c.examples?.valid.length, `${c.name} has a valid example`).toBeGreaterThan(0);
      // Public: the vault's own channels, and the backups a locked-out administrator restores from.
      if (c.access === 'public')
        expect(
          c.name.startsWith('vault.') || ['backups.list', 'backups.restore'].includes(c.name),
          `${c.name} may be public`,
        ).toBe(true);
    }
    expect([...ALL_HANDLERS.keys()].sort()).toEqual(allChannels.map((c) => c.name).sort());
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
      for (const input of c.examples?.invalid ?? []) {
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
    expect(limited.length).toBeGreaterThan(0);
    for (const c of limited) {
      const r = await s.call(c.name, c.examples?.valid[0]);
      expect(r.ok ? 'OK' : r.error.code, c.name).toBe('FORBIDDEN');
    }
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'alex.admin', passphrase: 'Harbour lantern 7 violet kettle' });
    // Read every page: there are more refusals than one page holds.
    const entries: { action: string; outcome: string; accountName: string }[] = [];
    for (let page = 1; ; page++) {
      const denied = await s.ok<{ entries: typeof entries }>('audit.list', {
        outcome: 'denied',
        pageSize: 200,
        page,
      });
      entries.push(...denied.entries);
      if (denied.entries.length < 200) break;
    }
    expect(entries.map((e) => e.action).sort()).toEqual(limited.map((c) => c.audit).sort());
    expect(new Set(entries.map((e) => e.accountName))).toEqual(new Set(['Lee Lead']));
  });

  it('answers LOCKED on every channel that needs a key once locked', async () => {
    await s.ok('vault.lock');
    const before = snapshotFolder(s.dir);
    for (const c of allChannels.filter((x) => !x.whileLocked)) {
      const r = await s.call(c.name, c.examples?.valid[0] ?? {});
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
