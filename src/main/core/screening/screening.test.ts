import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  becomeNewAccount,
  makeSetUpCore,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import type { AuditPage, Cluster, Establishment } from '../../../shared/contract';
import type {
  EqualityProfile,
  InterviewQuestion,
  MentorClearance,
  MentorDbsCheck,
  MentorEquality,
  MentorInterview,
  MentorReference,
  PersonSpecCriterion,
} from '../../../shared/contract/screening';
import { insertMentor } from './screening.test-support';
import { renewalOf } from './vetting.queries';

type Screening = {
  references: MentorReference[];
  dbsChecks: MentorDbsCheck[];
  interviews: MentorInterview[];
  decisions: { outcome: string; reasons: string }[];
  personSpec: PersonSpecCriterion[];
  interviewQuestions: InterviewQuestion[];
};

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

/** A fixed day, so renewal dates and badges are predictable. */
const TODAY = new Date('2026-11-24T10:00:00Z');

async function setUp() {
  const s = await makeSetUpCore({ now: () => TODAY });
  t = s;
  const mentorId = await insertMentor(s);
  return { s, mentorId };
}

const errorOf = (r: { ok: boolean; error?: unknown }) =>
  (r.ok ? { code: 'OK' } : r.error) as { code: string; fieldErrors?: Record<string, string> };

async function backToAdmin(s: TestCore) {
  await s.ok('vault.lock');
  await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
}

