import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  ADMIN,
  becomeNewAccount,
  makeSetUpCore,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';
import type { Cluster } from '../../../shared/contract';
import type {
  BoardCard,
  DueItem,
  Mentor,
  MentorReadiness,
  MentorRow,
  PossibleDuplicate,
} from '../../../shared/contract/mentors';
import type { AppError } from '../../../shared/errors';

let t: TestCore | undefined;
let raw: Database.Database | undefined;
afterEach(async () => {
  raw?.close();
  raw = undefined;
  await t?.cleanup();
  t = undefined;
});

/** A clock the tests move: the work queue and the gate read "today" from it. */
let clock = new Date('2026-11-23T10:00:00Z');
async function setUp() {
  clock = new Date('2026-11-23T10:00:00Z');
  const s = await makeSetUpCore({ now: () => clock });
  t = s;
  // The lead mentor's account is made now, while the administrator is signed in.
  const leadAccount = await s.ok<{ id: string }>('accounts.create', {
    username: 'lee.lead',
    displayName: 'Lee Lead',
    roles: ['lead_mentor'],
    temporaryPassphrase: 'Granite puffin 42 orchard lamp',
  });
  await becomeNewAccount(s, 'cora.c', ['coordinator'], 'Cora Coordinator');
  return Object.assign(s, { leadAccountId: leadAccount.id });
}
/** Screening and training rows are other helpers' channels: written here behind the core's back. */
async function db(s: TestCore) {
  raw ??= await openRaw(s.dir, ADMIN.username, ADMIN.passphrase);
  return raw;
}
const base = { firstName: 'Robin', lastName: 'Example', enquiryDate: '2026-11-02' };
type Page = { total: number; items: MentorRow[] };

async function error(s: TestCore, channel: string, input: unknown): Promise<AppError> {
  const r = await s.call(channel, input);
  if (r.ok) throw new Error(`${channel} should have failed`);
  return r.error;
}

const NOW = '2026-11-23T10:00:00.000Z';
function meetEveryCondition(d: Database.Database, mentorId: string) {
  const ins = (sql: string, ...p: unknown[]) => d.prepare(sql).run(...p);
  ins(
    `INSERT INTO mentor_decision (id, mentor_id, outcome, decided_on, reasons, signposting, created_at, updated_at)
     VALUES (?, ?, 'approved', '2026-11-20', '', '', ?, ?)`,
    randomUUID(),
    mentorId,
    NOW,
    NOW,
  );
  for (let i = 0; i < 2; i++)
    ins(
      `INSERT INTO mentor_reference (id, mentor_id, referee_name, relationship, referee_contact, requested_on,
         received_on, satisfactory, concerns, how_addressed, created_at, updated_at)
       VALUES (?, ?, 'Referee', 'professional', '', '2026-11-01', '2026-11-05', 1, '', '', ?, ?)`,
      randomUUID(),
      mentorId,
      NOW,
      NOW,
    );
  ins(
    `INSERT INTO mentor_dbs_check (id, mentor_id, certificate_number, issue_date, renewal_due, outcome,
       declared_convictions, disclosed_information, decision_reasons, created_at, updated_at)
     VALUES (?, ?, '001234567890', '2026-11-10', '2029-11-10', 'clear', '', '', '', ?, ?)`,
    randomUUID(),
    mentorId,
    NOW,
    NOW,
  );
  ins(
    `INSERT INTO mentor_interview (id, mentor_id, held_on, panel, answers, outcome, notes, created_at, updated_at)
     VALUES (?, ?, '2026-11-12', '[]', '[]', 'passed', '', ?, ?)`,
    randomUUID(),
    mentorId,
    NOW,
    NOW,
  );
  const course = (
    d.prepare("SELECT id FROM training_course WHERE kind = 'initial' LIMIT 1").get() as { id: string }
  ).id;
  const session = randomUUID();
  const cols = d.prepare('PRAGMA table_info(training_session)').all() as { name: string; notnull: number }[];
  const attCols = d.prepare('PRAGMA table_info(training_attendance)').all() as {
    name: string;
    notnull: number;
  }[];
  insertRow(d, 'training_session', cols, { id: session, course_id: course, held_on: '2026-11-14' });
  insertRow(d, 'training_attendance', attCols, {
    id: randomUUID(),
    session_id: session,
    mentor_id: mentorId,
    status: 'attended',
    hours_attended: 12,
  });
}
/** Fills the NOT NULL columns we do not care about with plain values (the training schema is C's). */
function insertRow(
  d: Database.Database,
  table: string,
  cols: { name: string; notnull: number; type?: string }[],
  values: Record<string, unknown>,
) {
  const row: Record<string, unknown> = {};
  for (const c of cols) row[c.name] = c.name in values ? values[c.name] : c.notnull ? filler(c) : null;
  const names = Object.keys(row);
  d.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
    ...names.map((n) => row[n]),
  );
}
const filler = (c: { name: string; type?: string }) =>
  /INT|REAL|NUM/i.test(c.type ?? '') ? 0 : c.name.endsWith('_at') || c.name.endsWith('_on') ? NOW : '';

