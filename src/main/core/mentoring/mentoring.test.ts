import { describe, expect, it } from 'vitest';
import {
  ADMIN,
  CHOSEN_PASSPHRASE,
  becomeNewAccount,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import { cleanUpAfterEach, expectFieldError } from '../../../../tests/support/match-fixture';
import type {
  ActiveMatchRow,
  CheckIn,
  ContactDefaults,
  ContactRecord,
  ContactTotals,
  FollowUp,
  MeetingPlace,
} from '../../../shared/contract/mentoring';
import { activeMatchModule, makeSetUpCoreWith } from '../../../../tests/support/active-match-module';

/**
 * Records of contact, check-ins and follow-ups through the real pipeline. Matches are made active by
 * a test-only channel (tests/support/active-match-module.ts), so these tests do not depend on how
 * the matches area walks a match through its workflow.
 */
const keep = cleanUpAfterEach();

const NOW = new Date('2026-03-10T12:00:00Z');
const RELEASE = '2026-03-06';

interface World {
  s: TestCore;
  matchId: string;
  caseworkerId: string;
}

/** A co-ordinator (signed in at the end), a caseworker, and an active match on the caseworker's caseload. */
async function setUp(): Promise<World> {
  const s = keep(await makeSetUpCoreWith([activeMatchModule], NOW));
  const caseworkerId = await becomeNewAccount(s, 'cal.case', ['caseworker'], 'Cal Caseworker');
  await s.ok('vault.lock');
  await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  await becomeNewAccount(s, 'cora.coord', ['coordinator'], 'Cora Coordinator');
  const matchId = await newMatch(s, 'Jordan', caseworkerId);
  return { s, matchId, caseworkerId };
}

async function newMatch(s: TestCore, firstName: string, caseworkerId: string | null): Promise<string> {
  const mentor = await s.ok<{ id: string }>('mentors.create', {
    firstName: `${firstName}s-mentor`,
    lastName: 'Example',
    enquiryDate: '2025-09-01',
  });
  const mentee = await s.ok<{ id: string }>('mentees.create', {
    mentee: { firstName, lastName: 'Fictional' },
    referral: { source: 'probation', referredOn: '2025-12-01', notALicenceCondition: true },
  });
  const { id } = await s.ok<{ id: string }>('activeMatchTest.activeMatch', {
    menteeId: mentee.id,
    mentorId: mentor.id,
    proposedOn: '2026-01-05',
    activeOn: '2026-02-01',
    caseworkerId,
    release: RELEASE,
  });
  return id;
}

const session = (matchId: string, onDate: string, extra: Record<string, unknown> = {}) => ({
  matchId,
  onDate,
  minutes: 60,
  kind: 'prison_visit',
  place: 'Visits hall',
  notes: 'Talked about housing.',
  ...extra,
});
const derived = (s: TestCore, id: string) =>
  s.ok<{ lastContactOn: string | null; noShowStreak: number }>('activeMatchTest.match', { id });

describe('records of contact', () => {
  it('keeps last contact and the no-show streak right after each insert, correction and removal, whatever order the dates come in', async () => {
    const { s, matchId } = await setUp();
    expect(await derived(s, matchId)).toEqual({ lastContactOn: null, noShowStreak: 0 });

    const first = await s.ok<ContactRecord>('mentoring.recordContact', session(matchId, '2026-02-10'));
    expect(await derived(s, matchId)).toEqual({ lastContactOn: '2026-02-10', noShowStreak: 0 });
    await s.ok('mentoring.recordContact', session(matchId, '2026-02-17', { noShow: true, minutes: null }));
    await s.ok('mentoring.recordContact', session(matchId, '2026-02-24', { noShow: true, minutes: null }));
    expect(await derived(s, matchId)).toEqual({ lastContactOn: '2026-02-10', noShowStreak: 2 });
    // The third in a row.
    const third = await s.ok<ContactRecord>(
      'mentoring.recordContact',
      session(matchId, '2026-03-03', { noShow: true, minutes: null }),
    );
    expect(await derived(s, matchId)).toEqual({ lastContactOn: '2026-02-10', noShowStreak: 3 });

    // A kept meeting typed in late, dated between the no-shows: only the later no-shows count.
    const late = await s.ok<ContactRecord>('mentoring.recordContact', session(matchId, '2026-02-20'));
    expect(await derived(s, matchId)).toEqual({ lastContactOn: '2026-02-20', noShowStreak: 2 });
    // A kept meeting after them resets the streak.
    await s.ok('mentoring.recordContact', session(matchId, '2026-03-09', { kind: 'phone_call', place: '' }));
    expect(await derived(s, matchId)).toEqual({ lastContactOn: '2026-03-09', noShowStreak: 0 });

    // Correcting the late one into a no-show, then removing the newest: the streak comes back.
    await s.ok('mentoring.updateContact', {
      ...session(matchId, '2026-02-20', { noShow: true, minutes: null }),
      id: late.id,
    });
    const { items } = await s.ok<{ items: ContactRecord[] }>('mentoring.contacts', { matchId });
    const newest = items[0]!;
    expect(newest.onDate).toBe('2026-03-09');
    await s.ok('mentoring.deleteContact', { matchId, id: newest.id });
    expect(await derived(s, matchId)).toEqual({ lastContactOn: '2026-02-10', noShowStreak: 4 });
    // Moving the third no-show's date earlier than the first kept one changes the count too.
    await s.ok('mentoring.updateContact', {
      ...session(matchId, '2026-02-05', { noShow: true, minutes: null }),
      id: third.id,
    });
    expect(await derived(s, matchId)).toEqual({ lastContactOn: '2026-02-10', noShowStreak: 3 });
    await s.ok('mentoring.deleteContact', { matchId, id: first.id });
    expect(await derived(s, matchId)).toEqual({ lastContactOn: null, noShowStreak: 4 });
  });

  it('derives the phase from the release date: the day before is before release, the day itself after', async () => {
    const { s, matchId } = await setUp();
    const before = await s.ok<ContactRecord>('mentoring.recordContact', session(matchId, '2026-03-05'));
    const gate = await s.ok<ContactRecord>(
      'mentoring.recordContact',
      session(matchId, RELEASE, {
        kind: 'release_day_gate',
        place: 'The prison gate',
        leadMentorAttended: true,
      }),
    );
    expect(before.phase).toBe('pre_release');
    expect(gate).toMatchObject({ phase: 'post_release', leadMentorAttended: true });
    // The gate question is kept for the gate only.
    const call = await s.ok<ContactRecord>(
      'mentoring.recordContact',
      session(matchId, '2026-03-07', { kind: 'phone_call', place: '', leadMentorAttended: true }),
    );
    expect(call.leadMentorAttended).toBeNull();
    const { totals } = await s.ok<{ totals: ContactTotals }>('mentoring.contacts', { matchId });
    expect(totals).toMatchObject({ sessions: 3, minutes: 180, noShows: 0, preRelease: 1, postRelease: 2 });
  });

  it('a concern raises a follow-up due after the programme’s days; marking it done takes it off the list', async () => {
    const { s, matchId } = await setUp();
    const rec = await s.ok<ContactRecord>(
      'mentoring.recordContact',
      session(matchId, '2026-03-09', { concern: true, concernNote: 'Worried about where he will sleep.' }),
    );
    expect(rec.concern).toBe(true);
    let open = await s.ok<{ items: FollowUp[] }>('mentoring.followUps', { matchId });
    expect(open.items).toHaveLength(1);
    expect(open.items[0]).toMatchObject({
      source: 'contact_record',
      raisedOn: '2026-03-09',
      dueOn: '2026-03-12',
      overdue: false,
      menteeName: 'Jordan Fictional',
    });
    // Correcting the date moves the due date; clearing the flag removes the open follow-up.
    await s.ok('mentoring.updateContact', {
      ...session(matchId, '2026-03-02', { concern: true, concernNote: 'Still worried.' }),
      id: rec.id,
    });
    open = await s.ok('mentoring.followUps', { matchId });
    expect(open.items[0]).toMatchObject({ dueOn: '2026-03-05', overdue: true, note: 'Still worried.' });
    await s.ok('mentoring.updateContact', { ...session(matchId, '2026-03-02'), id: rec.id });
    expect((await s.ok<{ items: FollowUp[] }>('mentoring.followUps', { matchId })).items).toHaveLength(0);

    // A check-in's concern, done with an outcome.
    const c = await s.ok<CheckIn>('mentoring.checkIn', {
      matchId,
      onDate: '2026-03-09',
      method: 'phone',
      feeling: 'difficult',
      howItWent: 'The mentee was low.',
      concern: true,
      concernNote: 'Mentee talked about giving up.',
    });
    expect(c).toMatchObject({ concern: true, recordedByName: 'Cora Coordinator' });
    const [f] = (await s.ok<{ items: FollowUp[] }>('mentoring.followUps', {})).items;
    expect(f).toMatchObject({ source: 'checkin', dueOn: '2026-03-12' });
    const early = await s.call('mentoring.completeFollowUp', {
      id: f!.id,
      onDate: '2026-03-08',
      outcome: 'x',
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await s.ok('mentoring.completeFollowUp', { id: f!.id, onDate: '2026-03-10', outcome: 'Rang him; fine.' });
    expect((await s.ok<{ items: FollowUp[] }>('mentoring.followUps', {})).items).toHaveLength(0);
    const again = await s.call('mentoring.completeFollowUp', {
      id: f!.id,
      onDate: '2026-03-10',
      outcome: 'x',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const { items } = await s.ok<{ items: CheckIn[] }>('mentoring.checkIns', { matchId });
    expect(items).toHaveLength(1);
  });

  it('starts the next record from the last session, with this match’s places first', async () => {
    const { s, matchId } = await setUp();
    let d = await s.ok<ContactDefaults>('mentoring.contactDefaults', { matchId });
    expect(d).toMatchObject({ matchActive: true, kind: null, place: '', minutes: 60, recentPlaces: [] });
    expect(d.places).toContain('Library');
    await s.ok('mentoring.recordContact', session(matchId, '2026-03-07', { place: 'Library', minutes: 75 }));
    await s.ok(
      'mentoring.recordContact',
      session(matchId, '2026-03-08', { kind: 'community_meeting', place: 'Coffee shop', minutes: 45 }),
    );
    // A no-show is not what the next session starts from.
    await s.ok('mentoring.recordContact', session(matchId, '2026-03-09', { noShow: true, place: 'Park' }));
    d = await s.ok<ContactDefaults>('mentoring.contactDefaults', { matchId });
    expect(d).toMatchObject({ kind: 'community_meeting', place: 'Coffee shop', minutes: 45 });
    expect(d.recentPlaces).toEqual(['Park', 'Coffee shop', 'Library']);
    // After the gate meeting comes a meeting in the community, place still to choose.
    await s.ok(
      'mentoring.recordContact',
      session(matchId, '2026-03-10', { kind: 'release_day_gate', place: 'Gate', leadMentorAttended: false }),
    );
    d = await s.ok<ContactDefaults>('mentoring.contactDefaults', { matchId });
    expect(d).toMatchObject({ kind: 'community_meeting', place: '' });
  });

  it('refuses a session in the future, before the match was active, or on a match that does not exist', async () => {
    const { s, matchId } = await setUp();
    const future = await s.call('mentoring.recordContact', session(matchId, '2026-03-11'));
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { onDate: expect.any(String) } },
    });
    const early = await s.call('mentoring.recordContact', session(matchId, '2026-01-31'));
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await s.ok('mentoring.recordContact', session(matchId, '2026-03-10'));
    const missing = await s.call(
      'mentoring.recordContact',
      session('00000000-0000-4000-8000-000000000000', '2026-03-10'),
    );
    expect(missing).toMatchObject({ ok: false });
  });

  it('refuses bad input with plain-English field messages, changing nothing', async () => {
    const { s, matchId } = await setUp();
    const cases: [Record<string, unknown>, string][] = [
      [{ onDate: '10/03/2026' }, 'onDate'],
      [{ minutes: null }, 'minutes'],
      [{ minutes: '1.5' }, 'minutes'],
      [{ place: '' }, 'place'],
      [{ kind: 'pigeon' }, 'kind'],
      [{ concern: true }, 'concernNote'],
      [{ kind: 'release_day_gate' }, 'leadMentorAttended'],
      [{ notes: 'x'.repeat(1001) }, 'notes'],
    ];
    for (const [change, field] of cases)
      await expectFieldError(s, 'mentoring.recordContact', session(matchId, '2026-03-09', change), field);
    // A letter needs no minutes and no place; a no-show needs no minutes.
    await s.ok(
      'mentoring.recordContact',
      session(matchId, '2026-03-09', { kind: 'letter', minutes: null, place: '' }),
    );
    await s.ok('mentoring.recordContact', session(matchId, '2026-03-09', { noShow: true, minutes: '' }));
    const kept = await s.ok<ContactRecord>(
      'mentoring.recordContact',
      session(matchId, '2026-03-09', { noShow: true }),
    );
    expect(kept.minutes).toBeNull();
    const { items } = await s.ok<{ items: ContactRecord[] }>('mentoring.contacts', { matchId });
    expect(items).toHaveLength(3);
  });

  it('a caseworker records for their own caseload only; a safeguarding lead reads; a lead mentor sees nothing', async () => {
    const { s, matchId } = await setUp();
    const other = await newMatch(s, 'Casey', null);
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'cal.case', passphrase: CHOSEN_PASSPHRASE });
    await s.ok(
      'mentoring.recordContact',
      session(matchId, '2026-03-09', { concern: true, concernNote: 'Low.' }),
    );
    const refused = await s.call('mentoring.recordContact', session(other, '2026-03-09'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await s.call('mentoring.contacts', { matchId: other })).toMatchObject({ ok: false });
    const mine = await s.ok<{ items: ActiveMatchRow[] }>('mentoring.activeMatches', {});
    expect(mine.items.map((m) => m.id)).toEqual([matchId]);
    expect(mine.items[0]).toMatchObject({ lastContactOn: '2026-03-09', openFollowUps: 1 });
    expect((await s.ok<{ items: FollowUp[] }>('mentoring.followUps', {})).items).toHaveLength(1);

    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'cora.coord', passphrase: CHOSEN_PASSPHRASE });
    // The co-ordinator sees both, the one without contact first.
    const all = await s.ok<{ items: ActiveMatchRow[] }>('mentoring.activeMatches', {});
    expect(all.items.map((m) => m.id)).toEqual([other, matchId]);
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await becomeNewAccount(s, 'sam.safe', ['safeguarding_lead']);
    expect((await s.ok<{ items: ContactRecord[] }>('mentoring.contacts', { matchId })).items).toHaveLength(1);
    expect(await s.call('mentoring.recordContact', session(matchId, '2026-03-09'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await becomeNewAccount(s, 'lee.lead', ['lead_mentor']);
    expect(await s.call('mentoring.contacts', { matchId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await s.call('mentoring.followUps', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('co-ordinators keep the list of places to meet', async () => {
    const { s } = await setUp();
    const added = await s.ok<MeetingPlace>('mentoring.savePlace', { name: 'Riverside library' });
    expect((await s.ok<MeetingPlace[]>('mentoring.places', {})).map((p) => p.name)).toContain(
      'Riverside library',
    );
    expect(await s.call('mentoring.savePlace', { name: 'riverside LIBRARY' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await s.ok('mentoring.savePlace', { id: added.id, name: 'Riverside library', archived: true });
    expect((await s.ok<MeetingPlace[]>('mentoring.places', {})).map((p) => p.name)).not.toContain(
      'Riverside library',
    );
  });
});
