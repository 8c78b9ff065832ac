import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADMIN, becomeNewAccount } from '../../../../tests/support/core-fixture';
import {
  addAccount,
  cleanUpAfterEach,
  expectFieldError,
  firstSignIn,
  signInAs,
} from '../../../../tests/support/match-fixture';
import type { BoundaryCount, Incident } from '../../../shared/contract/incidents';
import { addMatch, setUpWithSeeds, stagesOf } from './incident.test-support';

/** Incidents through the real pipeline, on matches seeded with plain INSERTs. */
const keep = cleanUpAfterEach();

const NOW = new Date('2026-03-10T12:00:00Z');
const setUp = async () => keep(await setUpWithSeeds(NOW));

const incident = {
  kind: 'pushing_boundaries',
  occurredOn: '2026-03-02',
  severity: 'medium',
  description: 'Asked the mentor for a loan.',
  actions: 'Mentor said no and told staff.',
} as const;
type List = { total: number; items: Incident[] };

describe('incidents', () => {
  it('a co-ordinator records, corrects and closes an incident; boundary kinds are flagged', async () => {
    const s = await setUp();
    const match = await addMatch(s);
    await becomeNewAccount(s, 'cora.coord', ['coordinator'], 'Cora Coordinator');
    const rec = await s.ok<Incident>('incidents.record', { matchId: match.id, ...incident });
    expect(rec).toMatchObject({
      ...incident,
      matchId: match.id,
      mentorId: match.mentorId,
      menteeId: match.menteeId,
      isBoundary: true,
      closedOn: null,
      recordedByName: 'Cora Coordinator',
      followUpDue: null,
    });
    expect(rec.matchReference).toMatch(/^X-2026-/);
    expect(rec.menteeName).toMatch(/^Jordan /);

    const fixed = await s.ok<Incident>('incidents.update', {
      id: rec.id,
      ...incident,
      kind: 'under_influence',
      followUp: 'Check in after the next meeting.',
      followUpDue: '2026-03-16',
    });
    expect(fixed).toMatchObject({ kind: 'under_influence', isBoundary: false, followUpDue: '2026-03-16' });

    const open = await s.ok<List>('incidents.list', { matchId: match.id });
    expect(open.items.map((i) => i.id)).toEqual([rec.id]);

    // A closure needs a note, cannot precede the incident nor be in the future.
    expect(
      await s.call('incidents.close', { id: rec.id, closedOn: '2026-03-09', closureNote: ' ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { closureNote: expect.any(String) } },
    });
    expect(
      await s.call('incidents.close', { id: rec.id, closedOn: '2026-03-01', closureNote: 'Sorted' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { closedOn: expect.any(String) } },
    });
    expect(
      await s.call('incidents.close', { id: rec.id, closedOn: '2026-03-11', closureNote: 'Sorted' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { closedOn: expect.any(String) } },
    });
    const closed = await s.ok<Incident>('incidents.close', {
      id: rec.id,
      closedOn: '2026-03-09',
      closureNote: 'Talked it through at supervision.',
    });
    expect(closed).toMatchObject({
      closedOn: '2026-03-09',
      closureNote: 'Talked it through at supervision.',
    });
    expect((await s.ok<List>('incidents.list', { matchId: match.id })).total).toBe(0);
    expect((await s.ok<List>('incidents.list', { matchId: match.id, status: 'closed' })).total).toBe(1);
    expect((await s.ok<List>('incidents.list', { status: 'all' })).total).toBe(1);
    // Closed incidents stay as they were closed.
    expect(await s.call('incidents.update', { id: rec.id, ...incident })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(
      await s.call('incidents.close', { id: rec.id, closedOn: '2026-03-10', closureNote: 'Again' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('a high-severity incident raises one concern follow-up for the caseworker, due after the set days', async () => {
    const s = await setUp();
    const match = await addMatch(s);
    await s.ok('incidents.record', { matchId: match.id, ...incident });
    expect((await stagesOf(s, match)).followUps).toEqual([]);
    const high = await s.ok<Incident>('incidents.record', {
      matchId: match.id,
      ...incident,
      kind: 'health_and_safety',
      severity: 'high',
    });
    // Raised today (10 March) and due after the default three days.
    expect((await stagesOf(s, match)).followUps).toEqual(['incident 2026-03-13']);
    // Correcting it does not raise a second one; raising another incident to high does.
    await s.ok('incidents.update', {
      id: high.id,
      ...incident,
      severity: 'high',
      actions: 'First aid given.',
    });
    expect((await stagesOf(s, match)).followUps).toHaveLength(1);
    const low = await s.ok<Incident>('incidents.record', { matchId: match.id, ...incident, severity: 'low' });
    await s.ok('incidents.update', { id: low.id, ...incident, severity: 'high' });
    expect((await stagesOf(s, match)).followUps).toHaveLength(2);
  });

  it('counts boundary incidents by kind within a period (standard 14)', async () => {
    const s = await setUp();
    const match = await addMatch(s);
    for (const [kind, occurredOn] of [
      ['pushing_boundaries', '2026-01-05'],
      ['pushing_boundaries', '2026-03-01'],
      ['over_involvement', '2026-02-10'],
      ['under_influence', '2026-02-11'],
      ['over_involvement', '2025-12-31'],
    ] as const)
      await s.ok('incidents.record', { matchId: match.id, ...incident, kind, occurredOn });
    const count = await s.ok<BoundaryCount>('incidents.boundaryCount', {
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(count).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      total: 3,
      byKind: [
        { kind: 'pushing_boundaries', count: 2 },
        { kind: 'over_involvement', count: 1 },
      ],
    });
    await becomeNewAccount(s, 'rory.region', ['regional_manager']);
    expect(
      (await s.ok<BoundaryCount>('incidents.boundaryCount', { from: '2026-01-01', to: '2026-01-31' })).total,
    ).toBe(1);
    expect(await s.call('incidents.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a caseworker works on incidents in their own caseload only; mentor-only incidents are co-ordinators’', async () => {
    const s = await setUp();
    const casey = await addAccount(s, 'casey.case', ['caseworker'], 'Casey Caseworker');
    const mine = await addMatch(s, { caseworkerId: casey });
    const theirs = await addMatch(s);
    const theirIncident = await s.ok<Incident>('incidents.record', { matchId: theirs.id, ...incident });
    const aboutMentor = await s.ok<Incident>('incidents.recordForMentor', {
      mentorId: mine.mentorId,
      ...incident,
      kind: 'mentor_missing_supervision',
    });
    expect(aboutMentor).toMatchObject({ matchId: null, menteeId: null, mentorId: mine.mentorId });

    await firstSignIn(s, 'casey.case');
    const own = await s.ok<Incident>('incidents.record', { matchId: mine.id, ...incident });
    expect((await s.ok<List>('incidents.list', { status: 'all' })).items.map((i) => i.id)).toEqual([own.id]);
    await s.ok('incidents.close', { id: own.id, closedOn: '2026-03-10', closureNote: 'Resolved.' });
    for (const [channel, input] of [
      ['incidents.record', { matchId: theirs.id, ...incident }],
      ['incidents.get', { id: theirIncident.id }],
      ['incidents.update', { id: theirIncident.id, ...incident }],
      ['incidents.close', { id: theirIncident.id, closedOn: '2026-03-10', closureNote: 'x' }],
      ['incidents.get', { id: aboutMentor.id }],
      ['incidents.recordForMentor', { mentorId: mine.mentorId, ...incident }],
      ['incidents.boundaryCount', { from: '2026-01-01', to: '2026-03-31' }],
      ['incidents.list', { matchId: theirs.id }],
    ] as const)
      expect(await s.call(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });

    // A safeguarding lead reads everything but records nothing; a lead mentor sees no casework.
    await signInAs(s, ADMIN.username);
    await becomeNewAccount(s, 'sky.safe', ['safeguarding_lead']);
    expect((await s.ok<List>('incidents.list', { status: 'all' })).total).toBe(3);
    expect(await s.ok<Incident>('incidents.get', { id: aboutMentor.id })).toMatchObject({
      id: aboutMentor.id,
    });
    expect(await s.call('incidents.record', { matchId: mine.id, ...incident })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await signInAs(s, ADMIN.username);
    await becomeNewAccount(s, 'lee.lead', ['lead_mentor']);
    expect(await s.call('incidents.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await signInAs(s, 'casey.case');
    expect(await s.call('incidents.list', { mentorId: mine.mentorId, status: 'all' })).toMatchObject({
      ok: true,
      value: { total: 1 },
    });
  });

  it('refuses bad input with plain-English field messages, future dates and missing records', async () => {
    const s = await setUp();
    const match = await addMatch(s);
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'argument' }, 'kind'],
      [{ severity: 'extreme' }, 'severity'],
      [{ occurredOn: '02/03/2026' }, 'occurredOn'],
      [{ occurredOn: '2026-02-30' }, 'occurredOn'],
      [{ description: '  ' }, 'description'],
      [{ description: 'x'.repeat(2001) }, 'description'],
      [{ actions: 'a\u202Eb' }, 'actions'],
      [{ followUpDue: 'next week' }, 'followUpDue'],
      [{ matchId: 'nope' }, 'matchId'],
    ];
    for (const [bad, field] of cases)
      await expectFieldError(s, 'incidents.record', { matchId: match.id, ...incident, ...bad }, field);
    expect(
      await s.call('incidents.record', { matchId: match.id, ...incident, occurredOn: '2026-03-11' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { occurredOn: expect.any(String) } },
    });
    await becomeNewAccount(s, 'cora.coord', ['coordinator']);
    expect(await s.call('incidents.record', { matchId: randomUUID(), ...incident })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await s.call('incidents.recordForMentor', { mentorId: randomUUID(), ...incident })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await s.call('incidents.boundaryCount', { from: '2026-03-01', to: '2026-02-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { to: expect.any(String) } },
    });
  });
});
