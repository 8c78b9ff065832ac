import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, becomeNewAccount, makeCore, type TestCore } from '../../../../tests/support/core-fixture';
import { classed, defineArea } from '../../../shared/contract';
import type { ContactEntry } from '../../../shared/contract/contacts';
import { createCore } from '..';
import { defineHandlers } from '../ipc/handler.types';
import { defineModule } from '../module';

/**
 * The contact log through the real pipeline. Mentees are written by a test-only channel (one
 * INSERT), so these tests do not depend on how the mentees area builds its records.
 */
const seedArea = defineArea('contactsTest', {
  addMentee: {
    kind: 'write',
    input: z.object({ firstName: z.string(), caseworkerId: z.string().nullable() }).strict(),
    output: z.object({ id: classed('directory', z.string()) }),
    classes: ['directory'],
    access: ['administrator', 'coordinator'],
    label: 'Test only',
    summary: 'Test only.',
    examples: { invalid: [{}] },
  },
});
const seedModule = defineModule({
  area: 'contactsTest',
  channels: seedArea,
  handlers: defineHandlers(seedArea, {
    addMentee: {
      run: async ({ em, now }, input) => {
        const id = randomUUID();
        const at = now.toISOString();
        await em.query(
          `INSERT INTO mentee (id, first_name, last_name, preferred_name, name_key, reference, stage, stage_since,
             gender, address_on_release, home_area, employment_status, family_background, custody_status,
             case_manager_name, case_manager_contact, caseworker_account_id, interests, adaptations, notes,
             created_at, updated_at)
           VALUES (?, ?, 'Example', '', ?, ?, 'referred', ?, 'unknown', '', '', 'unknown', '', 'sentenced', '', '', ?, '', '', '', ?, ?)`,
          [
            id,
            input.firstName,
            input.firstName.toLowerCase(),
            `ME-${id.slice(0, 6)}`,
            at.slice(0, 10),
            input.caseworkerId,
            at,
            at,
          ],
        );
        return { id };
      },
    },
  }),
  tables: [],
});

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const NOW = new Date('2026-03-10T12:00:00Z');

async function setUp() {
  const s = await makeCore({ now: () => NOW });
  await s.core.close();
  s.core = await createCore(s.options, { modules: [seedModule] });
  t = s;
  await s.ok('vault.setup', ADMIN);
  return s;
}

const entry = {
  onDate: '2026-03-02',
  withWhom: 'mentee',
  method: 'prison_visit',
  nature: 'First meeting on the wing',
  outcome: 'Keen to take part.\nWill ask about the induction.',
} as const;