describe('screening: references, DBS, interview and decision', () => {
  it('records two references, with concerns needing how they were addressed, refusing bad input unchanged', async () => {
    const { s, mentorId } = await setUp();
    const first = await s.ok<MentorReference>('screening.saveReference', {
      mentorId,
      refereeName: 'Jo Employer',
      relationship: 'professional',
      requestedOn: '2026-01-06',
      receivedOn: '2026-01-20',
      satisfactory: 'yes',
    });
    expect(first).toMatchObject({ satisfactory: 'yes', chasedOn: null, receivedOn: '2026-01-20' });
    await s.ok('screening.saveReference', {
      mentorId,
      refereeName: 'Kim Tutor',
      relationship: 'educational',
      requestedOn: '2026-01-06',
    });

    const noReason = await s.call('screening.saveReference', {
      id: first.id,
      mentorId,
      refereeName: 'Jo Employer',
      relationship: 'professional',
      receivedOn: '2026-01-20',
      satisfactory: 'no',
    });
    expect(errorOf(noReason)).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { howAddressed: 'Say how an unsatisfactory reference was dealt with.' },
    });
    const concerns = await s.call('screening.saveReference', {
      mentorId,
      refereeName: 'Lee Neighbour',
      relationship: 'other',
      concerns: 'Mentioned lateness.',
    });
    expect(errorOf(concerns).fieldErrors).toEqual({ howAddressed: 'Say how the concerns were addressed.' });
    const early = await s.call('screening.saveReference', {
      mentorId,
      refereeName: 'Lee Neighbour',
      relationship: 'other',
      requestedOn: '2026-02-01',
      chasedOn: '2026-01-01',
    });
    expect(errorOf(early).fieldErrors).toEqual({
      chasedOn: 'A reference cannot be chased before it was requested.',
    });

    const seen = await s.ok<Screening>('screening.forMentor', { mentorId });
    expect(seen.references.map((r) => [r.refereeName, r.satisfactory])).toEqual([
      ['Jo Employer', 'yes'],
      ['Kim Tutor', 'not_yet'],
    ]);
    // Concerns with how they were handled are accepted, and the change replaces the row.
    await s.ok('screening.saveReference', {
      id: first.id,
      mentorId,
      refereeName: 'Jo Employer',
      relationship: 'professional',
      receivedOn: '2026-01-20',
      satisfactory: 'yes',
      concerns: 'Short notice of leaving one job.',
      howAddressed: 'Discussed at interview; explained by a family illness.',
    });
    const after = await s.ok<Screening>('screening.forMentor', { mentorId });
    expect(after.references).toHaveLength(2);
    expect(after.references[0]!.howAddressed).toMatch(/family illness/);

    // An id belonging to another mentor cannot be overwritten through this one.
    const other = await insertMentor(s, { firstName: 'Ash' });
    const stolen = await s.call('screening.saveReference', {
      id: first.id,
      mentorId: other,
      refereeName: 'X',
      relationship: 'other',
    });
    expect(errorOf(stolen).code).toBe('NOT_FOUND');
    const ghost = await s.call('screening.saveReference', {
      mentorId: '00000000-0000-4000-8000-000000000000',
      refereeName: 'X',
      relationship: 'other',
    });
    expect(errorOf(ghost).code).toBe('NOT_FOUND');

    const audit = await s.ok<AuditPage>('audit.list', { recordId: mentorId, pageSize: 50 });
    expect(audit.entries.filter((e) => e.action === 'screening.saveReference')).toHaveLength(3);
    // Reading vetting data is itself audited.
    expect(audit.entries.some((e) => e.action === 'screening.forMentor')).toBe(true);
  });

  it('checks the DBS certificate number, defaults renewal from the settings, and requires reasons for a decision on disclosures', async () => {
    const { s, mentorId } = await setUp();
    const check = await s.ok<MentorDbsCheck>('screening.saveDbsCheck', {
      mentorId,
      certificateNumber: '0012 3456 7890',
      issueDate: '2024-02-29',
      updateService: true,
      outcome: 'clear',
    });
    expect(check).toMatchObject({
      certificateNumber: '001234567890',
      renewalDue: '2027-02-28', // three years on; no 29 February in 2027
      updateService: true,
      renewal: { level: 'in_date' },
    });
    const short = await s.call('screening.saveDbsCheck', {
      mentorId,
      certificateNumber: '1234 5678',
      issueDate: '2024-02-29',
      outcome: 'clear',
    });
    expect(errorOf(short).fieldErrors?.certificateNumber).toMatch(/12 digits/);

    const disclosed = {
      mentorId,
      certificateNumber: '009876543210',
      issueDate: '2026-01-10',
      outcome: 'information_disclosed',
      disclosedInformation: 'A caution from 2009.',
      decision: 'suitable',
      decidedOn: '2026-01-20',
    };
    const noReasons = await s.call('screening.saveDbsCheck', disclosed);
    expect(errorOf(noReasons).fieldErrors).toEqual({
      decisionReasons: 'Give the reasons for the decision about what was disclosed or declared.',
    });
    const notNeeded = await s.call('screening.saveDbsCheck', {
      ...disclosed,
      decision: 'not_needed',
      decisionReasons: 'n/a',
    });
    expect(errorOf(notNeeded).fieldErrors?.decision).toMatch(/record whether they are suitable/);
    const before = await s.ok<Screening>('screening.forMentor', { mentorId });
    expect(before.dbsChecks).toHaveLength(1);

    await s.ok('screening.saveDbsCheck', {
      ...disclosed,
      decisionReasons: 'Minor, long ago, and openly declared; discussed at interview.',
      renewalDue: '2026-12-20',
    });
    await s.ok('screening.saveDbsCheck', { mentorId, outcome: 'pending' });
    const seen = await s.ok<Screening>('screening.forMentor', { mentorId });
    // Newest first: the pending one, then by issue date.
    expect(seen.dbsChecks.map((c) => [c.outcome, c.issueDate, c.renewal.level, c.renewal.within])).toEqual([
      ['pending', null, 'unknown', null],
      ['information_disclosed', '2026-01-10', 'due', 30],
      ['clear', '2024-02-29', 'in_date', null],
    ]);
  });

  it('marks DBS renewal at the warning points 60, 30 and 7 days, and expired on the day', () => {
    const today = '2026-11-24';
    const at = (days: number) => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return renewalOf(d.toISOString().slice(0, 10), [60, 30, 7], today);
    };
    expect([61, 60, 31, 30, 8, 7, 0, -3].map((n) => [n, at(n).level, at(n).within])).toEqual([
      [61, 'in_date', null],
      [60, 'due', 60],
      [31, 'due', 60],
      [30, 'due', 30],
      [8, 'due', 30],
      [7, 'due', 7],
      [0, 'expired', null],
      [-3, 'expired', null],
    ]);
    expect(renewalOf(null, [60], today).level).toBe('unknown');
  });

  it('keeps each interview question’s wording as asked, and refuses questions not on the list', async () => {
    const { s, mentorId } = await setUp();
    const { interviewQuestions: questions } = await s.ok<Screening>('screening.forMentor', { mentorId });
    expect(questions.length).toBeGreaterThanOrEqual(7);
    const interview = await s.ok<MentorInterview>('screening.saveInterview', {
      mentorId,
      heldOn: '2026-02-01',
      panel: 'Co-ordinator and a lead mentor',
      answers: questions
        .slice(0, 2)
        .map((q, i) => ({ questionId: q.id, covered: i === 0, notes: 'Thoughtful' })),
      outcome: 'passed',
    });
    expect(interview.answers[0]).toMatchObject({ question: questions[0]!.text, covered: true });
    await s.ok('screening.saveInterviewQuestion', { id: questions[0]!.id, text: 'Reworded question?' });
    const seen = await s.ok<Screening>('screening.forMentor', { mentorId });
    expect(seen.interviews[0]!.answers[0]!.question).toBe(questions[0]!.text);

    const unknown = await s.call('screening.saveInterview', {
      mentorId,
      heldOn: '2026-02-01',
      panel: 'Panel',
      answers: [{ questionId: '00000000-0000-4000-8000-000000000000', covered: true }],
      outcome: 'passed',
    });
    expect(errorOf(unknown)).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { 'answers.0': expect.any(String) },
    });
    expect((await s.ok<Screening>('screening.forMentor', { mentorId })).interviews).toHaveLength(1);
  });

  it('records decisions: not selected needs reasons, a trial period needs its review date', async () => {
    const { s, mentorId } = await setUp();
    const refused = await s.call('screening.saveDecision', {
      mentorId,
      outcome: 'not_selected',
      decidedOn: '2026-02-10',
    });
    expect(errorOf(refused).fieldErrors).toEqual({
      reasons: 'Give the reasons they were not selected: they are entitled to know them.',
    });
    const trial = await s.call('screening.saveDecision', {
      mentorId,
      outcome: 'approved',
      decidedOn: '2026-02-10',
      trialPeriod: true,
    });
    expect(errorOf(trial).fieldErrors).toEqual({
      trialReviewDue: 'Enter when the trial period will be reviewed.',
    });
    expect((await s.ok<Screening>('screening.forMentor', { mentorId })).decisions).toEqual([]);

    await s.ok('screening.saveDecision', {
      mentorId,
      outcome: 'not_selected',
      decidedOn: '2026-02-10',
      reasons: 'Wanted to work only with young people; the programme works with adults.',
      feedbackGivenOn: '2026-02-12',
      signposting: 'Youth volunteering centre',
    });
    await s.ok('screening.saveDecision', {
      mentorId,
      outcome: 'approved',
      decidedOn: '2026-03-01',
      trialPeriod: true,
      trialReviewDue: '2026-06-01',
    });
    const seen = await s.ok<Screening>('screening.forMentor', { mentorId });
    expect(seen.decisions.map((d) => d.outcome)).toEqual(['approved', 'not_selected']);
  });
});

