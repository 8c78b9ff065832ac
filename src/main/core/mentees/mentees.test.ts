import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  ADMIN,
  CHOSEN_PASSPHRASE,
  becomeNewAccount,
  makeSetUpCore,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';
import type { Mentee, MenteeDueItem, MenteeDuplicate, MenteeRow } from '../../../shared/contract/mentees';
import { INDUCTION_ITEMS } from '../../../shared/mentees/assessment';
import type { AppError } from '../../../shared/errors';

let t: TestCore | undefined;
let raw: Database.Database | undefined;
afterEach(async () => {
  raw?.close();
  raw = undefined;
  await t?.cleanup();
  t = undefined;
});

const clock = new Date('2026-11-23T10:00:00Z');
const NOW = clock.toISOString();

/** Accounts made while the administrator is signed in; `as` switches who is calling. */
async function setUp() {
  const s = await makeSetUpCore({ now: () => clock });
  t = s;
  const ids: Record<string, string> = {};
  for (const [username, roles] of [
    ['cas.one', ['caseworker']],
    ['cas.two', ['caseworker']],
    ['lee.lead', ['lead_mentor']],
    ['cora.c', ['coordinator']],
  ] as const) {
    ids[username] = await becomeNewAccount(s, username, [...roles]);
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  }
  const as = async (username: string) => {
    await s.ok('vault.lock');
    await s.ok(
      'vault.unlock',
      username === ADMIN.username
        ? { username, passphrase: ADMIN.passphrase }
        : { username, passphrase: CHOSEN_PASSPHRASE },
    );
  };
  await as('cora.c');
  return Object.assign(s, { ids, as });
}
async function db(s: TestCore) {
  raw ??= await openRaw(s.dir, ADMIN.username, ADMIN.passphrase);
  return raw;
}
async function error(s: TestCore, channel: string, input: unknown): Promise<AppError> {
  const r = await s.call(channel, input);
  if (r.ok) throw new Error(`${channel} should have failed`);
  return r.error;
}
const referral = { source: 'probation', referredOn: '2026-11-20', notALicenceCondition: true } as const;
const sam = {
  firstName: 'Sam',
  lastName: 'Example',
  dateOfBirth: '2001-03-04',
  prisonNumber: 'a1234bc',
  expectedRelease: '2027-03-01',
};

/** The gate's facts belong to the assessment area's tables: written here behind the core's back. */
function meetEveryCondition(d: Database.Database, menteeId: string) {
  for (const item of INDUCTION_ITEMS)
    d.prepare('INSERT INTO mentee_induction (mentee_id, item, done_on, recorded_by) VALUES (?, ?, ?, ?)').run(
      menteeId,
      item.key,
      '2026-11-10',
      'test',
    );
  d.prepare(
    `INSERT INTO mentee_risk_assessment (id, mentee_id, version, answers, source_reference, overall_level, safeguards,
       assessor, assessed_on, review_due, signed_off_on, signed_off_by, created_at, updated_at)
     VALUES (?, ?, 1, '{}', '', 'low', '', 'Assessor', '2026-11-01', '2027-02-01', '2026-11-02', 'Cora', ?, ?)`,
  ).run(randomUUID(), menteeId, NOW, NOW);
}