describe('the staff contact log', () => {
  it('a co-ordinator adds, lists newest first and corrects contacts, each recorded by them', async () => {
    const s = await setUp();
    await becomeNewAccount(s, 'cora.coord', ['coordinator'], 'Cora Coordinator');
    const { id: menteeId } = await s.ok<{ id: string }>('contactsTest.addMentee', {
      firstName: 'Jordan',
      caseworkerId: null,
    });
    const first = await s.ok<ContactEntry>('contacts.add', { menteeId, ...entry });
    expect(first).toMatchObject({ ...entry, menteeId, recordedByName: 'Cora Coordinator' });
    await s.ok('contacts.add', {
      menteeId,
      onDate: '2026-03-09',
      withWhom: 'carer',
      method: 'phone',
      nature: 'Told his mother about the programme',
    });
    await s.ok('contacts.add', { menteeId, ...entry, onDate: '2026-01-20', nature: 'Referral acknowledged' });
    const { items } = await s.ok<{ items: ContactEntry[] }>('contacts.list', { menteeId });
    expect(items.map((c) => c.onDate)).toEqual(['2026-03-09', '2026-03-02', '2026-01-20']);
    expect(items[1]!.outcome).toBe(entry.outcome);

    const fixed = await s.ok<ContactEntry>('contacts.update', {
      id: first.id,
      menteeId,
      ...entry,
      method: 'in_person',
      outcome: 'Keen to take part.',
    });
    expect(fixed).toMatchObject({
      method: 'in_person',
      recordedAt: first.recordedAt,
      recordedByName: 'Cora Coordinator',
    });

    // Today is fine; tomorrow is not.
    await s.ok('contacts.add', { menteeId, ...entry, onDate: '2026-03-10' });
    const future = await s.call('contacts.add', { menteeId, ...entry, onDate: '2026-03-11' });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { onDate: expect.any(String) } },
    });
  });

  it('refuses bad input with plain-English field messages', async () => {
    const s = await setUp();
    const { id: menteeId } = await s.ok<{ id: string }>('contactsTest.addMentee', {
      firstName: 'Sam',
      caseworkerId: null,
    });
    await becomeNewAccount(s, 'cora.coord', ['coordinator']);
    const cases: [Record<string, unknown>, string][] = [
      [{ onDate: '02/03/2026' }, 'onDate'],
      [{ onDate: '2026-02-30' }, 'onDate'],
      [{ withWhom: 'neighbour' }, 'withWhom'],
      [{ method: 'pigeon' }, 'method'],
      [{ nature: '   ' }, 'nature'],
      [{ nature: 'x'.repeat(301) }, 'nature'],
      [{ nature: 'two\nlines' }, 'nature'],
      [{ outcome: 'a\u202Eb' }, 'outcome'],
      [{ menteeId: 'not-an-id' }, 'menteeId'],
    ];
    for (const [bad, field] of cases) {
      const r = await s.call('contacts.add', { menteeId, ...entry, ...bad });
      expect(r, field).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!r.ok) expect(Object.keys(r.error.fieldErrors ?? {}), JSON.stringify(bad)).toContain(field);
    }
    expect(await s.call('contacts.add', { menteeId, ...entry, extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // A mentee that does not exist, and a contact that belongs to someone else.
    expect(await s.call('contacts.add', { ...entry, menteeId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await s.call('contacts.update', { ...entry, menteeId, id: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('a caseworker reads and writes the log of their own caseload only; others are refused', async () => {
    const s = await setUp();
    const casey = await s.ok<{ id: string }>('accounts.create', {
      username: 'casey.case',
      displayName: 'Casey Caseworker',
      roles: ['caseworker'],
      temporaryPassphrase: 'Granite puffin 42 orchard lamp',
    });
    const mine = await s.ok<{ id: string }>('contactsTest.addMentee', {
      firstName: 'Robin',
      caseworkerId: casey.id,
    });
    const theirs = await s.ok<{ id: string }>('contactsTest.addMentee', {
      firstName: 'Alex',
      caseworkerId: null,
    });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'casey.case', passphrase: 'Granite puffin 42 orchard lamp' });
    await s.ok('vault.changePassphrase', {
      currentPassphrase: 'Granite puffin 42 orchard lamp',
      newPassphrase: 'Thistle harbour 31 amber fox',
    });
    const added = await s.ok<ContactEntry>('contacts.add', { menteeId: mine.id, ...entry });
    expect(added.recordedByName).toBe('Casey Caseworker');
    expect(
      (await s.ok<{ items: ContactEntry[] }>('contacts.list', { menteeId: mine.id })).items,
    ).toHaveLength(1);
    for (const [channel, input] of [
      ['contacts.list', { menteeId: theirs.id }],
      ['contacts.add', { menteeId: theirs.id, ...entry }],
      ['contacts.update', { id: added.id, menteeId: theirs.id, ...entry }],
    ] as const)
      expect(await s.call(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
  });

  it('a lead mentor and a regional manager cannot open the log; a safeguarding lead reads it but cannot add', async () => {
    const s = await setUp();
    const { id: menteeId } = await s.ok<{ id: string }>('contactsTest.addMentee', {
      firstName: 'Kit',
      caseworkerId: null,
    });
    await becomeNewAccount(s, 'lee.lead', ['lead_mentor']);
    expect(await s.call('contacts.list', { menteeId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await becomeNewAccount(s, 'rory.region', ['regional_manager']);
    expect(await s.call('contacts.list', { menteeId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await becomeNewAccount(s, 'sky.safe', ['safeguarding_lead']);
    expect(await s.ok('contacts.list', { menteeId })).toEqual({ items: [] });
    expect(await s.call('contacts.add', { menteeId, ...entry })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
