import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  becomeNewAccount,
  makeSetUpCore,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import type { AuditPage } from '../../../shared/contract';
import type {
  MenteeCarer,
  MenteeInduction,
  MenteeMeeting,
  MenteeNeed,
  MenteePreferences,
  MenteeRiskAssessment,
} from '../../../shared/contract/assessment';
import { INDUCTION_ITEMS } from '../../../shared/mentees/assessment';
import { insertMentee } from './assessment.test-support';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const TODAY = new Date('2026-11-24T10:00:00Z');

async function setUp() {
  const s = await makeSetUpCore({ now: () => TODAY });
  t = s;
  const menteeId = await insertMentee(s);
  await becomeNewAccount(s, 'cora.coordinator', ['coordinator'], 'Cora Coordinator');
  return { s, menteeId };
}

const errorOf = (r: { ok: boolean; error?: unknown }) =>
  (r.ok ? { code: 'OK' } : r.error) as { code: string; fieldErrors?: Record<string, string> };

const risk = (menteeId: string, more: Record<string, unknown> = {}) => ({
  menteeId,
  answers: { medical: { answer: 'yes', notes: 'Asthma; carries an inhaler.' }, violence: { answer: 'no' } },
  sourceDocument: 'asset_plus',
  sourceReference: 'AP-1',
  sourceDated: '2026-11-01',
  overallLevel: 'medium',
  assessor: 'Cora Coordinator',
  assessedOn: '2026-11-20',
  ...more,
});

describe('assessment: risk assessments', () => {
  it('keeps a draft, signs it off read-only, and starts a new version for a review', async () => {
    const { s, menteeId } = await setUp();
    const draft = await s.ok<MenteeRiskAssessment>('assessment.saveRiskDraft', risk(menteeId));
    // The review defaults to the assessment date plus the review period (three months).
    expect(draft).toMatchObject({ version: 1, reviewDue: '2027-02-20', signedOffOn: null });
    expect(draft.answers.medical).toEqual({ answer: 'yes', notes: 'Asthma; carries an inhaler.' });

    const changed = await s.ok<MenteeRiskAssessment>(
      'assessment.saveRiskDraft',
      risk(menteeId, { id: draft.id, overallLevel: 'low' }),
    );
    expect(changed).toMatchObject({ id: draft.id, version: 1, overallLevel: 'low' });

    const high = await s.call('assessment.saveRiskDraft', risk(menteeId, { overallLevel: 'very_high' }));
    expect(errorOf(high).fieldErrors).toHaveProperty('safeguards');

    const signed = await s.ok<MenteeRiskAssessment>('assessment.signOffRisk', { menteeId, id: draft.id });
    expect(signed).toMatchObject({ signedOffOn: '2026-11-24', signedOffBy: 'Cora Coordinator' });
    const again = await s.call('assessment.signOffRisk', { menteeId, id: draft.id });
    expect(errorOf(again).code).toBe('CONFLICT');
    const edit = await s.call(
      'assessment.saveRiskDraft',
      risk(menteeId, { id: draft.id, overallLevel: 'high', safeguards: 'x' }),
    );
    expect(errorOf(edit).code).toBe('CONFLICT');

    const review = await s.ok<MenteeRiskAssessment>(
      'assessment.saveRiskDraft',
      risk(menteeId, {
        overallLevel: 'high',
        safeguards: 'Meet only in public places.',
        assessedOn: '2026-11-24',
      }),
    );
    expect(review).toMatchObject({ version: 2, signedOffOn: null, reviewDue: '2027-02-24' });

    const all = await s.ok<{ items: MenteeRiskAssessment[] }>('assessment.riskAssessments', { menteeId });
    expect(all.items.map((r) => [r.version, r.overallLevel, r.signedOffOn])).toEqual([
      [2, 'high', null],
      [1, 'low', '2026-11-24'],
    ]);
    // Reading criminal-offence data is itself audited, naming the mentee.
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const audit = await s.ok<AuditPage>('audit.list', { recordId: menteeId, pageSize: 50 });
    expect(audit.entries.some((e) => e.action === 'assessment.riskAssessments')).toBe(true);
  });
});

