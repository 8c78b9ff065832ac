import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { channel } from '../../../shared/contract';
import { createCore, type Core } from '..';
import { defineHandlers } from './handler.types';
import { ScopeRegistry } from '../policy/scope';
import { ADMIN, FAST_KDF } from '../../../../tests/support/core-fixture';
import type { Result } from '../../../shared/errors';

/**
 * The domain areas arrive in later issues; these test-only channels push a sensitive read through
 * the real pipeline now, to prove redaction, caseload scope and read auditing work end to end.
 */
const testArea = {
  readRisk: channel<
    z.ZodType<{ menteeId: string }>,
    { menteeId: string; firstName: string; riskLevel: string | null; ethnicity: string | null }
  >({
    name: 'testing.readRisk',
    kind: 'read',
    input: z.object({ menteeId: z.string().min(1) }).strict(),
    classes: ['directory', 'criminal', 'special'],
    access: ['coordinator', 'caseworker', 'lead_mentor'],
    summary: 'Test only.',
  }),
};
const CASELOAD: Record<string, string[]> = {};
const testHandlers = defineHandlers(testArea, {
  readRisk: {
    run: async (_ctx, input) => ({
      menteeId: input.menteeId,
      firstName: 'Jordan',
      riskLevel: 'high',
      ethnicity: 'White British',
    }),
    fields: { riskLevel: 'criminal', ethnicity: 'special' },
    scope: { recordType: 'mentee', recordId: (input) => input.menteeId },
    audit: (input) => ({ recordType: 'mentee', recordId: input.menteeId }),
  },
});

let core: Core | undefined;
let dir: string | undefined;
afterEach(async () => {
  await core?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function setUp() {
  dir = mkdtempSync(join(tmpdir(), 'waymark-pipe-'));
  const scopes = new ScopeRegistry();
  scopes.register(
    'mentee',
    async (_em, subject, id) =>
      subject.roles.includes('coordinator') || (CASELOAD[subject.accountId] ?? []).includes(id),
  );
  core = await createCore(
    { dataDir: dir, ...FAST_KDF },
    { channels: new Map([['testing.readRisk', testArea.readRisk]]), handlers: testHandlers, scopes },
  );
  const ok = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const r = (await core!.call(name, input)) as Result<T>;
    if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
    return r.value;
  };
  await ok('vault.setup', ADMIN);
  const signInAs = async (username: string, roles: string[]) => {
    const pass = 'Granite puffin 42 orchard lamp';
    const a = await ok<{ id: string }>('accounts.create', {
      username,
      displayName: username,
      roles,
      temporaryPassphrase: pass,
    });
    return { id: a.id, pass };
  };
  return { ok, signInAs };
}

describe('the pipeline with a sensitive channel', () => {
  it('redacts by role, applies caseload scope, and audits each sensitive read', async () => {
    const { ok, signInAs } = await setUp();
    const cw = await signInAs('casey.worker', ['caseworker']);
    const lead = await signInAs('lee.lead', ['lead_mentor']);
    CASELOAD[cw.id] = ['mentee-1'];
    CASELOAD[lead.id] = ['mentee-1'];

    // The co-ordinator (set-up account) sees everything.
    expect(await ok('testing.readRisk', { menteeId: 'mentee-9' })).toMatchObject({
      riskLevel: 'high',
      ethnicity: 'White British',
    });

    const signIn = async (u: string, p: string) => {
      await ok('vault.lock');
      await ok('vault.unlock', { username: u, passphrase: p });
      await ok('vault.changePassphrase', {
        currentPassphrase: p,
        newPassphrase: 'Thistle harbour 31 amber fox',
      });
    };
    await signIn('casey.worker', cw.pass);
    expect(await ok('testing.readRisk', { menteeId: 'mentee-1' })).toMatchObject({ riskLevel: 'high' });
    const off = await core!.call('testing.readRisk', { menteeId: 'mentee-2' });
    expect(off.ok ? 'OK' : off.error.code).toBe('FORBIDDEN');

    await signIn('lee.lead', lead.pass);
    // A lead mentor gets the record's shape with the criminal and special fields blanked.
    expect(await ok('testing.readRisk', { menteeId: 'mentee-1' })).toEqual({
      menteeId: 'mentee-1',
      firstName: 'Jordan',
      riskLevel: null,
      ethnicity: null,
    });

    await ok('vault.lock');
    await ok('vault.unlock', { username: 'alex.admin', passphrase: ADMIN.passphrase });
    const page = await ok<{
      entries: {
        action: string;
        outcome: string;
        recordId: string;
        classes: string[];
        accountName: string;
      }[];
    }>('audit.list', { action: 'testing.readRisk' });
    expect(page.entries.map((e) => [e.accountName, e.outcome, e.recordId, e.classes.join(',')])).toEqual([
      ['lee.lead', 'ok', 'mentee-1', 'directory'],
      ['casey.worker', 'denied', 'mentee-2', ''],
      ['casey.worker', 'ok', 'mentee-1', 'criminal,directory,special'],
      [ADMIN.displayName, 'ok', 'mentee-9', 'criminal,directory,special'],
    ]);
  });
});