describe('mentees', () => {
  it('records a referral with a programme reference, its first step and ages', async () => {
    const s = await setUp();
    const prison = await s.ok<{ id: string }>('establishments.create', {
      name: 'HMP Northmoor',
      kind: 'prison',
    });
    const m = await s.ok<Mentee>('mentees.create', {
      mentee: { ...sam, establishmentId: prison.id },
      referral: { ...referral, criteriaMet: ['Suitable for mentoring'] },
    });
    expect(m).toMatchObject({
      reference: 'M-2026-0001',
      stage: 'referred',
      stageSince: '2026-11-20',
      prisonNumber: 'A1234BC',
      establishmentName: 'HMP Northmoor',
      ageNow: 25,
      ageAtRelease: 25,
    });
    expect(m.referrals[0]).toMatchObject({ source: 'probation', notALicenceCondition: true });
    expect(m.history.map((h) => h.stage)).toEqual(['referred']);
    expect(m.moves).toHaveLength(1);
    const second = await s.ok<Mentee>('mentees.selfReferral', {
      firstName: 'Alex',
      lastName: 'Other',
      location: 'B wing',
      wantsHelpWith: 'Finding work',
      receivedOn: '2026-11-21',
    });
    expect(second.reference).toBe('M-2026-0002');
    expect(second.referrals[0]).toMatchObject({ source: 'self_referral', hopes: 'Finding work' });
  });

  it('refuses bad input and a referral without the licence-condition statement, changing nothing', async () => {
    const s = await setUp();
    const e = await error(s, 'mentees.create', {
      mentee: sam,
      referral: { ...referral, notALicenceCondition: false },
    });
    expect(e.code).toBe('VALIDATION');
    expect(JSON.stringify(e.fieldErrors)).toContain('never a licence condition');
    expect(
      (await error(s, 'mentees.create', { mentee: { ...sam, prisonNumber: '12' }, referral })).code,
    ).toBe('VALIDATION');
    expect((await s.ok<{ total: number }>('mentees.list', {})).total).toBe(0);
  });

  it('finds likely duplicates by name, date of birth and prison number, and refuses them unless confirmed', async () => {
    const s = await setUp();
    await s.ok('mentees.create', { mentee: sam, referral });
    const found = await s.ok<MenteeDuplicate[]>('mentees.possibleDuplicates', {
      firstName: 'Samm',
      lastName: 'Example',
    });
    expect(found).toHaveLength(1);
    const byNumber = await s.ok<MenteeDuplicate[]>('mentees.possibleDuplicates', {
      firstName: 'Someone',
      lastName: 'Else',
      prisonNumber: 'A1234BC',
    });
    expect(byNumber[0]!.samePrisonNumber).toBe(true);
    const differentBirth = await s.ok<MenteeDuplicate[]>('mentees.possibleDuplicates', {
      firstName: 'Sam',
      lastName: 'Example',
      dateOfBirth: '1990-01-01',
    });
    expect(differentBirth).toHaveLength(0);
    expect((await error(s, 'mentees.create', { mentee: sam, referral })).code).toBe('CONFLICT');
    await s.ok('mentees.create', { mentee: sam, referral, allowDuplicate: true });
    expect((await s.ok<{ total: number }>('mentees.list', {})).total).toBe(2);
  });

  it('refuses ready until every condition is met, naming each, then lets it through', async () => {
    const s = await setUp();
    const young = await s.ok<Mentee>('mentees.create', {
      mentee: { ...sam, dateOfBirth: '2010-06-01' },
      referral,
    });
    const e = await error(s, 'mentees.moveStage', { id: young.id, stage: 'ready', on: '2026-11-23' });
    expect(e.code).toBe('GATE_NOT_MET');
    expect(e.unmet).toHaveLength(4);
    expect(e.unmet!.join(' ')).toMatch(/agreed to take part.*induction.*risk assessment.*parent/s);
    const d = await db(s);
    meetEveryCondition(d, young.id);
    d.prepare('UPDATE mentee SET consent_given_on = ? WHERE id = ?').run('2026-11-21', young.id);
    const still = await error(s, 'mentees.moveStage', { id: young.id, stage: 'ready', on: '2026-11-23' });
    expect(still.unmet).toEqual([expect.stringContaining('parent')]);
    d.prepare(
      `INSERT INTO mentee_carer (id, mentee_id, name, relationship, phone, email, address, involvement,
         parental_consent_on, parental_consent_form, created_at, updated_at)
       VALUES (?, ?, 'Pat', 'mother', '', '', '', '', '2026-11-22', 'signed', ?, ?)`,
    ).run(randomUUID(), young.id, NOW, NOW);
    const ready = await s.ok<Mentee>('mentees.moveStage', { id: young.id, stage: 'ready', on: '2026-11-23' });
    expect(ready.stage).toBe('ready');
  });

  it('gives a caseworker their caseload in full and others’ mentees as directory data only', async () => {
    const s = await setUp();
    const theirs = await s.ok<Mentee>('mentees.create', { mentee: sam, referral });
    await s.ok('mentees.assignCaseworker', { id: theirs.id, caseworkerAccountId: s.ids['cas.one'] });
    const other = await s.ok<Mentee>('mentees.create', {
      mentee: { ...sam, firstName: 'Jo', lastName: 'Elsewhere', prisonNumber: 'B2345CD' },
      referral,
    });
    await s.as('cas.two');
    const list = await s.ok<{ total: number; items: MenteeRow[] }>('mentees.list', {});
    expect(list.total).toBe(2);
    expect(list.items.every((r) => r.expectedRelease === null || r.expectedRelease === undefined)).toBe(true);
    const seen = await s.ok<Mentee>('mentees.get', { id: theirs.id });
    expect(seen.displayName).toBe('Sam Example');
    expect(seen.prisonNumber ?? null).toBeNull();
    expect(seen.dateOfBirth ?? null).toBeNull();
    expect((await error(s, 'mentees.update', { id: theirs.id, firstName: 'X', lastName: 'Y' })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await error(s, 'mentees.moveStage', { id: other.id, stage: 'assessment', on: '2026-11-23' })).code,
    ).toBe('FORBIDDEN');

    await s.as('cas.one');
    const mine = await s.ok<{ items: MenteeRow[] }>('mentees.list', { myCaseload: true });
    expect(mine.items.map((r) => r.id)).toEqual([theirs.id]);
    expect(mine.items[0]).toMatchObject({ mine: true, expectedRelease: '2027-03-01' });
    const full = await s.ok<Mentee>('mentees.get', { id: theirs.id });
    expect(full.prisonNumber).toBe('A1234BC');
    await s.ok('mentees.moveStage', { id: theirs.id, stage: 'assessment', on: '2026-11-23' });
    // A caseworker's own referral joins their caseload.
    const own = await s.ok<Mentee>('mentees.selfReferral', {
      firstName: 'New',
      lastName: 'Person',
      receivedOn: '2026-11-23',
    });
    expect(own.caseworkerAccountId).toBe(s.ids['cas.one']);

    await s.as('lee.lead');
    expect((await error(s, 'mentees.list', {})).code).toBe('FORBIDDEN');
    expect((await error(s, 'mentees.get', { id: theirs.id })).code).toBe('FORBIDDEN');
  });

  it('audits reads of criminal-offence data with whose record it was', async () => {
    const s = await setUp();
    const m = await s.ok<Mentee>('mentees.create', { mentee: sam, referral });
    await s.ok('mentees.get', { id: m.id });
    await s.as(ADMIN.username);
    const audit = await s.ok<{ entries: { action: string; recordId: string | null; outcome: string }[] }>(
      'audit.list',
      {},
    );
    expect(audit.entries.find((a) => a.action === 'mentees.get')).toMatchObject({ recordId: m.id });
  });

  it('acknowledges referrals, records moves and lists what is due', async () => {
    const s = await setUp();
    const a = await s.ok<Mentee>('mentees.create', {
      mentee: { ...sam, expectedRelease: '2027-01-15' },
      referral: { ...referral, referredOn: '2026-11-10' },
    });
    const b = await s.ok<Mentee>('mentees.create', {
      mentee: { firstName: 'Kit', lastName: 'Fresh', prisonNumber: 'C3456DE' },
      referral: { ...referral, referredOn: '2026-11-22' },
    });
    let due = (await s.ok<{ items: MenteeDueItem[] }>('mentees.dueItems', {})).items;
    expect(due.map((i) => `${i.kind}:${i.id}`).sort()).toEqual(
      [`referral_unacknowledged:${a.id}`, `release_unmatched:${a.id}`].sort(),
    );
    const acked = await s.ok<Mentee>('mentees.acknowledgeReferral', { id: a.id, on: '2026-11-23' });
    expect(acked.stage).toBe('acknowledged');
    expect((await error(s, 'mentees.acknowledgeReferral', { id: a.id, on: '2026-11-23' })).code).toBe(
      'CONFLICT',
    );
    due = (await s.ok<{ items: MenteeDueItem[] }>('mentees.dueItems', {})).items;
    expect(due.map((i) => i.kind)).toEqual(['release_unmatched']);

    const p1 = await s.ok<{ id: string }>('establishments.create', { name: 'HMP One', kind: 'prison' });
    const p2 = await s.ok<{ id: string }>('establishments.create', { name: 'HMP Two', kind: 'prison' });
    await s.ok('mentees.recordMove', { id: b.id, establishmentId: p2.id, movedOn: '2026-11-20' });
    const moved = await s.ok<Mentee>('mentees.recordMove', {
      id: b.id,
      establishmentId: p1.id,
      movedOn: '2026-10-01',
    });
    expect(moved.establishmentName).toBe('HMP Two');
    expect(moved.moves.map((m) => m.establishmentName)).toEqual(['HMP Two', 'HMP One']);
  });

  it('queues risk reviews and unfinished inductions, a caseworker seeing only their caseload’s', async () => {
    const s = await setUp();
    const a = await s.ok<Mentee>('mentees.create', { mentee: sam, referral });
    const b = await s.ok<Mentee>('mentees.create', {
      mentee: { firstName: 'Kit', lastName: 'Fresh', prisonNumber: 'C3456DE' },
      referral,
    });
    for (const m of [a, b]) {
      await s.ok('mentees.acknowledgeReferral', { id: m.id, on: '2026-11-21' });
      await s.ok('mentees.moveStage', { id: m.id, stage: 'assessment', on: '2026-11-22' });
    }
    await s.ok('mentees.assignCaseworker', { id: a.id, caseworkerAccountId: s.ids['cas.one'] });
    const d = await db(s);
    d.prepare(
      `INSERT INTO mentee_assessment (id, mentee_id, held_on, attended_by, notes, outcome, not_selected_reasons,
         signposting, told_how, created_at, updated_at)
       VALUES (?, ?, '2026-11-22', '', '', 'selected', '', '', '', ?, ?)`,
    ).run(randomUUID(), b.id, NOW, NOW);
    d.prepare(
      `INSERT INTO mentee_risk_assessment (id, mentee_id, version, answers, source_reference, overall_level, safeguards,
         assessor, assessed_on, review_due, signed_off_on, signed_off_by, created_at, updated_at)
       VALUES (?, ?, 1, '{}', '', 'low', '', 'Assessor', '2026-08-01', '2026-11-30', '2026-08-02', 'Cora', ?, ?)`,
    ).run(randomUUID(), a.id, NOW, NOW);
    const kinds = async () =>
      (await s.ok<{ items: MenteeDueItem[] }>('mentees.dueItems', {})).items
        .map((i) => `${i.kind}:${i.id}`)
        .sort();
    expect(await kinds()).toEqual(
      [`release_unmatched:${a.id}`, `risk_review:${a.id}`, `induction_incomplete:${b.id}`].sort(),
    );
    await s.as('cas.one');
    expect(await kinds()).toEqual([`release_unmatched:${a.id}`, `risk_review:${a.id}`].sort());
    await s.as('cas.two');
    expect(await kinds()).toEqual([]);
  });

  it('changes details and referral criteria, refusing a clash', async () => {
    const s = await setUp();
    const m = await s.ok<Mentee>('mentees.create', { mentee: sam, referral });
    const changed = await s.ok<Mentee>('mentees.update', {
      id: m.id,
      firstName: 'Samuel',
      lastName: 'Example',
      consentGivenOn: '2026-11-21',
      consentHow: 'in_person',
      sentenceMonths: '',
    });
    expect(changed).toMatchObject({ firstName: 'Samuel', consentHow: 'in_person', sentenceMonths: null });
    const added = await s.ok<{ id: string; text: string }>('mentees.saveReferralCriterion', {
      text: 'Lives in the county',
    });
    expect((await error(s, 'mentees.saveReferralCriterion', { text: 'lives in the county' })).code).toBe(
      'CONFLICT',
    );
    await s.ok('mentees.saveReferralCriterion', { id: added.id, text: added.text, archived: true });
    const shown = await s.ok<{ text: string }[]>('mentees.referralCriteria', {});
    expect(shown.map((c) => c.text)).not.toContain('Lives in the county');
  });
});
