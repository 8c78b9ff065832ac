import { describe, expect, it } from 'vitest';
import { cleanUpAfterEach, errorOf as error, setUpStaff } from '../../../../tests/support/match-fixture';
import type { ClusterMatchRow, Match, MatchRow } from '../../../shared/contract/matches';
import { insertMentee, insertMentor, insertProposal } from './match.test-support';

const keep = cleanUpAfterEach();
const clock = new Date('2026-11-23T10:00:00Z');
const setUp = async () => keep(await setUpStaff({ now: clock }));

const risk = { overallLevel: 'low', assessor: 'Cora Coordinator', assessedOn: '2026-11-15' } as const;
const meeting = {
  heldOn: '2026-11-16',
  place: 'HMP Northmoor visits hall',
  attendees: ['coordinator', 'prison_staff'],
  attendeeNames: 'Cora; Officer Pat',
  pointsCovered: ['aims', 'boundaries', 'confidentiality'],
} as const;
const agreement = {
  groundRules: 'Meet only in safe, public places. No money or gifts.',
  aim: 'Settle well after release.',
  objectives: 'Find somewhere to live; look for work.',
  lengthValue: 6,
  lengthUnit: 'months',
  contactBetweenValue: 1,
  contactBetweenUnit: 'weeks',
} as const;

