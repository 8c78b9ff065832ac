import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { classed, defineArea } from '../../../shared/contract';
import { createCore, type Core } from '..';
import { defineHandlers } from './handler.types';
import { defineModule } from '../module';
import type { RowView, ScopeResolver } from '../policy/scope';
import { policyProblems } from '../policy/contract-walk';
import { ADMIN, FAST_KDF } from '../../../../tests/support/core-fixture';
import type { Result } from '../../../shared/errors';

/**
 * The policy, through the real pipeline, with a test-only area: people on caseloads (a caseworker
 * sees their own caseload in full and only directory data of everyone else) and mentors in
 * clusters (a lead mentor sees their cluster's mentors and no one else).
 */
const PEOPLE = [
  { id: 'p1', name: 'Jordan Ash', riskLevel: 'high', ethnicity: 'White British' },
  { id: 'p2', name: 'Sam Birch', riskLevel: 'low', ethnicity: 'Black Caribbean' },
  { id: 'p3', name: 'Robin Cedar', riskLevel: 'medium', ethnicity: 'Mixed' },
];
const CASELOAD = new Map<string, string[]>();
const CLUSTER = new Map<string, string[]>();

const person = z.object({
  id: classed('directory', z.string()),
  name: classed('directory', z.string()),
  riskLevel: classed('criminal', z.string().nullable()),
  ethnicity: classed('special', z.string().nullable()),
});
const area = defineArea('testing', {
  readPerson: {
    kind: 'read',
    input: z.object({ id: z.string().min(1) }).strict(),
    output: person,
    classes: ['directory', 'criminal', 'special'],
    access: ['coordinator', 'caseworker', 'lead_mentor'],
    label: 'Read a person',
    summary: 'Test only.',
    examples: { valid: [{ id: 'p1' }], invalid: [{}] },
  },
  listPeople: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ total: classed('directory', z.number()), items: z.array(person) }),
    classes: ['directory', 'criminal', 'special'],
    access: ['coordinator', 'caseworker', 'lead_mentor'],
    label: 'List people',
    summary: 'Test only.',
    examples: { invalid: [{ x: 1 }] },
  },
  // The review's failing case: sensitive classes, and an output whose fields say nothing.
  careless: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ name: z.string(), riskLevel: z.string() }),
    classes: ['directory', 'criminal'],
    access: ['coordinator', 'lead_mentor'],
    label: 'Careless read',
    summary: 'Test only.',
    examples: { invalid: [{ x: 1 }] },
  },
});

const byCaseload: ScopeResolver = {
  async views(_em, subject, ids) {
    const mine = new Set(CASELOAD.get(subject.accountId) ?? []);
    const cluster = new Set(CLUSTER.get(subject.accountId) ?? []);
    const view = (id: string): RowView =>
      subject.roles.includes('coordinator') || mine.has(id)
        ? 'full'
        : subject.roles.includes('caseworker')
          ? 'directory'
          : cluster.has(id)
            ? 'full'
            : 'none';
    return new Map(ids.map((id) => [id, view(id)]));
  },
};

const testModule = defineModule({
  area: 'testing',
  channels: area,
  handlers: defineHandlers(area, {
    readPerson: {
      run: async (_ctx, input) => PEOPLE.find((p) => p.id === input.id)!,
      scope: { recordType: 'person', recordId: (input) => input.id },
      audit: (input) => ({ recordType: 'person', recordId: input.id }),
    },
    listPeople: {
      run: async () => ({ total: PEOPLE.length, items: PEOPLE }),
      scope: { recordType: 'person', rows: 'items' },
    },
    careless: { run: async () => ({ name: 'Jordan Ash', riskLevel: 'high' }) },
  }),
  tables: [],
  scopes: { person: byCaseload },
});