describe('screening: prison clearance and who may see what', () => {
  async function withCluster() {
    const { s, mentorId } = await setUp();
    const region = await s.ok<{ id: string }>('establishments.saveRegion', { name: 'North West' });
    const north = await s.ok<Cluster>('establishments.saveCluster', {
      name: 'Fellside',
      regionId: region.id,
    });
    const south = await s.ok<Cluster>('establishments.saveCluster', {
      name: 'Riverside',
      regionId: region.id,
    });
    const prison = await s.ok<Establishment>('establishments.create', {
      name: 'HMP Northmoor',
      kind: 'prison',
      clusterId: north.id,
    });
    const ours = await insertMentor(s, { firstName: 'Nell', clusterId: north.id });
    const theirs = await insertMentor(s, { firstName: 'Sid', clusterId: south.id });
    return { s, mentorId, north, south, prison, ours, theirs };
  }

  it('records clearance per establishment, once each, with cleared and expiry dates checked', async () => {
    const { s, prison, ours } = await withCluster();
    const base = { mentorId: ours, establishmentId: prison.id };
    const noDate = await s.call('screening.saveClearance', { ...base, status: 'cleared' });
    expect(errorOf(noDate).fieldErrors).toEqual({ clearedOn: 'Enter the date they were cleared.' });
    const backwards = await s.call('screening.saveClearance', {
      ...base,
      status: 'cleared',
      clearedOn: '2026-03-01',
      expiresOn: '2026-03-01',
    });
    expect(errorOf(backwards).fieldErrors).toEqual({
      expiresOn: 'Clearance must expire after the date it was given.',
    });
    const made = await s.ok<MentorClearance>('screening.saveClearance', {
      ...base,
      status: 'forms_submitted',
      formsSubmittedOn: '2026-02-01',
      formsCheckedBy: 'Lee Lead',
      idSeenOn: '2026-02-01',
    });
    expect(made).toMatchObject({ establishmentName: 'HMP Northmoor', clusterName: 'Fellside' });
    const twice = await s.call('screening.saveClearance', { ...base, status: 'not_started' });
    expect(errorOf(twice)).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { establishmentId: expect.any(String) },
    });
    const nowhere = await s.call('screening.saveClearance', {
      ...base,
      establishmentId: '00000000-0000-4000-8000-000000000000',
      status: 'not_started',
    });
    expect(errorOf(nowhere).fieldErrors).toEqual({
      establishmentId: 'Choose an establishment from the list.',
    });
    const office = await s.ok<Establishment>('establishments.create', {
      name: 'Fellgate Probation',
      kind: 'probation_office',
    });
    const notAPrison = await s.call('screening.saveClearance', {
      ...base,
      establishmentId: office.id,
      status: 'not_started',
    });
    expect(errorOf(notAPrison).fieldErrors).toEqual({
      establishmentId: 'Security clearance is for prisons and young offender institutions only.',
    });
    await s.ok('screening.saveClearance', {
      ...base,
      id: made.id,
      status: 'cleared',
      formsSubmittedOn: '2026-02-01',
      clearedOn: '2026-03-01',
      expiresOn: '2027-03-01',
    });
    const { items } = await s.ok<{ items: MentorClearance[] }>('screening.clearances', { mentorId: ours });
    expect(items.map((c) => [c.status, c.clearedOn, c.expiresOn])).toEqual([
      ['cleared', '2026-03-01', '2027-03-01'],
    ]);
  });

  it('lets a lead mentor record clearance steps in their cluster only, and never read vetting or equality', async () => {
    const { s, north, prison, ours, theirs } = await withCluster();
    await s.ok('screening.saveReference', {
      mentorId: ours,
      refereeName: 'Jo',
      relationship: 'professional',
    });
    const leadAccount = await becomeNewAccount(s, 'lee.lead', ['lead_mentor']);
    await insertMentor(s, { firstName: 'Lee', clusterId: north.id, leadAccountId: leadAccount });

    const mine = await s.ok<MentorClearance>('screening.saveClearance', {
      mentorId: ours,
      establishmentId: prison.id,
      status: 'forms_submitted',
      formsSubmittedOn: '2026-02-01',
      formsCheckedBy: 'Lee Lead',
    });
    expect(mine.formsCheckedBy).toBe('Lee Lead');
    expect(
      (await s.ok<{ items: MentorClearance[] }>('screening.clearances', { mentorId: ours })).items,
    ).toHaveLength(1);
    const outside = await s.call('screening.saveClearance', {
      mentorId: theirs,
      establishmentId: prison.id,
      status: 'not_started',
    });
    expect(errorOf(outside).code).toBe('FORBIDDEN');
    expect(errorOf(await s.call('screening.clearances', { mentorId: theirs })).code).toBe('FORBIDDEN');
    // Vetting and equality: refused outright, even in their own cluster.
    for (const channel of ['screening.forMentor', 'screening.equality'])
      expect(errorOf(await s.call(channel, { mentorId: ours })).code, channel).toBe('FORBIDDEN');
    const profile = await s.ok<EqualityProfile>('screening.equalityProfile', {});
    expect(profile.answered.exact).toBeNull();
    expect(profile.completionPercentExact).toBeNull();

    await backToAdmin(s);
    await becomeNewAccount(s, 'cam.casework', ['caseworker']);
    for (const channel of ['screening.forMentor', 'screening.equality', 'screening.clearances'])
      expect(errorOf(await s.call(channel, { mentorId: ours })).code, channel).toBe('FORBIDDEN');
    const seen = await s.ok<EqualityProfile>('screening.equalityProfile', {});
    expect(seen.ageBands.every((c) => c.exact === null)).toBe(true);
  });

  it('keeps equality answers for co-ordinators and gives everyone else a profile with small numbers hidden', async () => {
    const { s, mentorId } = await setUp();
    const bad = await s.call('screening.saveEquality', {
      mentorId,
      ageBand: '35_44',
      gender: 'woman',
      ethnicity: 'Klingon',
      disability: 'no',
    });
    expect(errorOf(bad).code).toBe('VALIDATION');
    const empty = await s.ok<MentorEquality>('screening.equality', { mentorId });
    expect(empty).toMatchObject({ recorded: false, ageBand: null });

    const answers = {
      ageBand: '35_44',
      gender: 'woman',
      ethnicity: 'Indian',
      disability: 'no',
    } as const;
    const saved = await s.ok<MentorEquality>('screening.saveEquality', {
      mentorId,
      ...answers,
      religion: 'Hindu',
    });
    expect(saved).toMatchObject({
      recorded: true,
      ethnicity: 'Indian',
      religion: 'Hindu',
      recordedOn: '2026-11-24',
    });
    // Seven more answer alike, two prefer not to say, six answer otherwise, three never answer.
    for (let i = 0; i < 7; i++)
      await s.ok('screening.saveEquality', {
        mentorId: await insertMentor(s, { firstName: `A${i}` }),
        ...answers,
      });
    for (let i = 0; i < 2; i++)
      await s.ok('screening.saveEquality', {
        mentorId: await insertMentor(s, { firstName: `B${i}` }),
        ageBand: 'prefer_not_to_say',
        gender: 'prefer_not_to_say',
        ethnicity: 'Prefer not to say',
        disability: 'prefer_not_to_say',
      });
    for (let i = 0; i < 6; i++)
      await s.ok('screening.saveEquality', {
        mentorId: await insertMentor(s, { firstName: `D${i}` }),
        ageBand: '55_64',
        gender: 'man',
        ethnicity: 'African',
        disability: 'yes',
      });
    for (let i = 0; i < 3; i++) await insertMentor(s, { firstName: `C${i}` });
    await insertMentor(s, { firstName: 'Gone', stage: 'left' });

    const exact = await s.ok<EqualityProfile>('screening.equalityProfile', {});
    // 3 of 19 have not answered: the share would give that small number away.
    expect(exact).toMatchObject({ mentors: 19, answered: { count: 16, exact: 16 }, completionPercent: null });
    expect(exact.completionPercentExact).toBe(84);
    const cell = (p: EqualityProfile, list: 'ageBands' | 'ethnicityGroups', key: string) =>
      p[list].find((c) => c.key === key);
    expect(cell(exact, 'ageBands', '35_44')).toMatchObject({ count: 8, exact: 8 });
    expect(cell(exact, 'ageBands', 'prefer_not_to_say')).toMatchObject({
      count: null,
      hidden: 'small',
      exact: 2,
    });
    // The 2 is hidden, so the next smallest (6) goes with it: 16 − 8 would otherwise give 2 back.
    expect(cell(exact, 'ageBands', '55_64')).toMatchObject({ count: null, hidden: 'secondary', exact: 6 });
    expect(cell(exact, 'ethnicityGroups', 'Asian or Asian British')).toMatchObject({ count: 8 });
    expect((await s.ok<EqualityProfile>('screening.equalityProfile', { population: 'all' })).mentors).toBe(
      20,
    );

    await becomeNewAccount(s, 'rae.regional', ['regional_manager']);
    const regional = await s.ok<EqualityProfile>('screening.equalityProfile', {});
    expect(cell(regional, 'ageBands', '35_44')).toMatchObject({ count: 8, exact: null });
    expect(cell(regional, 'ageBands', 'prefer_not_to_say')).toMatchObject({ count: null, exact: null });
    expect(regional.answered).toMatchObject({ count: 16, exact: null });
  });
});

