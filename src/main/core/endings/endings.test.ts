import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADMIN, becomeNewAccount } from '../../../../tests/support/core-fixture';
import {
  addAccount,
  cleanUpAfterEach,
  expectFieldError,
  firstSignIn,
} from '../../../../tests/support/match-fixture';
import type { EndingView, ExitInterview } from '../../../shared/contract/endings';
import { addMatch, setUpWithSeeds, stagesOf } from '../incidents/incident.test-support';

/** Endings through the real pipeline, on matches seeded with plain INSERTs (active since 20 January). */
const keep = cleanUpAfterEach();

const NOW = new Date('2026-09-30T12:00:00Z');
const setUp = async () => keep(await setUpWithSeeds(NOW));

const ending = { kind: 'planned', reason: 'agreed_length_reached', endedOn: '2026-09-28' } as const;

describe('ending a match', () => {
  it('records the ending, frees the mentor and closes the mentee, in one step', async () => {
    const s = await setUp();
    const match = await addMatch(s);
    await becomeNewAccount(s, 'cora.coord', ['coordinator'], 'Cora Coordinator');
    const before = await s.ok<EndingView>('endings.get', { matchId: match.id });
    expect(before).toMatchObject({
      ending: null,
      interviews: [],
      match: { stage: 'active', mentorStage: 'matched' },
    });

    const after = await s.ok<EndingView>('endings.end', {
      matchId: match.id,
      ...ending,
      continuesInformally: true,
      notes: 'They plan to meet for coffee now and then.',
    });
    expect(after.ending).toMatchObject({
      ...ending,
      continuesInformally: true,
      recordedByName: 'Cora Coordinator',
    });
    expect(after.match).toMatchObject({
      stage: 'ended',
      endedOn: '2026-09-28',
      mentorStage: 'ready',
      menteeStage: 'closed',
    });
    const stages = await stagesOf(s, match);
    expect(stages).toMatchObject({
      mentor: 'ready',
      mentee: 'closed',
      mentorEvents: ['ready'],
      menteeEvents: ['closed'],
    });

    // Ending twice is refused.
    expect(await s.call('endings.end', { matchId: match.id, ...ending })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('a mentor with another active match stays matched', async () => {
    const s = await setUp();
    const first = await addMatch(s);
    const second = await addMatch(s, { mentorId: first.mentorId });
    const view = await s.ok<EndingView>('endings.end', {
      matchId: first.id,
      ...ending,
      kind: 'unplanned',
      reason: 'returned_to_custody',
    });
    expect(view.match).toMatchObject({ mentorStage: 'matched', menteeStage: 'closed', mentorOtherActive: 1 });
    expect((await stagesOf(s, first)).mentorEvents).toEqual([]);
    // Ending the second frees them.
    await s.ok('endings.end', { matchId: second.id, ...ending });
    expect((await stagesOf(s, second)).mentor).toBe('ready');
  });

  it('refuses a date before the match became active or in the future, and a match that is not active', async () => {
    const s = await setUp();
    const match = await addMatch(s);
    expect(
      await s.call('endings.end', { matchId: match.id, ...ending, endedOn: '2026-01-19' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { endedOn: expect.stringContaining('active') } },
    });
    expect(
      await s.call('endings.end', { matchId: match.id, ...ending, endedOn: '2026-10-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { endedOn: expect.stringContaining('future') } },
    });
    // The active day itself is fine.
    await s.ok('endings.end', { matchId: match.id, ...ending, endedOn: '2026-01-20' });
    const pending = await addMatch(s, { stage: 'mentee_agreed', activeOn: null });
    expect(await s.call('endings.end', { matchId: pending.id, ...ending })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect((await stagesOf(s, pending)).mentee).toBe('matched');
    expect(await s.call('endings.end', { matchId: randomUUID(), ...ending })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('keeps one exit interview per side, corrected by saving again', async () => {
    const s = await setUp();
    const match = await addMatch(s);
    const interview = {
      matchId: match.id,
      party: 'mentee',
      heldOn: '2026-09-29',
      answers: { helpful: 'very', most_useful: 'Help with the housing forms.', changed: '' },
    } as const;
    // Not before the match has ended.
    expect(await s.call('endings.saveExitInterview', interview)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await s.ok('endings.end', { matchId: match.id, ...ending });
    const saved = await s.ok<ExitInterview>('endings.saveExitInterview', interview);
    // A blank answer is not kept.
    expect(saved).toMatchObject({
      party: 'mentee',
      answers: { helpful: 'very', most_useful: 'Help with the housing forms.' },
    });
    expect(Object.keys(saved.answers)).toHaveLength(2);
    await s.ok('endings.saveExitInterview', { ...interview, answers: { helpful: 'quite' } });
    await s.ok('endings.saveExitInterview', {
      matchId: match.id,
      party: 'mentor',
      heldOn: '2026-09-30',
      answers: { went: 'well', again: 'yes_later' },
    });
    const view = await s.ok<EndingView>('endings.get', { matchId: match.id });
    expect(view.interviews.map((i) => [i.party, i.answers])).toEqual([
      ['mentor', { went: 'well', again: 'yes_later' }],
      ['mentee', { helpful: 'quite' }],
    ]);
    expect(await s.call('endings.saveExitInterview', { ...interview, heldOn: '2026-09-27' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { heldOn: expect.any(String) } },
    });
  });

  it('refuses bad input with plain-English field messages', async () => {
    const s = await setUp();
    const match = await addMatch(s);
    const cases: [string, Record<string, unknown>, string][] = [
      ['endings.end', { ...ending, kind: 'sudden' }, 'kind'],
      ['endings.end', { ...ending, reason: 'bored' }, 'reason'],
      ['endings.end', { ...ending, endedOn: '28/09/2026' }, 'endedOn'],
      ['endings.end', { ...ending, continuesInformally: 'yes' }, 'continuesInformally'],
      ['endings.end', { ...ending, notes: 'a\u202Eb' }, 'notes'],
      ['endings.saveExitInterview', { party: 'carer', heldOn: '2026-09-29', answers: {} }, 'party'],
      ['endings.saveExitInterview', { party: 'mentee', heldOn: 'yesterday', answers: {} }, 'heldOn'],
      [
        'endings.saveExitInterview',
        { party: 'mentee', heldOn: '2026-09-29', answers: { colour: 'red' } },
        'answers.colour',
      ],
      [
        'endings.saveExitInterview',
        { party: 'mentee', heldOn: '2026-09-29', answers: { helpful: 'wow' } },
        'answers.helpful',
      ],
      [
        'endings.saveExitInterview',
        { party: 'mentor', heldOn: '2026-09-29', answers: { helpful: 'very' } },
        'answers.helpful',
      ],
    ];
    for (const [channel, bad, field] of cases)
      await expectFieldError(s, channel, { matchId: match.id, ...bad }, field);
  });

  it('a caseworker ends matches in their caseload only; safeguarding leads read; lead mentors see nothing', async () => {
    const s = await setUp();
    const casey = await addAccount(s, 'casey.case', ['caseworker'], 'Casey Caseworker');
    const mine = await addMatch(s, { caseworkerId: casey });
    const theirs = await addMatch(s);
    await becomeNewAccount(s, 'lee.lead', ['lead_mentor']);
    expect(await s.call('endings.get', { matchId: mine.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await firstSignIn(s, 'casey.case');
    await s.ok('endings.end', { matchId: mine.id, ...ending });
    for (const [channel, input] of [
      ['endings.get', { matchId: theirs.id }],
      ['endings.end', { matchId: theirs.id, ...ending }],
      [
        'endings.saveExitInterview',
        { matchId: theirs.id, party: 'mentor', heldOn: '2026-09-29', answers: {} },
      ],
    ] as const)
      expect(await s.call(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await becomeNewAccount(s, 'sky.safe', ['safeguarding_lead']);
    expect(await s.ok<EndingView>('endings.get', { matchId: mine.id })).toMatchObject({
      ending: { ...ending },
    });
    expect(await s.call('endings.end', { matchId: theirs.id, ...ending })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
