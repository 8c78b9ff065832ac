import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  MATCH_STAFF_AND_SAFEGUARDING,
  cleanUpAfterEach,
  setUpStaff,
} from '../../../../tests/support/match-fixture';
import type { WorkItem } from '../../../shared/contract/workqueue';
import { addDays } from '../../../shared/mentors/dates';
import { workQueueAnswer } from './workqueue.queries';

const keep = cleanUpAfterEach();
const clock = new Date('2026-11-23T10:00:00Z');
const TODAY = '2026-11-23';
const NOW = clock.toISOString();
const ago = (n: number) => addDays(TODAY, -n);

async function setUp() {
  const s = keep(await setUpStaff({ now: clock, staff: MATCH_STAFF_AND_SAFEGUARDING }));
  const { ids, db: d } = s;
  let n = 0;
  // Names far enough apart that the duplicate check never asks.
  const FIRST = ['Ash', 'Bryn', 'Cato', 'Dara', 'Ezra', 'Fenn', 'Gale', 'Hugo'];
  const LAST = ['Ashby', 'Brook', 'Carver', 'Dunlop', 'Eaves', 'Frost', 'Grove', 'Heath'];
  /** A mentee at the matched stage (on cas.one's caseload unless told), with a mentor and an active match. */
  async function match(
    m: {
      release?: string | null;
      last?: string | null;
      streak?: number;
      nextReview?: string | null;
      stage?: string;
      caseworker?: string;
    } = {},
  ) {
    n++;
    const mentee = await s.ok<{ id: string }>('mentees.create', {
      mentee: { firstName: FIRST[n]!, lastName: LAST[n]!, prisonNumber: `A${1000 + n}BC` },
      referral: { source: 'probation', referredOn: '2026-01-05', notALicenceCondition: true },
    });
    const mentor = await s.ok<{ id: string }>('mentors.create', {
      firstName: `${FIRST[n]}a`,
      lastName: `${LAST[n]}ton`,
      enquiryDate: '2026-01-05',
    });
    await s.ok('mentees.assignCaseworker', {
      id: mentee.id,
      caseworkerAccountId: m.caseworker ?? ids['cas.one'],
    });
    d.prepare(
      `UPDATE mentee SET stage = 'matched', confirmed_release = ?, expected_release = NULL WHERE id = ?`,
    ).run(m.release ?? null, mentee.id);
    d.prepare(`UPDATE mentee_referral SET acknowledged_on = '2026-01-06' WHERE mentee_id = ?`).run(mentee.id);
    const id = randomUUID();
    const stage = m.stage ?? 'active';
    d.prepare(
      `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
         explanation, override_reason, mentee_agreed_on, active_on, last_contact_on, no_show_streak,
         next_review_due, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, '2026-02-01', '2026-01-20', 'test', '{}', '', '2026-01-25', ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      `X-2026-${String(n).padStart(4, '0')}`,
      mentee.id,
      mentor.id,
      stage,
      stage === 'active' ? '2026-02-01' : null,
      m.last ?? null,
      m.streak ?? 0,
      m.nextReview ?? null,
      NOW,
      NOW,
    );
    if (stage === 'active') paperwork(id);
    return { id, menteeId: mentee.id, mentorId: mentor.id };
  }
  /** The signed agreement and signed-off risk assessment an active match has. */
  function paperwork(matchId: string, { risk = true, agreement = true } = {}) {
    if (risk)
      d.prepare(
        `INSERT INTO match_risk_assessment (id, match_id, version, hazards, overall_level, controls, assessor,
           assessed_on, review_due, signed_off_on, signed_off_by, created_at, updated_at)
         VALUES (?, ?, 1, '{}', 'low', '', 'Assessor', '2026-01-26', '2026-07-26', '2026-01-27', 'test', ?, ?)`,
      ).run(randomUUID(), matchId, NOW, NOW);
    if (agreement)
      d.prepare(
        `INSERT INTO match_agreement (match_id, ground_rules, aim, objectives, length_value, length_unit,
           meeting_min_minutes, meeting_max_minutes, contact_between_value, contact_between_unit, review_on,
           mentor_signed_on, mentee_signed_on, updated_by, created_at, updated_at)
         VALUES (?, '', '', '', 12, 'months', 60, 90, 1, 'weeks', '2026-05-01', '2026-01-30', '2026-01-30', 'test', ?, ?)`,
      ).run(matchId, NOW, NOW);
  }
  const items = async () => (await s.ok<{ items: WorkItem[] }>('workqueue.items')).items;
  /** The match items as `kind:matchId`, sorted. */
  const matchKeys = async () =>
    (await items())
      .filter((i) => i.link.area === 'match')
      .map((i) => `${i.kind}:${i.link.id}`)
      .sort();
  return Object.assign(s, { d, match, paperwork, items, matchKeys });
}

describe('workqueue.items', () => {
  it('flags no contact after release on day 8, not day 7, and only in weeks 1 to 12', async () => {
    const s = await setUp();
    const day7 = await s.match({ release: ago(30), last: ago(7) });
    const day8 = await s.match({ release: ago(30), last: ago(8) });
    const never = await s.match({ release: ago(8), last: ago(40) }); // contact before release does not count
    const week12 = await s.match({ release: ago(83), last: ago(20) });
    const week13 = await s.match({ release: ago(84), last: ago(20) });
    const notYet = await s.match({ release: addDays(TODAY, 10), last: ago(30) });
    expect(await s.matchKeys()).toEqual(
      [`no_contact:${day8.id}`, `no_contact:${never.id}`, `no_contact:${week12.id}`].sort(),
    );
    const item = (await s.items()).find((i) => i.link.id === day8.id)!;
    expect(item).toMatchObject({
      kind: 'no_contact',
      due: ago(1),
      urgent: true,
      title: `No contact for 8 days since ${'2026-11-15'.split('-').reverse().join('/')}`,
      subject: 'Cato Carver with Catoa Carverton',
      link: { area: 'match', id: day8.id, tab: 'contacts' },
    });
    expect((await s.items()).find((i) => i.link.id === never.id)?.title).toContain('since release');
    expect([day7, week13, notYet].length).toBe(3);

    // Done: a session recorded today (the core writes last_contact_on with it) clears the item.
    s.d.prepare(`UPDATE match SET last_contact_on = ? WHERE id = ?`).run(TODAY, day8.id);
    expect(await s.matchKeys()).not.toContain(`no_contact:${day8.id}`);
  });

  it('flags the third no-show in a row, not the second, until a meeting is kept', async () => {
    const s = await setUp();
    const two = await s.match({ release: addDays(TODAY, 60), streak: 2 });
    const three = await s.match({ release: addDays(TODAY, 60), streak: 3, last: ago(20) });
    expect(await s.matchKeys()).toEqual([`no_shows:${three.id}`]);
    expect((await s.items()).find((i) => i.link.id === three.id)?.title).toBe(
      'Missed the last 3 meetings in a row',
    );
    expect(two.id).toBeTruthy();
    s.d.prepare(`UPDATE match SET no_show_streak = 0, last_contact_on = ? WHERE id = ?`).run(TODAY, three.id);
    expect(await s.matchKeys()).toEqual([]);
  });

  it('lists reviews due within two weeks, overdue ones as urgent, and drops them once held', async () => {
    const s = await setUp();
    const today = await s.match({ release: addDays(TODAY, 60), nextReview: TODAY });
    const overdue = await s.match({ release: addDays(TODAY, 60), nextReview: ago(1) });
    const far = await s.match({ release: addDays(TODAY, 60), nextReview: addDays(TODAY, 15) });
    expect(await s.matchKeys()).toEqual([`review_due:${today.id}`, `review_overdue:${overdue.id}`].sort());
    const byId = new Map((await s.items()).map((i) => [i.link.id, i]));
    expect(byId.get(overdue.id)).toMatchObject({ urgent: true, link: { tab: 'reviews' } });
    expect(byId.get(today.id)?.urgent).toBe(false);
    expect(far.id).toBeTruthy();
    s.d.prepare(`UPDATE match SET next_review_due = ? WHERE id = ?`).run(addDays(TODAY, 91), overdue.id);
    expect(await s.matchKeys()).toEqual([`review_due:${today.id}`]);
  });

  it('lists open concern follow-ups (overdue ones urgent) until one is marked done', async () => {
    const s = await setUp();
    const m = await s.match({ release: addDays(TODAY, 60) });
    const followUp = (due: string, source = 'contact_record') => {
      const id = randomUUID();
      s.d
        .prepare(
          `INSERT INTO concern_follow_up (id, match_id, source, source_id, raised_on, due_on, note, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'Worried', ?)`,
        )
        .run(id, m.id, source, randomUUID(), addDays(due, -3), due, NOW);
      return id;
    };
    const late = followUp(ago(1));
    const soon = followUp(addDays(TODAY, 2), 'mentor_checkin');
    const items = (await s.items()).filter((i) => i.kind === 'concern_follow_up');
    expect(items.map((i) => [i.key, i.urgent, i.link.tab])).toEqual([
      [`concern_follow_up:${late}`, true, 'contacts'],
      [`concern_follow_up:${soon}`, false, 'check-ins'],
    ]);
    s.d.prepare(`UPDATE concern_follow_up SET done_on = ?, done_by = 'test' WHERE id = ?`).run(TODAY, late);
    expect((await s.items()).filter((i) => i.kind === 'concern_follow_up').map((i) => i.key)).toEqual([
      `concern_follow_up:${soon}`,
    ]);
  });

  it('lists matches past the mentee’s agreement without the signed agreement or risk sign-off', async () => {
    const s = await setUp();
    const pending = await s.match({ stage: 'mentee_agreed', release: addDays(TODAY, 200) });
    const proposed = await s.match({ stage: 'proposed', release: addDays(TODAY, 200) });
    const active = await s.match({ release: addDays(TODAY, 200) });
    s.d.prepare(`DELETE FROM match_agreement WHERE match_id = ?`).run(active.id);
    expect(await s.matchKeys()).toEqual(
      [
        `agreement_missing:${pending.id}`,
        `risk_assessment_missing:${pending.id}`,
        `agreement_missing:${active.id}`,
      ].sort(),
    );
    const byKey = new Map((await s.items()).map((i) => [i.key, i]));
    expect(byKey.get(`agreement_missing:${active.id}`)?.urgent).toBe(true);
    expect(byKey.get(`agreement_missing:${pending.id}`)?.urgent).toBe(false);
    expect(proposed.id).toBeTruthy();
    // An unsigned risk assessment does not count; signing it off does.
    s.d
      .prepare(
        `INSERT INTO match_risk_assessment (id, match_id, version, hazards, overall_level, controls, assessor,
         assessed_on, review_due, created_at, updated_at)
       VALUES (?, ?, 1, '{}', 'low', '', 'Assessor', '2026-11-20', '2027-05-20', ?, ?)`,
      )
      .run(randomUUID(), pending.id, NOW, NOW);
    expect(await s.matchKeys()).toContain(`risk_assessment_missing:${pending.id}`);
    s.d
      .prepare(`UPDATE match_risk_assessment SET signed_off_on = ?, signed_off_by = 'x' WHERE match_id = ?`)
      .run(TODAY, pending.id);
    s.paperwork(active.id, { risk: false });
    expect(await s.matchKeys()).toEqual([`agreement_missing:${pending.id}`]);
  });

  it('lists open incidents with a follow-up date, on the match or the mentor, until closed', async () => {
    const s = await setUp();
    const m = await s.match({ release: addDays(TODAY, 60) });
    const incident = (matchId: string | null, mentorId: string | null, due: string | null) => {
      const id = randomUUID();
      s.d
        .prepare(
          `INSERT INTO incident (id, match_id, mentor_id, mentee_id, kind, occurred_on, severity, description,
           actions, follow_up, follow_up_due, recorded_by, recorded_at, updated_at)
         VALUES (?, ?, ?, NULL, 'hard_to_contact', '2026-11-10', 'low', '', '', '', ?, 'test', ?, ?)`,
        )
        .run(id, matchId, mentorId, due, NOW, NOW);
      return id;
    };
    const onMatch = incident(m.id, null, ago(2));
    const onMentor = incident(null, m.mentorId, addDays(TODAY, 3));
    incident(m.id, null, null); // no follow-up date: nothing to chase
    const items = (await s.items()).filter((i) => i.kind === 'incident_follow_up');
    expect(items.map((i) => [i.key, i.urgent, i.link])).toEqual([
      [`incident_follow_up:${onMatch}`, true, { area: 'match', id: m.id, tab: 'incidents' }],
      [`incident_follow_up:${onMentor}`, false, { area: 'mentor', id: m.mentorId, tab: null }],
    ]);
    // A caseworker sees the one on their caseload's match, not the mentor's own.
    await s.as('cas.one');
    expect((await s.items()).filter((i) => i.kind === 'incident_follow_up').map((i) => i.key)).toEqual([
      `incident_follow_up:${onMatch}`,
    ]);
    s.d.prepare(`UPDATE incident SET closed_on = ? WHERE id = ?`).run(TODAY, onMatch);
    expect((await s.items()).filter((i) => i.kind === 'incident_follow_up')).toEqual([]);
  });

  it('gives each person their scope: co-ordinators and safeguarding leads all, a caseworker their caseload', async () => {
    const s = await setUp();
    const mine = await s.match({ release: ago(10), last: ago(9) });
    const theirs = await s.match({ release: ago(10), last: ago(9), caseworker: s.ids['cas.two'] });
    // A mentor item (on hold, follow-up due) is the co-ordinators' business.
    s.d
      .prepare(`UPDATE mentor SET stage = 'on_hold', follow_up_due = ? WHERE id = ?`)
      .run(ago(1), mine.mentorId);
    const all = [`no_contact:${mine.id}`, `no_contact:${theirs.id}`].sort();
    expect(await s.matchKeys()).toEqual(all);
    expect((await s.items()).some((i) => i.link.area === 'mentor' && i.kind === 'on_hold_follow_up')).toBe(
      true,
    );
    await s.as('saf.lead');
    expect(await s.matchKeys()).toEqual(all);
    await s.as('cas.one');
    const caseworker = await s.items();
    expect(caseworker.map((i) => `${i.kind}:${i.link.id}`)).toEqual([`no_contact:${mine.id}`]);
    await s.as('cas.two');
    expect(await s.matchKeys()).toEqual([`no_contact:${theirs.id}`]);
    await s.as('lee.lead');
    const refused = await s.call('workqueue.items', {});
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
  });

  it('carries the earliest items and counts everything by group', async () => {
    const s = await setUp();
    await s.match({ release: ago(20), last: ago(12) });
    await s.match({ release: addDays(TODAY, 60), nextReview: addDays(TODAY, 3) });
    const answer = await s.ok<{ items: WorkItem[]; total: number; counts: Record<string, number> }>(
      'workqueue.items',
    );
    expect(answer.total).toBe(answer.items.length);
    expect(answer.counts).toEqual({ overdue: 1, week: 1, later: 0 });
    const few = workQueueAnswer(answer.items, TODAY, 1);
    expect(few).toEqual({ items: answer.items.slice(0, 1), total: 2, counts: answer.counts });
  });

  it('sorts everything by due date across mentees and matches', async () => {
    const s = await setUp();
    await s.match({ release: addDays(TODAY, 60), nextReview: ago(3) });
    await s.match({ release: ago(20), last: ago(12) });
    const unmatched = await s.ok<{ id: string }>('mentees.create', {
      mentee: {
        firstName: 'Nerys',
        lastName: 'Quill',
        prisonNumber: 'Z9999ZZ',
        expectedRelease: '2027-01-10',
      },
      referral: { source: 'probation', referredOn: TODAY, notALicenceCondition: true },
    });
    const items = await s.items();
    expect(items.map((i) => i.due)).toEqual([...items.map((i) => i.due)].sort());
    // Near release, but a proposal is under way: the match's items say what is next, not this one.
    const pending = await s.match({ stage: 'proposed', release: addDays(TODAY, 30) });
    s.d
      .prepare(`UPDATE mentee SET stage = 'ready', expected_release = ? WHERE id = ?`)
      .run(addDays(TODAY, 30), pending.menteeId);
    expect((await s.items()).some((i) => i.link.id === pending.menteeId)).toBe(false);
    s.d.prepare(`UPDATE match SET stage = 'declined' WHERE id = ?`).run(pending.id);
    expect((await s.items()).find((i) => i.link.id === pending.menteeId)?.kind).toBe('release_unmatched');
    expect(items.find((i) => i.link.id === unmatched.id)).toMatchObject({
      kind: 'release_unmatched',
      link: { area: 'mentee', tab: null },
      urgent: false,
    });
  });
});