describe('assessment: induction and accessible format', () => {
  it('records items done and undone, and needs adaptations when the format flag is on', async () => {
    const { s, menteeId } = await setUp();
    const start = await s.ok<MenteeInduction>('assessment.induction', { menteeId });
    expect(start.items).toHaveLength(INDUCTION_ITEMS.length);
    expect(start.items.every((i) => i.doneOn === null)).toBe(true);

    await s.ok('assessment.setInductionItem', { menteeId, item: 'boundaries', doneOn: '2026-11-20' });
    const done = await s.ok<MenteeInduction>('assessment.setInductionItem', {
      menteeId,
      item: 'confidentiality',
      doneOn: '2026-11-21',
    });
    expect(done.items.filter((i) => i.doneOn).map((i) => i.item)).toEqual(['boundaries', 'confidentiality']);
    const undone = await s.ok<MenteeInduction>('assessment.setInductionItem', {
      menteeId,
      item: 'boundaries',
      doneOn: null,
    });
    expect(undone.items.filter((i) => i.doneOn).map((i) => i.item)).toEqual(['confidentiality']);

    const bad = await s.call('assessment.setAccessibleFormat', {
      menteeId,
      accessibleFormat: true,
      adaptations: '',
    });
    expect(errorOf(bad).fieldErrors).toHaveProperty('adaptations');
    expect((await s.ok<MenteeInduction>('assessment.induction', { menteeId })).accessibleFormat).toBe(false);
    const easy = await s.ok<MenteeInduction>('assessment.setAccessibleFormat', {
      menteeId,
      accessibleFormat: true,
      adaptations: 'Easy-read leaflets; read aloud.',
    });
    expect(easy).toMatchObject({ accessibleFormat: true, adaptations: 'Easy-read leaflets; read aloud.' });
  });
});

describe('assessment: carers and meetings', () => {
  it('keeps one key contact per mentee and refuses bad input unchanged', async () => {
    const { s } = await setUp();
    // Born 1 Dec 2010: fifteen on 24 Nov 2026, so parental consent is needed.
    const menteeId = await insertMentee(s, { dateOfBirth: '2010-12-01' });
    const before = await s.ok<{ ageYears: number; consentMissing: boolean }>('assessment.carers', {
      menteeId,
    });
    expect(before).toMatchObject({ ageYears: 15, consentMissing: true });
    const mum = await s.ok<MenteeCarer>('assessment.saveCarer', {
      menteeId,
      name: 'Pat Example',
      relationship: 'Mother',
      isKeyContact: true,
      parentalConsentOn: '2026-11-20',
      parentalConsentForm: 'PC-17',
    });
    const gran = await s.ok<MenteeCarer>('assessment.saveCarer', {
      menteeId,
      name: 'Lee Example',
      relationship: 'Grandmother',
      isKeyContact: true,
    });
    const bad = await s.call('assessment.saveCarer', { menteeId, name: '', relationship: 'Aunt' });
    expect(errorOf(bad).fieldErrors).toHaveProperty('name');
    const { items, consentMissing } = await s.ok<{ items: MenteeCarer[]; consentMissing: boolean }>(
      'assessment.carers',
      { menteeId },
    );
    expect(consentMissing).toBe(false);
    expect(items.map((c) => [c.id, c.isKeyContact])).toEqual([
      [gran.id, true],
      [mum.id, false],
    ]);
    expect(items[1]).toMatchObject({ parentalConsentOn: '2026-11-20', parentalConsentForm: 'PC-17' });
  });

  it('needs reasons when someone is not selected', async () => {
    const { s, menteeId } = await setUp();
    const base = {
      menteeId,
      heldOn: '2026-11-18',
      attendedBy: 'Cora and the mentee',
      outcome: 'not_selected',
    };
    const noReasons = await s.call('assessment.saveMeeting', base);
    expect(errorOf(noReasons).fieldErrors).toHaveProperty('notSelectedReasons');
    expect((await s.ok<{ items: MenteeMeeting[] }>('assessment.meetings', { menteeId })).items).toHaveLength(
      0,
    );
    const m = await s.ok<MenteeMeeting>('assessment.saveMeeting', {
      ...base,
      notSelectedReasons: 'Wants help we do not offer.',
      signposting: 'Local housing advice service.',
      toldOn: '2026-11-19',
      toldHow: 'In person',
    });
    expect(m).toMatchObject({ outcome: 'not_selected', toldOn: '2026-11-19' });
  });
});