describe('screening: person specification and interview questions', () => {
  it('starts from the manual’s lists, and lets co-ordinators add, reorder and archive', async () => {
    const { s } = await setUp();
    const spec = await s.ok<PersonSpecCriterion[]>('screening.personSpec', {});
    expect(spec.filter((c) => c.kind === 'quality')).toHaveLength(5);
    expect(spec.filter((c) => c.kind === 'screen_out')).toHaveLength(5);
    const added = await s.ok<PersonSpecCriterion[]>('screening.savePersonSpecCriterion', {
      kind: 'quality',
      text: 'Patient and calm under pressure',
    });
    const mine = added.find((c) => c.text.startsWith('Patient'))!;
    expect(mine.sortOrder).toBe(5);
    const moved = await s.ok<PersonSpecCriterion[]>('screening.savePersonSpecCriterion', {
      id: mine.id,
      kind: 'quality',
      text: mine.text,
      move: 'up',
    });
    const qualities = moved.filter((c) => c.kind === 'quality').map((c) => c.text);
    expect(qualities.indexOf(mine.text)).toBe(4);
    const clash = await s.call('screening.savePersonSpecCriterion', {
      kind: 'quality',
      text: 'patient and calm under pressure',
    });
    expect(errorOf(clash)).toMatchObject({ code: 'CONFLICT', fieldErrors: { text: expect.any(String) } });
    await s.ok('screening.savePersonSpecCriterion', {
      id: mine.id,
      kind: 'quality',
      text: mine.text,
      archived: true,
    });
    expect(
      (await s.ok<PersonSpecCriterion[]>('screening.personSpec', {})).some((c) => c.id === mine.id),
    ).toBe(false);
    expect(
      (await s.ok<PersonSpecCriterion[]>('screening.personSpec', { includeArchived: true })).some(
        (c) => c.id === mine.id,
      ),
    ).toBe(true);

    const questions = await s.ok<InterviewQuestion[]>('screening.saveInterviewQuestion', {
      text: 'What would you do if a mentee did not turn up?',
    });
    expect(questions.at(-1)!.text).toMatch(/did not turn up/);

    await becomeNewAccount(s, 'cam.casework', ['caseworker']);
    expect((await s.ok<PersonSpecCriterion[]>('screening.personSpec', {})).length).toBe(10);
    const refused = await s.call('screening.savePersonSpecCriterion', { kind: 'quality', text: 'Anything' });
    expect(errorOf(refused).code).toBe('FORBIDDEN');
  });
});