describe('the match workflow', () => {
  it('takes a proposal through both answers, the risk assessment, the meeting and the agreement to active', async () => {
    const s = await setUp();
    const menteeId = insertMentee(s.db);
    const mentorId = insertMentor(s.db);
    const matchId = insertProposal(s.db, menteeId, mentorId);

    // The mentee is asked only once the mentor has agreed.
    const early = await error(s, 'matches.respond', {
      matchId,
      party: 'mentee',
      answer: 'agreed',
      onDate: '2026-11-12',
    });
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toMatch(/mentor’s agreement first/);

    // Nothing done yet: every condition is named.
    const gate = await error(s, 'matches.activate', { matchId, onDate: '2026-11-20' });
    expect(gate.code).toBe('GATE_NOT_MET');
    expect(gate.unmet).toEqual([
      'Record the mentor’s agreement to the match.',
      'Record the mentee’s agreement to the match.',
      'Complete and sign off the match risk assessment.',
      'Record the three-way matching meeting.',
      'Write the mentoring agreement.',
      'Record the date the mentor signed the agreement.',
      'Record the date the mentee signed the agreement.',
    ]);

    let m = await s.ok<Match>('matches.respond', {
      matchId,
      party: 'mentor',
      answer: 'agreed',
      onDate: '2026-11-11',
    });
    expect(m).toMatchObject({
      stage: 'mentor_agreed',
      mentorAgreedOn: '2026-11-11',
      mentorToldOn: '2026-11-10',
    });
    expect(
      (
        await error(s, 'matches.respond', {
          matchId,
          party: 'mentor',
          answer: 'agreed',
          onDate: '2026-11-11',
        })
      ).code,
    ).toBe('CONFLICT');
    // Not before the mentor, and not in the future.
    expect(
      (
        await error(s, 'matches.respond', {
          matchId,
          party: 'mentee',
          answer: 'agreed',
          onDate: '2026-11-10',
        })
      ).fieldErrors,
    ).toHaveProperty('onDate');
    expect(
      (
        await error(s, 'matches.respond', {
          matchId,
          party: 'mentee',
          answer: 'agreed',
          onDate: '2026-11-24',
        })
      ).fieldErrors?.onDate,
    ).toMatch(/future/);
    m = await s.ok<Match>('matches.respond', {
      matchId,
      party: 'mentee',
      answer: 'agreed',
      onDate: '2026-11-12',
      toldOn: '2026-11-12',
    });
    expect(m.stage).toBe('mentee_agreed');
    expect(m.unmet.map((u) => u.condition)).toEqual([
      'risk_assessment',
      'meeting',
      'agreement',
      'mentor_signed',
      'mentee_signed',
    ]);

    // The risk assessment: controls needed at high; the review defaults from settings.
    const high = await error(s, 'matches.saveRiskAssessment', { matchId, ...risk, overallLevel: 'high' });
    expect(high.code).toBe('VALIDATION');
    expect(high.fieldErrors).toHaveProperty('controls');
    m = await s.ok<Match>('matches.saveRiskAssessment', {
      matchId,
      ...risk,
      hazards: [{ hazard: 'release_day', applies: true, controls: 'A lead mentor goes too.' }],
    });
    const draft = m.riskAssessments[0]!;
    expect(draft).toMatchObject({ version: 1, reviewDue: '2027-02-15', signedOffOn: null });
    expect(draft.hazards).toHaveLength(8);
    expect(draft.hazards.find((h) => h.hazard === 'release_day')).toEqual({
      hazard: 'release_day',
      applies: true,
      controls: 'A lead mentor goes too.',
    });
    m = await s.ok<Match>('matches.signOffRiskAssessment', { matchId, id: draft.id });
    expect(m.riskAssessments[0]).toMatchObject({ signedOffOn: '2026-11-23', signedOffBy: 'cora.c' });
    expect((await error(s, 'matches.saveRiskAssessment', { matchId, id: draft.id, ...risk })).code).toBe(
      'CONFLICT',
    );
    // A review starts version 2; version 1 stays as it was.
    m = await s.ok<Match>('matches.saveRiskAssessment', { matchId, ...risk, overallLevel: 'medium' });
    expect(m.riskAssessments.map((r) => [r.version, r.overallLevel])).toEqual([
      [2, 'medium'],
      [1, 'low'],
    ]);
    expect(m.unmet.map((u) => u.condition)).not.toContain('risk_assessment');

    // The meeting needs the service, the prison or probation there.
    const nobody = await error(s, 'matches.saveMeeting', { matchId, ...meeting, attendees: ['carer'] });
    expect(nobody.fieldErrors?.attendees).toMatch(
      /co-ordinator, a member of prison staff or the statutory case manager/,
    );
    m = await s.ok<Match>('matches.saveMeeting', { matchId, ...meeting });
    expect(m.meeting).toMatchObject({ heldOn: '2026-11-16', attendees: ['coordinator', 'prison_staff'] });

    // The agreement takes the programme's session lengths and review period when left out.
    m = await s.ok<Match>('matches.saveAgreement', { matchId, ...agreement });
    expect(m.agreement).toMatchObject({
      meetingMinMinutes: 60,
      meetingMaxMinutes: 90,
      reviewOn: '2027-02-16',
      mentorSignedOn: null,
    });
    expect(
      (await error(s, 'matches.saveAgreement', { matchId, ...agreement, meetingMinMinutes: 100 }))
        .fieldErrors,
    ).toHaveProperty('meetingMaxMinutes');
    m = await s.ok<Match>('matches.signAgreement', { matchId, party: 'mentor', onDate: '2026-11-16' });
    const oneSigned = await error(s, 'matches.activate', { matchId, onDate: '2026-11-20' });
    expect(oneSigned.unmet).toEqual(['Record the date the mentee signed the agreement.']);
    // Signed: the agreement no longer changes.
    expect((await error(s, 'matches.saveAgreement', { matchId, ...agreement })).code).toBe('CONFLICT');
    m = await s.ok<Match>('matches.signAgreement', { matchId, party: 'mentee', onDate: '2026-11-17' });
    expect(
      (await error(s, 'matches.signAgreement', { matchId, party: 'mentee', onDate: '2026-11-17' })).code,
    ).toBe('CONFLICT');
    expect(m.unmet).toEqual([]);
    expect(
      (await error(s, 'matches.activate', { matchId, onDate: '2026-11-16' })).fieldErrors,
    ).toHaveProperty('onDate');

    m = await s.ok<Match>('matches.activate', { matchId, onDate: '2026-11-20' });
    expect(m).toMatchObject({ stage: 'active', activeOn: '2026-11-20', nextReviewDue: '2027-02-16' });
    expect(m.mentee.stage).toBe('matched');
    expect(m.mentor.stage).toBe('matched');
    expect(m.history.map((h) => h.stage)).toEqual(['proposed', 'mentor_agreed', 'mentee_agreed', 'active']);
    const events = (table: string, col: string, id: string) =>
      s.db.prepare(`SELECT stage, on_date AS onDate FROM ${table} WHERE ${col} = ?`).all(id);
    expect(events('mentee_stage_event', 'mentee_id', menteeId)).toEqual([
      { stage: 'matched', onDate: '2026-11-20' },
    ]);
    expect(events('mentor_stage_event', 'mentor_id', mentorId)).toEqual([
      { stage: 'matched', onDate: '2026-11-20' },
    ]);
    expect((await error(s, 'matches.activate', { matchId, onDate: '2026-11-20' })).code).toBe('CONFLICT');
    // Once active, the answers are settled.
    expect(
      (
        await error(s, 'matches.respond', {
          matchId,
          party: 'mentee',
          answer: 'declined',
          onDate: '2026-11-21',
          reason: 'x',
        })
      ).code,
    ).toBe('CONFLICT');
  });

  it('keeps a decline’s reason without blame and frees the mentee for a new proposal, keeping the history', async () => {
    const s = await setUp();
    const menteeId = insertMentee(s.db);
    const first = insertProposal(s.db, menteeId, insertMentor(s.db, { firstName: 'Ash' }));
    await s.ok('matches.respond', {
      matchId: first,
      party: 'mentor',
      answer: 'agreed',
      onDate: '2026-11-11',
    });
    const noReason = await error(s, 'matches.respond', {
      matchId: first,
      party: 'mentee',
      answer: 'declined',
      onDate: '2026-11-12',
    });
    expect(noReason.code).toBe('VALIDATION');
    expect(noReason.fieldErrors).toHaveProperty('reason');
    const declined = await s.ok<Match>('matches.respond', {
      matchId: first,
      party: 'mentee',
      answer: 'declined',
      onDate: '2026-11-12',
      reason: 'Would rather have a mentor nearer home.',
    });
    expect(declined).toMatchObject({
      stage: 'declined',
      declinedBy: 'mentee',
      declinedOn: '2026-11-12',
      declineReason: 'Would rather have a mentor nearer home.',
      unmet: [{ condition: 'open' }],
    });
    expect(declined.history.at(-1)).toMatchObject({ stage: 'declined', note: 'The mentee declined.' });
    // The mentee simply stays ready; nothing more is recorded on a declined match.
    expect(declined.mentee.stage).toBe('ready');
    expect((await error(s, 'matches.saveMeeting', { matchId: first, ...meeting })).code).toBe('CONFLICT');

    // The open-match index lets a new proposal in, and the new match shows the earlier one.
    const second = insertProposal(s.db, menteeId, insertMentor(s.db, { firstName: 'Blake' }), '2026-11-15');
    const m = await s.ok<Match>('matches.get', { matchId: second });
    expect(m.earlierMatches).toEqual([
      expect.objectContaining({
        id: first,
        mentorName: 'Ash Mentor',
        stage: 'declined',
        declinedBy: 'mentee',
        declineReason: 'Would rather have a mentor nearer home.',
      }),
    ]);
    // A mentor may decline straight away too.
    const mentorNo = await s.ok<Match>('matches.respond', {
      matchId: second,
      party: 'mentor',
      answer: 'declined',
      onDate: '2026-11-16',
      reason: 'Not able to take on a mentee this month.',
    });
    expect(mentorNo).toMatchObject({ stage: 'declined', declinedBy: 'mentor' });
  });

  it('lists matches by stage and attention, and keeps a caseworker to their caseload', async () => {
    const s = await setUp();
    const mine = insertMentee(s.db, { firstName: 'Casey', caseworkerAccountId: s.ids['cas.one'] });
    const theirs = insertMentee(s.db, { firstName: 'Drew', caseworkerAccountId: s.ids['cas.two'] });
    const mentorId = insertMentor(s.db);
    const myMatch = insertProposal(s.db, mine, mentorId);
    // Waiting more than two weeks for an answer needs attention.
    const old = insertProposal(s.db, theirs, mentorId, '2026-11-01');

    const all = await s.ok<{ total: number; items: MatchRow[] }>('matches.list', {});
    expect(all.total).toBe(2);
    const attention = await s.ok<{ items: MatchRow[] }>('matches.list', { needsAttention: true });
    expect(attention.items.map((r) => r.id)).toEqual([old]);
    expect((await s.ok<{ total: number }>('matches.list', { stages: ['active'] })).total).toBe(0);

    await s.as('cas.one');
    const list = await s.ok<{ items: MatchRow[] }>('matches.list', { sortBy: 'mentee', sortDir: 'asc' });
    expect(list.items.map((r) => [r.menteeName, r.mine])).toEqual([
      ['Casey Example', true],
      ['Drew Example', false],
    ]);
    expect(
      (await s.ok<{ items: MatchRow[] }>('matches.list', { myCaseload: true })).items.map((r) => r.id),
    ).toEqual([myMatch]);
    await s.ok('matches.get', { matchId: myMatch });
    await s.ok('matches.respond', {
      matchId: myMatch,
      party: 'mentor',
      answer: 'agreed',
      onDate: '2026-11-11',
    });
    for (const [channel, input] of [
      ['matches.get', { matchId: old }],
      ['matches.respond', { matchId: old, party: 'mentor', answer: 'agreed', onDate: '2026-11-11' }],
      ['matches.saveMeeting', { matchId: old, ...meeting }],
    ] as const)
      expect((await error(s, channel, input)).code).toBe('FORBIDDEN');

    // Lead mentors never read match casework.
    await s.as('lee.lead');
    expect((await error(s, 'matches.get', { matchId: myMatch })).code).toBe('FORBIDDEN');
    expect((await error(s, 'matches.list', {})).code).toBe('FORBIDDEN');
  });

  it('shows a lead mentor their cluster’s matches with the mentee’s first name only', async () => {
    const s = await setUp();
    const region = await s.ok<{ id: string }>('establishments.saveRegion', { name: 'North' });
    const north = await s.ok<{ id: string }>('establishments.saveCluster', {
      name: 'North cluster',
      regionId: region.id,
    });
    const south = await s.ok<{ id: string }>('establishments.saveCluster', {
      name: 'South cluster',
      regionId: region.id,
    });
    const prison = await s.ok<{ id: string }>('establishments.create', {
      name: 'HMP Northmoor',
      kind: 'prison',
    });
    insertMentor(s.db, {
      firstName: 'Lee',
      clusterId: north.id,
      accountId: s.ids['lee.lead'],
      isLeadMentor: true,
    });
    const inCluster = insertMentor(s.db, { firstName: 'Nina', lastName: 'North', clusterId: north.id });
    const outside = insertMentor(s.db, { firstName: 'Sol', lastName: 'South', clusterId: south.id });
    const ours = insertProposal(
      s.db,
      insertMentee(s.db, { firstName: 'Quinn', lastName: 'Private', establishmentId: prison.id }),
      inCluster,
    );
    insertProposal(s.db, insertMentee(s.db, { firstName: 'Remy' }), outside);

    await s.as('lee.lead');
    const { items } = await s.ok<{ items: ClusterMatchRow[] }>('matches.myCluster', {});
    expect(items).toEqual([
      {
        id: ours,
        mentorName: 'Nina North',
        menteeFirstName: 'Quinn',
        establishmentName: 'HMP Northmoor',
        stage: 'proposed',
        activeOn: null,
      },
    ]);
    expect(JSON.stringify(items)).not.toContain('Private');

    // A co-ordinator may look too, and sees every cluster's; a caseworker may not call it.
    await s.as('cora.c');
    expect((await s.ok<{ items: ClusterMatchRow[] }>('matches.myCluster', {})).items).toHaveLength(2);
    await s.as('cas.one');
    expect((await error(s, 'matches.myCluster', {})).code).toBe('FORBIDDEN');
  });

  it('refuses bad input with plain field messages and changes nothing', async () => {
    const s = await setUp();
    const matchId = insertProposal(s.db, insertMentee(s.db), insertMentor(s.db));
    for (const [channel, input, field] of [
      ['matches.respond', { matchId, party: 'mentor', answer: 'agreed', onDate: '31/02/2026' }, 'onDate'],
      ['matches.respond', { matchId, party: 'mentor', answer: 'agreed', onDate: '2026-02-31' }, 'onDate'],
      ['matches.saveRiskAssessment', { matchId, ...risk, assessor: '' }, 'assessor'],
      ['matches.saveMeeting', { matchId, ...meeting, place: 'Visits\u202Ehall' }, 'place'],
      ['matches.saveAgreement', { matchId, ...agreement, lengthValue: 0 }, 'lengthValue'],
      ['matches.signAgreement', { matchId, party: 'mentor', onDate: 'yesterday' }, 'onDate'],
    ] as const) {
      const e = await error(s, channel, input);
      expect(e.code, channel).toBe('VALIDATION');
      expect(e.fieldErrors, channel).toHaveProperty(field);
    }
    // Not future, not before the proposal: the core's own date checks.
    expect(
      (await error(s, 'matches.saveMeeting', { matchId, ...meeting, heldOn: '2026-12-01' })).fieldErrors,
    ).toHaveProperty('heldOn');
    expect(
      (
        await error(s, 'matches.respond', {
          matchId,
          party: 'mentor',
          answer: 'agreed',
          onDate: '2026-11-01',
        })
      ).fieldErrors?.onDate,
    ).toMatch(/before the match was proposed/);
    expect(
      (await error(s, 'matches.signAgreement', { matchId, party: 'mentor', onDate: '2026-11-20' })).code,
    ).toBe('CONFLICT');
    const m = await s.ok<Match>('matches.get', { matchId });
    expect(m).toMatchObject({ stage: 'proposed', meeting: null, agreement: null, riskAssessments: [] });
  });
});