describe('assessment: preferences and needs', () => {
  it('flags preferences that could be prejudicial until a co-ordinator records a view', async () => {
    const { s, menteeId } = await setUp();
    const plain = await s.ok<MenteePreferences>('assessment.savePreferences', {
      menteeId,
      gender: 'Male',
      sharedInterests: 'Football',
    });
    expect(plain.needsReview).toBe(false);
    const flagged = await s.ok<MenteePreferences>('assessment.savePreferences', {
      menteeId,
      gender: 'Male',
      other: 'No muslim mentors please',
    });
    expect(flagged.needsReview).toBe(true);
    const viewed = await s.ok<MenteePreferences>('assessment.reviewPreferences', {
      menteeId,
      coordinatorView: 'Talked it through; not used in matching.',
    });
    expect(viewed).toMatchObject({
      needsReview: false,
      coordinatorView: 'Talked it through; not used in matching.',
    });
  });

  it('lists the seven pathways and sets a level on one', async () => {
    const { s, menteeId } = await setUp();
    const { items } = await s.ok<{ items: MenteeNeed[] }>('assessment.saveNeed', {
      menteeId,
      pathway: 'accommodation',
      level: 'high',
      notes: 'No address for release.',
    });
    expect(items).toHaveLength(7);
    expect(items[0]).toEqual({ pathway: 'accommodation', level: 'high', notes: 'No address for release.' });
    expect(items[1]!.level).toBeNull();
    const bad = await s.call('assessment.saveNeed', { menteeId, pathway: 'accommodation', level: 'huge' });
    expect(errorOf(bad).code).toBe('VALIDATION');
  });
});

describe('assessment: who may reach a mentee', () => {
  it('refuses a caseworker outside their caseload and a lead mentor, and lets the caseload in', async () => {
    const s = await makeSetUpCore({ now: () => TODAY });
    t = s;
    const { id: caseworkerId } = await s.ok<{ id: string }>('accounts.create', {
      username: 'kit.caseworker',
      displayName: 'Kit Caseworker',
      roles: ['caseworker'],
      temporaryPassphrase: 'Granite puffin 42 orchard lamp',
    });
    const mine = await insertMentee(s, { caseworkerAccountId: caseworkerId });
    const theirs = await insertMentee(s);
    await becomeNewAccount(s, 'lee.lead', ['lead_mentor']);
    expect(errorOf(await s.call('assessment.riskAssessments', { menteeId: mine })).code).toBe('FORBIDDEN');

    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'kit.caseworker', passphrase: 'Granite puffin 42 orchard lamp' });
    await s.ok('vault.changePassphrase', {
      currentPassphrase: 'Granite puffin 42 orchard lamp',
      newPassphrase: 'Thistle harbour 31 amber fox',
    });
    await s.ok('assessment.saveNeed', { menteeId: mine, pathway: 'health', level: 'low' });
    const refused = await s.call('assessment.saveNeed', {
      menteeId: theirs,
      pathway: 'health',
      level: 'low',
    });
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    expect(errorOf(await s.call('assessment.riskAssessments', { menteeId: theirs })).code).toBe('FORBIDDEN');
    // Only a co-ordinator records a view on flagged preferences.
    await s.ok('assessment.savePreferences', { menteeId: mine, ethnicity: 'Same as me' });
    const view = await s.call('assessment.reviewPreferences', { menteeId: mine, coordinatorView: 'Fine.' });
    expect(errorOf(view).code).toBe('FORBIDDEN');

    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  });
});