let core: Core | undefined;
let dir: string | undefined;
afterEach(async () => {
  await core?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type AuditRowOut = { action: string; outcome: string; classes: string[]; recordId: string | null };

async function setUp() {
  dir = mkdtempSync(join(tmpdir(), 'waymark-pipe-'));
  core = await createCore({ dataDir: dir, ...FAST_KDF, automaticBackups: false }, { modules: [testModule] });
  const ok = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const r = (await core!.call(name, input)) as Result<T>;
    if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
    return r.value;
  };
  await ok('vault.setup', ADMIN);
  const pass = 'Granite puffin 42 orchard lamp';
  const make = async (username: string, roles: string[]) =>
    (
      await ok<{ id: string }>('accounts.create', {
        username,
        displayName: username,
        roles,
        temporaryPassphrase: pass,
      })
    ).id;
  const signIn = async (username: string) => {
    await ok('vault.lock');
    await ok('vault.unlock', { username, passphrase: pass });
    await ok('vault.changePassphrase', {
      currentPassphrase: pass,
      newPassphrase: 'Thistle harbour 31 amber fox',
    });
  };
  const lastAudit = async (action: string) => {
    await ok('vault.lock');
    await ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const page = await ok<{ entries: AuditRowOut[] }>('audit.list', { action });
    return page.entries;
  };
  return { ok, make, signIn, lastAudit };
}

describe('a policy that fails closed', () => {
  it('the contract walk refuses a sensitive channel whose output fields carry no class', () => {
    expect(policyProblems(area.careless)).toEqual([
      'output field name has no data class',
      'output field riskLevel has no data class',
    ]);
    expect(policyProblems(area.readPerson)).toEqual([]);
  });

  it('at run time an unclassified field never leaves the core, and the audit row says nothing sensitive left', async () => {
    const { ok, make, signIn, lastAudit } = await setUp();
    await make('lee.lead', ['lead_mentor']);
    await signIn('lee.lead');
    expect(await ok('testing.careless')).toEqual({ name: null, riskLevel: null });
    expect(await lastAudit('testing.careless')).toEqual([]); // nothing sensitive was returned: no read row
  });

  it('a caseworker listing people gets full rows for their caseload and directory rows for others', async () => {
    const { ok, make, signIn, lastAudit } = await setUp();
    const cw = await make('casey.worker', ['caseworker']);
    CASELOAD.set(cw, ['p2']);
    await signIn('casey.worker');
    const list = await ok<{ total: number; items: unknown[] }>('testing.listPeople');
    expect(list.items).toEqual([
      { id: 'p1', name: 'Jordan Ash', riskLevel: null, ethnicity: null },
      { id: 'p2', name: 'Sam Birch', riskLevel: 'low', ethnicity: 'Black Caribbean' },
      { id: 'p3', name: 'Robin Cedar', riskLevel: null, ethnicity: null },
    ]);
    // One record is theirs: a single read of another person is narrowed the same way.
    expect(await ok('testing.readPerson', { id: 'p1' })).toEqual({
      id: 'p1',
      name: 'Jordan Ash',
      riskLevel: null,
      ethnicity: null,
    });
    const rows = await lastAudit('testing.listPeople');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.classes).toEqual(['criminal', 'directory', 'special']);
  });

  it('a lead mentor gets only their cluster; a record outside it is refused', async () => {
    const { ok, make, signIn } = await setUp();
    const lead = await make('lee.lead', ['lead_mentor']);
    CLUSTER.set(lead, ['p3']);
    await signIn('lee.lead');
    const list = await ok<{ items: { id: string }[] }>('testing.listPeople');
    expect(list.items.map((p) => p.id)).toEqual(['p3']);
    const outside = await core!.call('testing.readPerson', { id: 'p1' });
    expect(outside.ok ? 'OK' : outside.error.code).toBe('FORBIDDEN');
  });

  it('the audit row names exactly what left the core: its classes and which records', async () => {
    const { ok, make, signIn } = await setUp();
    const cw = await make('casey.worker', ['caseworker']);
    CASELOAD.set(cw, ['p2']);
    await signIn('casey.worker');
    await ok('testing.readPerson', { id: 'p1' }); // directory only: not a sensitive read
    await ok('testing.readPerson', { id: 'p2' }); // full
    await ok('testing.listPeople');
    await ok('vault.lock');
    await ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const page = await ok<{ entries: (AuditRowOut & { records?: string | null })[] }>('audit.list', {});
    const reads = page.entries.filter((e) => e.action.startsWith('testing.'));
    expect(reads.map((e) => [e.action, e.recordId, e.classes.join(',')])).toEqual([
      ['testing.listPeople', null, 'criminal,directory,special'],
      ['testing.readPerson', 'p2', 'criminal,directory,special'],
    ]);
  });
});