describe('mentors', () => {
  it('adds a mentor at enquiry, lists, finds and changes them', async () => {
    const s = await setUp();
    const m = await s.ok<Mentor>('mentors.create', {
      ...base,
      preferredName: 'Rob',
      email: 'rob@example.org',
      postcode: 'la9 4zz',
      interests: ['Football', 'Cooking'],
      availability: ['fri', 'mon', 'mon'.slice(0, 3) as 'mon'].slice(0, 2),
    });
    expect(m).toMatchObject({
      displayName: 'Rob Example',
      stage: 'enquiry',
      stageSince: '2026-11-02',
      daysInStage: 21,
      postcode: 'LA9 4ZZ',
      interests: ['Football', 'Cooking'],
      availability: ['mon', 'fri'],
    });
    expect(m.history).toEqual([
      expect.objectContaining({ stage: 'enquiry', onDate: '2026-11-02', recordedByName: 'Cora Coordinator' }),
    ]);
    await s.ok('mentors.create', { firstName: 'Ann', lastName: 'Other', enquiryDate: '2026-10-01' });
    const all = await s.ok<Page>('mentors.list', {});
    expect(all.items.map((r) => r.displayName)).toEqual(['Rob Example', 'Ann Other']);
    expect(all.items[0]!.unmetCount).toBe(5);
    expect((await s.ok<Page>('mentors.list', { search: 'ROB' })).total).toBe(1);
    expect((await s.ok<Page>('mentors.list', { search: '50%' })).total).toBe(0);
    expect((await s.ok<Page>('mentors.list', { sortBy: 'enquiryDate' })).items[0]!.displayName).toBe(
      'Ann Other',
    );
    const changed = await s.ok<Mentor>('mentors.update', { ...base, id: m.id, town: 'Kendal' });
    expect(changed).toMatchObject({ town: 'Kendal', preferredName: '', displayName: 'Robin Example' });
  });

  it('refuses bad input with field messages, changing nothing', async () => {
    const s = await setUp();
    const bad = [
      { ...base, enquiryDate: '2026-02-30' },
      { ...base, email: 'nope' },
      { ...base, interests: Array.from({ length: 21 }, (_, i) => `x${i}`) },
      { ...base, learningStyle: 'osmosis' },
      { ...base, surname: 'Extra' },
    ];
    for (const input of bad) expect((await error(s, 'mentors.create', input)).code).toBe('VALIDATION');
    expect((await error(s, 'mentors.create', { ...base, email: 'nope' })).fieldErrors).toHaveProperty(
      'email',
    );
    expect((await s.ok<Page>('mentors.list', {})).total).toBe(0);
    const m = await s.ok<Mentor>('mentors.create', base);
    expect(
      (await error(s, 'mentors.moveStage', { id: m.id, stage: 'on_hold', on: '2026-11-20' })).fieldErrors,
    ).toHaveProperty('onHoldReason');
    expect((await s.ok<Mentor>('mentors.get', { id: m.id })).stage).toBe('enquiry');
    expect((await error(s, 'mentors.get', { id: randomUUID() })).code).toBe('NOT_FOUND');
  });

  it('refuses likely duplicates unless confirmed, and offers the existing record', async () => {
    const s = await setUp();
    const first = await s.ok<Mentor>('mentors.create', { ...base, dateOfBirth: '1980-05-01' });
    const same = await error(s, 'mentors.create', {
      ...base,
      firstName: 'robin ',
      dateOfBirth: '1980-05-01',
    });
    expect(same.code).toBe('CONFLICT');
    expect(same.message).toMatch(/date of birth/);
    expect((await error(s, 'mentors.create', { ...base, lastName: 'Exampel' })).code).toBe('CONFLICT');
    // Known, different dates of birth: two people.
    await s.ok('mentors.create', { ...base, dateOfBirth: '1991-01-01' });
    const offered = await s.ok<PossibleDuplicate[]>('mentors.possibleDuplicates', {
      firstName: 'Robyn',
      lastName: 'Example',
      dateOfBirth: '1980-05-01',
    });
    expect(offered[0]).toMatchObject({ id: first.id, sameDateOfBirth: true });
    await s.ok('mentors.create', { ...base, lastName: 'Exampel', allowDuplicate: true });
    expect((await s.ok<Page>('mentors.list', {})).total).toBe(3);
  });

  it('runs the readiness gate: refuses naming every unmet condition, then lets them through', async () => {
    const s = await setUp();
    const m = await s.ok<Mentor>('mentors.create', base);
    await s.ok('mentors.moveStage', { id: m.id, stage: 'application', on: '2026-11-05' });
    const refused = await error(s, 'mentors.moveStage', { id: m.id, stage: 'ready', on: '2026-11-23' });
    expect(refused.code).toBe('GATE_NOT_MET');
    expect(refused.unmet).toEqual([
      'No decision to approve them as a mentor has been recorded.',
      'Two satisfactory references are needed; none has been received.',
      'No enhanced DBS check has come back yet.',
      'Initial training: 0 hours attended of the 12 hours needed.',
      'No passed interview has been recorded.',
    ]);
    expect((await s.ok<Mentor>('mentors.get', { id: m.id })).stage).toBe('application');
    const before = await s.ok<MentorReadiness>('mentors.readiness', { id: m.id });
    expect(before.unmet).toHaveLength(5);
    expect(before.advisory).toMatch(/Not yet cleared/);

    meetEveryCondition(await db(s), m.id);
    expect((await s.ok<MentorReadiness>('mentors.readiness', { id: m.id })).unmet).toEqual([]);
    const ready = await s.ok<Mentor>('mentors.moveStage', { id: m.id, stage: 'ready', on: '2026-11-23' });
    expect(ready).toMatchObject({ stage: 'ready', applicationDate: '2026-11-05' });
    expect(ready.history.map((h) => [h.stage, h.byException])).toEqual([
      ['ready', false],
      ['application', false],
      ['enquiry', false],
    ]);
  });

  it('records a co-ordinator’s exception to the gate, audited and shown on the record', async () => {
    const s = await setUp();
    const m = await s.ok<Mentor>('mentors.create', base);
    const moved = await s.ok<Mentor>('mentors.moveStage', {
      id: m.id,
      stage: 'ready',
      on: '2026-11-23',
      exceptionReason: 'Panel agreed: references delayed by the referee’s illness.',
    });
    expect(moved.stage).toBe('ready');
    expect(moved.history[0]).toMatchObject({ stage: 'ready', byException: true });
    const r = await s.ok<MentorReadiness>('mentors.readiness', { id: m.id });
    expect(r.exceptions).toEqual([
      expect.objectContaining({
        stage: 'ready',
        reason: 'Panel agreed: references delayed by the referee’s illness.',
        recordedByName: 'Cora Coordinator',
      }),
    ]);
    expect(r.exceptions[0]!.unmet).toHaveLength(5);
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const audit = await s.ok<{
      entries: { action: string; detail: string | null; recordId: string | null }[];
    }>('audit.list', {});
    expect(audit.entries.find((a) => a.action === 'mentors.moveStage')).toMatchObject({
      recordId: m.id,
      detail: 'to ready by exception to the readiness gate',
    });
  });

  it('puts mentors on hold with a follow-up date, and records leaving', async () => {
    const s = await setUp();
    const m = await s.ok<Mentor>('mentors.create', { ...base, enquiryDate: '2026-05-01' });
    for (const [on, message] of [
      ['2026-11-24', 'The date of this step cannot be in the future.'],
      ['2026-04-30', 'The date of this step cannot be before the date they reached “Enquiry”.'],
    ] as const)
      expect(
        (await error(s, 'mentors.moveStage', { id: m.id, stage: 'on_hold', on, onHoldReason: 'x' }))
          .fieldErrors,
      ).toEqual({ on: message });
    const held = await s.ok<Mentor>('mentors.moveStage', {
      id: m.id,
      stage: 'on_hold',
      on: '2026-05-23',
      onHoldReason: 'Caring for a parent.',
    });
    expect(held).toMatchObject({ onHoldReason: 'Caring for a parent.', followUpDue: '2026-11-23' });
    const due = await s.ok<{ items: DueItem[] }>('mentors.dueItems', {});
    expect(due.items).toEqual([expect.objectContaining({ id: m.id, kind: 'on_hold_follow_up' })]);
    const gone = await s.ok<Mentor>('mentors.moveStage', {
      id: m.id,
      stage: 'left',
      on: '2026-11-23',
      leftReason: 'Moved away.',
      exitInterviewDate: '2026-11-23',
    });
    expect(gone).toMatchObject({ leftDate: '2026-11-23', leftReason: 'Moved away.', followUpDue: null });
    // The reasons stay in the history (the record keeps only the latest).
    expect(gone.history.slice(0, 2).map((h) => h.note)).toEqual(['Moved away.', 'Caring for a parent.']);
    expect((await s.ok<{ items: DueItem[] }>('mentors.dueItems', {})).items).toEqual([]);
    expect(
      (await error(s, 'mentors.moveStage', { id: m.id, stage: 'left', on: '2026-11-24', leftReason: 'x' }))
        .code,
    ).toBe('CONFLICT');
  });

  it('warns of DBS renewal at 60, 30 and 7 days and when expired', async () => {
    const s = await setUp();
    const m = await s.ok<Mentor>('mentors.create', base);
    meetEveryCondition(await db(s), m.id); // renewal due 2029-11-10
    const at = async (daysBefore: number) => {
      clock = new Date(Date.parse('2029-11-10T10:00:00Z') - daysBefore * 86_400_000);
      return (await s.ok<{ items: DueItem[] }>('mentors.dueItems', {})).items.filter((i) =>
        i.kind.startsWith('dbs'),
      );
    };
    expect(await at(61)).toEqual([]);
    expect((await at(60))[0]!.message).toMatch(/60 days \(the 60-day warning\)/);
    expect((await at(31))[0]!.message).toMatch(/31 days \(the 60-day warning\)/);
    expect((await at(30))[0]!.message).toMatch(/30-day warning/);
    expect((await at(8))[0]!.message).toMatch(/30-day warning/);
    expect((await at(7))[0]!.message).toMatch(/7-day warning/);
    expect((await at(0))[0]).toMatchObject({ kind: 'dbs_expired' });
  });

  it('keeps the list of recruitment sources: add, rename, refuse a clash, archive', async () => {
    const s = await setUp();
    type Source = { id: string; name: string; archived: boolean; sortOrder: number };
    const seeded = await s.ok<Source[]>('mentors.recruitmentSources', {});
    expect(seeded[0]!.name).toBe('Leaflet');
    const added = await s.ok<Source>('mentors.saveRecruitmentSource', { name: 'Local library' });
    expect(added.sortOrder).toBe(seeded.length);
    expect((await error(s, 'mentors.saveRecruitmentSource', { name: 'local LIBRARY' })).code).toBe(
      'CONFLICT',
    );
    await s.ok('mentors.saveRecruitmentSource', { id: added.id, name: 'Public library', archived: true });
    const now = await s.ok<Source[]>('mentors.recruitmentSources', {});
    expect(now.map((x) => x.name)).not.toContain('Public library');
    const all = await s.ok<Source[]>('mentors.recruitmentSources', { includeArchived: true });
    expect(all.find((x) => x.id === added.id)).toMatchObject({ name: 'Public library', archived: true });
    expect((await error(s, 'mentors.saveRecruitmentSource', { id: randomUUID(), name: 'Gone' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('lists references not back after 14 days, trial reviews and clearances expiring', async () => {
    const s = await setUp();
    const m = await s.ok<Mentor>('mentors.create', base);
    const d = await db(s);
    const region = await s.ok<{ id: string }>('establishments.saveRegion', { name: 'North West' });
    const north = await s.ok<Cluster>('establishments.saveCluster', {
      name: 'Fellside',
      regionId: region.id,
    });
    const prison = await s.ok<{ id: string }>('establishments.create', {
      name: 'HMP Northmoor',
      kind: 'prison',
      clusterId: north.id,
    });
    d.prepare(
      `INSERT INTO mentor_reference (id, mentor_id, referee_name, relationship, referee_contact, requested_on,
         concerns, how_addressed, created_at, updated_at)
       VALUES (?, ?, 'Referee', 'professional', '', '2026-11-09', '', '', ?, ?)`,
    ).run(randomUUID(), m.id, NOW, NOW);
    d.prepare(
      `INSERT INTO mentor_decision (id, mentor_id, outcome, decided_on, trial_period, trial_review_due, reasons,
         signposting, created_at, updated_at)
       VALUES (?, ?, 'approved', '2026-08-01', 1, '2026-12-01', '', '', ?, ?)`,
    ).run(randomUUID(), m.id, NOW, NOW);
    d.prepare(
      `INSERT INTO mentor_clearance (id, mentor_id, establishment_id, forms_checked_by, status, cleared_on,
         expires_on, notes, updated_by, created_at, updated_at)
       VALUES (?, ?, ?, '', 'cleared', '2024-12-20', '2026-12-20', '', '', ?, ?)`,
    ).run(randomUUID(), m.id, prison.id, NOW, NOW);
    const kinds = async () =>
      (await s.ok<{ items: DueItem[] }>('mentors.dueItems', {})).items.map((i) => [i.kind, i.due]);
    expect(await kinds()).toEqual([
      ['reference_overdue', '2026-11-23'],
      ['trial_review', '2026-12-01'],
      ['clearance_expiring', '2026-12-20'],
    ]);
    clock = new Date('2026-11-22T10:00:00Z');
    expect((await kinds()).map(([k]) => k)).toEqual(['trial_review', 'clearance_expiring']);
    clock = new Date('2026-12-21T10:00:00Z');
    expect((await kinds()).find(([k]) => k?.startsWith('clearance'))).toEqual([
      'clearance_expired',
      '2026-12-20',
    ]);
  });

  it('shows the pipeline board with counts and the longest waiting first', async () => {
    const s = await setUp();
    for (const [first, date] of [
      ['Ann', '2026-11-01'],
      ['Bea', '2026-10-01'],
      ['Cal', '2026-11-20'],
    ] as const)
      await s.ok('mentors.create', { firstName: first, lastName: 'Board', enquiryDate: date });
    const board = await s.ok<{ columns: { stage: string; count: number }[]; cards: BoardCard[] }>(
      'mentors.board',
      { perStage: 2 },
    );
    expect(board.columns.find((c) => c.stage === 'enquiry')!.count).toBe(3);
    expect(board.cards.map((c) => [c.displayName, c.daysInStage])).toEqual([
      ['Bea Board', 53],
      ['Ann Board', 22],
    ]);
  });
});

describe('who sees which mentor', () => {
  it('gives lead mentors their cluster only (no vetting), caseworkers the directory, administrators nothing', async () => {
    const s = await setUp();
    const region = await s.ok<{ id: string }>('establishments.saveRegion', { name: 'North West' });
    const north = await s.ok<Cluster>('establishments.saveCluster', {
      name: 'Fellside',
      regionId: region.id,
    });
    const south = await s.ok<Cluster>('establishments.saveCluster', {
      name: 'Riverside',
      regionId: region.id,
    });
    const lead = await s.ok<Mentor>('mentors.create', {
      firstName: 'Lee',
      lastName: 'Lead',
      enquiryDate: '2026-01-01',
    });
    const inCluster = await s.ok<Mentor>('mentors.create', {
      ...base,
      email: 'robin@example.org',
      hardToWorkWith: 'Arson',
    });
    const elsewhere = await s.ok<Mentor>('mentors.create', {
      firstName: 'Sam',
      lastName: 'South',
      enquiryDate: '2026-11-01',
    });
    await s.ok('mentors.setLeadMentor', { id: inCluster.id, isLeadMentor: false, clusterId: north.id });
    await s.ok('mentors.setLeadMentor', { id: elsewhere.id, isLeadMentor: false, clusterId: south.id });
    // Both have a clearance about to expire; the lead mentor is told only of their own cluster's.
    const prison = await s.ok<{ id: string }>('establishments.create', {
      name: 'HMP Northmoor',
      kind: 'prison',
    });
    for (const who of [inCluster.id, elsewhere.id])
      (await db(s))
        .prepare(
          `INSERT INTO mentor_clearance (id, mentor_id, establishment_id, forms_checked_by, status, cleared_on,
             expires_on, notes, updated_by, created_at, updated_at)
           VALUES (?, ?, ?, '', 'cleared', '2024-12-01', '2026-12-01', '', '', ?, ?)`,
        )
        .run(randomUUID(), who, prison.id, NOW, NOW);
    const leadAccount = { id: s.leadAccountId };
    expect(await s.ok('mentors.leadMentorAccounts', {})).toEqual([
      { id: leadAccount.id, displayName: 'Lee Lead' },
    ]);
    await s.ok('mentors.setLeadMentor', {
      id: lead.id,
      isLeadMentor: true,
      clusterId: north.id,
      accountId: leadAccount.id,
    });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'lee.lead', passphrase: 'Granite puffin 42 orchard lamp' });
    await s.ok('vault.changePassphrase', {
      currentPassphrase: 'Granite puffin 42 orchard lamp',
      newPassphrase: 'Thistle harbour 31 amber fox',
    });

    const seen = await s.ok<Page>('mentors.list', {});
    expect(seen.total).toBe(2);
    expect(seen.items.map((r) => r.displayName).sort()).toEqual(['Lee Lead', 'Robin Example']);
    expect(seen.items.every((r) => r.unmetCount === null)).toBe(true);
    const robin = await s.ok<Mentor>('mentors.get', { id: inCluster.id });
    expect(robin).toMatchObject({ email: 'robin@example.org', hardToWorkWith: null });
    expect((await error(s, 'mentors.get', { id: elsewhere.id })).code).toBe('FORBIDDEN');
    expect((await error(s, 'mentors.readiness', { id: inCluster.id })).code).toBe('FORBIDDEN');
    expect((await error(s, 'mentors.list', { missingBeforeReady: true })).code).toBe('FORBIDDEN');
    expect((await error(s, 'mentors.dueItems', {})).code).toBe('FORBIDDEN');
    const due = await s.ok<{ items: { id: string; message: string }[] }>('mentors.clearancesDue', {});
    expect(due.items.map((i) => i.id)).toEqual([inCluster.id]);
    const board = await s.ok<{ columns: { stage: string; count: number }[] }>('mentors.board', {});
    expect(board.columns.find((c) => c.stage === 'enquiry')!.count).toBe(2);

    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await becomeNewAccount(s, 'casey.case', ['caseworker']);
    const directory = await s.ok<Mentor>('mentors.get', { id: elsewhere.id });
    expect(directory).toMatchObject({ displayName: 'Sam South', email: null, hardToWorkWith: null });
    expect((await s.ok<Page>('mentors.list', {})).total).toBe(3);

    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await becomeNewAccount(s, 'ada.admin', ['administrator']);
    expect((await error(s, 'mentors.list', {})).code).toBe('FORBIDDEN');
    expect((await error(s, 'mentors.get', { id: lead.id })).code).toBe('FORBIDDEN');
  });
});
