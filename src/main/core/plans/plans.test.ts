import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADMIN } from '../../../../tests/support/core-fixture';
import {
  MATCH_STAFF_AND_SAFEGUARDING,
  cleanUpAfterEach,
  errorOf as error,
  setUpStaff,
} from '../../../../tests/support/match-fixture';
import type {
  ActionPlan,
  ActionPlanRow,
  Goal,
  MatchReviews,
  Review,
  ReviewDueRow,
} from '../../../shared/contract/plans';
import { insertMatchRaw, type MatchRowFields } from './plans.test-support';

const keep = cleanUpAfterEach();
// 2 December 2026: a review held on 30 November is in the past, and its default next date is
// 30 November + 3 months, which does not exist, so the last day of February.
const clock = new Date('2026-12-02T10:00:00Z');

async function setUp() {
  const s = keep(await setUpStaff({ now: clock, staff: MATCH_STAFF_AND_SAFEGUARDING }));
  const match = (fields: MatchRowFields = {}) =>
    insertMatchRaw({ dir: s.dir, username: ADMIN.username, passphrase: ADMIN.passphrase }, fields);
  return Object.assign(s, { match });
}
const goal = {
  pathway: 'ete',
  specific: 'Apply for the bricklaying course at the college',
  measure: 'An interview date from the college',
  achievable: 'The course starts after release; he has done labouring before.',
  targetDate: '2027-01-31',
  outcomeType: 'hard',
} as const;
const flat = (plan: ActionPlan) => plan.phases.flatMap((p) => p.pathways.flatMap((w) => w.goals));

describe('action plans', () => {
  it('adds goals by phase and pathway, records progress (which sets the status) and reorders them', async () => {
    const s = await setUp();
    const matchId = await s.match({ expectedRelease: '2027-03-01' });

    // No phase given: before release, as the mentee is still in custody today.
    const first = await s.ok<{ goal: Goal; warnings: string[] }>('plans.saveGoal', { matchId, ...goal });
    expect(first.goal).toMatchObject({
      ...goal,
      phase: 'pre_release',
      status: 'not_started',
      pastTarget: false,
    });
    expect(first.warnings).toEqual([]);
    const second = await s.ok<{ goal: Goal }>('plans.saveGoal', {
      matchId,
      ...goal,
      specific: 'Open a bank account',
      measure: 'A bank card in his name',
      pathway: 'finance',
      phase: 'post_release',
      targetDate: '2027-04-30',
    });
    const third = await s.ok<{ goal: Goal }>('plans.saveGoal', {
      matchId,
      ...goal,
      specific: 'Get a CSCS card',
      measure: 'The card',
      outcomeType: 'hard',
    });

    // A target date already gone by is saved with a warning.
    const late = await s.ok<{ goal: Goal; warnings: string[] }>('plans.saveGoal', {
      matchId,
      ...goal,
      pathway: 'health',
      specific: 'Register with a GP',
      measure: 'A GP appointment',
      targetDate: '2026-11-01',
      outcomeType: 'soft',
    });
    expect(late.goal.pastTarget).toBe(true);
    expect(late.warnings[0]).toMatch(/already gone by/);

    let plan = await s.ok<ActionPlan>('plans.goals', { matchId });
    expect(plan).toMatchObject({ matchId, stage: 'active', mayPlan: true, defaultPhase: 'pre_release' });
    expect(plan.phases.map((p) => [p.phase, p.pathways.map((w) => w.pathway)])).toEqual([
      ['pre_release', ['ete', 'health']],
      ['post_release', ['finance']],
    ]);
    expect(plan.phases[0]!.pathways[0]!.goals.map((g) => g.id)).toEqual([first.goal.id, third.goal.id]);

    // Progress: the goal takes the update's status; updates newest first.
    await s.ok('plans.updateGoal', {
      matchId,
      goalId: first.goal.id,
      onDate: '2026-11-20',
      status: 'in_progress',
      note: 'Application form collected.',
    });
    const updated = await s.ok<Goal>('plans.updateGoal', {
      matchId,
      goalId: first.goal.id,
      onDate: '2026-12-01',
      status: 'achieved',
      note: 'Interview on 10 January.',
    });
    expect(updated.status).toBe('achieved');
    expect(updated.updates.map((u) => [u.onDate, u.status])).toEqual([
      ['2026-12-01', 'achieved'],
      ['2026-11-20', 'in_progress'],
    ]);
    expect(updated.updates[0]!.recordedByName).toBe('cora.c');
    const future = await error(s, 'plans.updateGoal', {
      matchId,
      goalId: first.goal.id,
      onDate: '2026-12-03',
      status: 'achieved',
      note: 'x',
    });
    expect(future).toMatchObject({ code: 'VALIDATION', fieldErrors: { onDate: expect.any(String) } });

    // Changing a goal keeps its phase unless one is given.
    const changed = await s.ok<{ goal: Goal }>('plans.saveGoal', {
      matchId,
      ...goal,
      id: second.goal.id,
      pathway: 'finance',
      specific: 'Open a basic bank account',
      measure: 'A bank card',
      status: 'in_progress',
    });
    expect(changed.goal).toMatchObject({ phase: 'post_release', specific: 'Open a basic bank account' });

    // Reordering moves among goals of the same phase and pathway only.
    await s.ok('plans.moveGoal', { matchId, goalId: third.goal.id, direction: 'up' });
    plan = await s.ok<ActionPlan>('plans.goals', { matchId });
    expect(plan.phases[0]!.pathways[0]!.goals.map((g) => g.id)).toEqual([third.goal.id, first.goal.id]);
    const top = await s.ok<{ sortOrder: number }>('plans.moveGoal', {
      matchId,
      goalId: third.goal.id,
      direction: 'up',
    });
    expect(top.sortOrder).toBe(plan.phases[0]!.pathways[0]!.goals[0]!.sortOrder);

    // A goal of another match is not there, whichever way it is named.
    const other = await s.match({ menteeFirstName: 'Alex' });
    for (const [channel, input] of [
      [
        'plans.updateGoal',
        { matchId: other, goalId: first.goal.id, onDate: '2026-12-01', status: 'dropped', note: 'x' },
      ],
      ['plans.saveGoal', { matchId: other, id: first.goal.id, ...goal }],
      ['plans.moveGoal', { matchId: other, goalId: first.goal.id, direction: 'down' }],
    ] as const)
      expect((await error(s, channel, input)).code).toBe('NOT_FOUND');
    expect(flat(await s.ok<ActionPlan>('plans.goals', { matchId: other }))).toEqual([]);
  });

  it('defaults the phase from the release date, or the custody status when there is none', async () => {
    const s = await setUp();
    const released = await s.match({ expectedRelease: '2026-11-25' });
    const onLicence = await s.match({ expectedRelease: null, custodyStatus: 'released' });
    const inside = await s.match({ expectedRelease: null, custodyStatus: 'sentenced' });
    for (const [matchId, phase] of [
      [released, 'post_release'],
      [onLicence, 'post_release'],
      [inside, 'pre_release'],
    ] as const) {
      expect((await s.ok<ActionPlan>('plans.goals', { matchId })).defaultPhase).toBe(phase);
      expect((await s.ok<{ goal: Goal }>('plans.saveGoal', { matchId, ...goal })).goal.phase).toBe(phase);
    }
  });

  it('starts plans at the three-way meeting: not while only proposed, nor once ended; reviews only when active', async () => {
    const s = await setUp();
    const proposed = await s.match({ stage: 'proposed' });
    const agreed = await s.match({ stage: 'mentee_agreed' });
    const ended = await s.match({ stage: 'ended' });
    for (const matchId of [proposed, ended]) {
      expect((await error(s, 'plans.saveGoal', { matchId, ...goal })).code).toBe('CONFLICT');
      expect((await s.ok<ActionPlan>('plans.goals', { matchId })).mayPlan).toBe(false);
    }
    await s.ok('plans.saveGoal', { matchId: agreed, ...goal });
    expect((await error(s, 'plans.recordReview', { matchId: agreed, heldOn: '2026-11-30' })).code).toBe(
      'CONFLICT',
    );
    expect((await s.ok<MatchReviews>('plans.reviews', { matchId: agreed })).mayReview).toBe(false);
    expect((await error(s, 'plans.goals', { matchId: randomUUID() })).code).toBe('NOT_FOUND');
  });
});

describe('reviews', () => {
  it('records a review, moves the match’s next review date, and defaults it at the month’s end', async () => {
    const s = await setUp();
    const matchId = await s.match({ nextReviewDue: '2026-12-01', needs: ['accommodation'] });
    const { goal: ete } = await s.ok<{ goal: Goal }>('plans.saveGoal', { matchId, ...goal });
    const { goal: dropped } = await s.ok<{ goal: Goal }>('plans.saveGoal', {
      matchId,
      ...goal,
      pathway: 'health',
      status: 'dropped',
    });

    const before = await s.ok<MatchReviews>('plans.reviews', { matchId });
    expect(before).toMatchObject({
      mayReview: true,
      nextReviewDue: '2026-12-01',
      reviewMonths: 3,
      items: [],
    });
    // Pathways with goals or an assessed need; goals still in play.
    expect(before.pathwaysToRate).toEqual(['accommodation', 'ete', 'health']);
    expect(before.goalsToRate.map((g) => g.id)).toEqual([ete.id]);

    // 30 November + 3 months: there is no 30 February, so the last day of February.
    const review = await s.ok<Review>('plans.recordReview', {
      matchId,
      heldOn: '2026-11-30',
      pathwayRatings: { ete: 'good_progress', accommodation: 'no_change', health: '' },
      goalRatings: { [ete.id]: 'some_progress' },
      achievements: 'Course application in.',
      menteeGained: 'Someone to talk to before release.',
      mentorGained: 'Patience.',
      planChanges: 'Add a housing goal.',
      lengthChange: '',
    });
    expect(review).toMatchObject({
      heldOn: '2026-11-30',
      nextReviewDue: '2027-02-28',
      pathwayRatings: [
        { pathway: 'accommodation', rating: 'no_change' },
        { pathway: 'ete', rating: 'good_progress' },
      ],
      goalRatings: [{ goalId: ete.id, specific: goal.specific, rating: 'some_progress' }],
      recordedByName: 'cora.c',
    });
    const d = s.db;
    const row = () =>
      d.prepare('SELECT next_review_due AS due FROM match WHERE id = ?').get(matchId) as { due: string };
    expect(row().due).toBe('2027-02-28');

    // A date given is kept; an older review entered late does not pull the date back.
    await s.ok('plans.recordReview', { matchId, heldOn: '2026-12-02', nextReviewDue: '2027-01-15' });
    expect(row().due).toBe('2027-01-15');
    await s.ok('plans.recordReview', { matchId, heldOn: '2026-09-01' });
    expect(row().due).toBe('2027-01-15');
    const after = await s.ok<MatchReviews>('plans.reviews', { matchId });
    expect(after.items.map((r) => r.heldOn)).toEqual(['2026-12-02', '2026-11-30', '2026-09-01']);
    expect(after.nextReviewDue).toBe('2027-01-15');

    // Ratings only for this match's own goals (the dropped one is still its own).
    await s.ok('plans.recordReview', {
      matchId,
      heldOn: '2026-12-01',
      goalRatings: { [dropped.id]: 'worse' },
    });
    const other = await s.match({ menteeFirstName: 'Alex' });
    const { goal: foreign } = await s.ok<{ goal: Goal }>('plans.saveGoal', { matchId: other, ...goal });
    const refused = await error(s, 'plans.recordReview', {
      matchId,
      heldOn: '2026-12-01',
      goalRatings: { [foreign.id]: 'achieved' },
    });
    expect(refused).toMatchObject({ code: 'VALIDATION', fieldErrors: { goalRatings: expect.any(String) } });
    expect(refused.message).not.toContain(foreign.id);

    // Dates: not in the future; the next one after this one.
    expect(await error(s, 'plans.recordReview', { matchId, heldOn: '2026-12-03' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { heldOn: expect.any(String) },
    });
    expect(
      await error(s, 'plans.recordReview', { matchId, heldOn: '2026-11-30', nextReviewDue: '2026-11-30' }),
    ).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { nextReviewDue: 'The next review must be after this one.' },
    });
    expect((await s.ok<MatchReviews>('plans.reviews', { matchId })).items).toHaveLength(4);
  });

  it('lists reviews due within two weeks or overdue, overdue first, scoped to the caller', async () => {
    const s = await setUp();
    const cas = s.ids['cas.one']!;
    const overdue = await s.match({ nextReviewDue: '2026-11-01', caseworkerId: cas, menteeFirstName: 'Olu' });
    const soon = await s.match({ nextReviewDue: '2026-12-10', menteeFirstName: 'Sol' });
    const edge = await s.match({ nextReviewDue: '2026-12-16', caseworkerId: cas, menteeFirstName: 'Eddie' });
    await s.match({ nextReviewDue: '2026-12-17' });
    await s.match({ nextReviewDue: null });
    await s.match({ nextReviewDue: '2026-11-01', stage: 'ended' });

    const all = await s.ok<{ total: number; withinDays: number; items: ReviewDueRow[] }>(
      'plans.reviewsDue',
      {},
    );
    expect(all.total).toBe(3);
    expect(all.withinDays).toBe(14);
    expect(all.items.map((r) => [r.id, r.daysUntil])).toEqual([
      [overdue, -31],
      [soon, 8],
      [edge, 14],
    ]);
    expect(all.items[0]).toMatchObject({
      menteeName: 'Olu Example',
      mentorName: 'Robin Mentor',
      lastReviewOn: null,
    });

    // Recording the review takes it off the list.
    await s.ok('plans.recordReview', { matchId: soon, heldOn: '2026-12-02' });
    expect((await s.ok<{ total: number }>('plans.reviewsDue', {})).total).toBe(2);

    // A caseworker: their own caseload in full; with "my caseload", only theirs.
    await s.as('cas.two');
    const others = await s.ok<{ items: ReviewDueRow[] }>('plans.reviewsDue', {});
    expect(others.items.map((r) => [r.mine, r.lastReviewOn])).toEqual([
      [false, null],
      [false, null],
    ]);
    await s.as('cas.one');
    const mine = await s.ok<{ total: number; items: ReviewDueRow[] }>('plans.reviewsDue', {
      myCaseload: true,
    });
    expect(mine.items.map((r) => [r.id, r.mine])).toEqual([
      [overdue, true],
      [edge, true],
    ]);
    await s.as('lee.lead');
    expect((await error(s, 'plans.reviewsDue', {})).code).toBe('FORBIDDEN');
  });
});

describe('who may see and change plans', () => {
  it('caseworkers their own caseload only; safeguarding leads read; lead mentors never', async () => {
    const s = await setUp();
    const cas = s.ids['cas.one']!;
    const mine = await s.match({ caseworkerId: cas, menteeFirstName: 'Mo' });
    const theirs = await s.match({ caseworkerId: s.ids['cas.two']!, menteeFirstName: 'Tay' });
    const { goal: g } = await s.ok<{ goal: Goal }>('plans.saveGoal', { matchId: mine, ...goal });
    await s.ok('plans.saveGoal', { matchId: mine, ...goal, status: 'achieved' });

    await s.as('cas.one');
    await s.ok('plans.saveGoal', { matchId: mine, ...goal });
    await s.ok('plans.updateGoal', {
      matchId: mine,
      goalId: g.id,
      onDate: '2026-12-01',
      status: 'in_progress',
      note: 'ok',
    });
    await s.ok('plans.recordReview', { matchId: mine, heldOn: '2026-12-01' });
    for (const [channel, input] of [
      ['plans.goals', { matchId: theirs }],
      ['plans.reviews', { matchId: theirs }],
      ['plans.saveGoal', { matchId: theirs, ...goal }],
      ['plans.recordReview', { matchId: theirs, heldOn: '2026-12-01' }],
      ['plans.moveGoal', { matchId: theirs, goalId: g.id, direction: 'up' }],
    ] as const)
      expect((await error(s, channel, input)).code).toBe('FORBIDDEN');

    // The list: their own with counts; another's names only, counts withheld.
    const list = await s.ok<{ items: ActionPlanRow[] }>('plans.list', {});
    const own = list.items.find((r) => r.id === mine)!;
    expect(own).toMatchObject({ goals: 3, mine: true, menteeName: 'Mo Example' });
    expect(own.byStatus).toMatchObject({ in_progress: 1, achieved: 1, not_started: 1 });
    const other = list.items.find((r) => r.id === theirs)!;
    expect(other).toMatchObject({ mine: false, menteeName: 'Tay Example', goals: null });
    expect((await s.ok<{ total: number }>('plans.list', { myCaseload: true })).total).toBe(1);
    expect((await s.ok<{ total: number }>('plans.list', { search: 'tay' })).total).toBe(1);

    await s.as('saf.lead');
    expect(flat(await s.ok<ActionPlan>('plans.goals', { matchId: mine }))).toHaveLength(3);
    expect((await error(s, 'plans.saveGoal', { matchId: mine, ...goal })).code).toBe('FORBIDDEN');

    await s.as('lee.lead');
    for (const channel of ['plans.goals', 'plans.reviews', 'plans.list'])
      expect((await error(s, channel, { matchId: mine })).code).toMatch(/FORBIDDEN|VALIDATION/);
    expect((await error(s, 'plans.goals', { matchId: mine })).code).toBe('FORBIDDEN');

    // Reading a plan is audited (goal words are special-category), naming the match.
    const audited = s.db
      .prepare(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'plans.goals' AND outcome = 'ok' AND record_id = ?`,
      )
      .get(mine) as { n: number };
    expect(audited.n).toBeGreaterThan(0);
  });

  it('refuses bad input with plain-English field messages, changing nothing', async () => {
    const s = await setUp();
    const matchId = await s.match();
    const cases: [string, Record<string, unknown>, string][] = [
      ['plans.saveGoal', { ...goal, pathway: 'hobbies' }, 'pathway'],
      ['plans.saveGoal', { ...goal, specific: '  ' }, 'specific'],
      ['plans.saveGoal', { ...goal, measure: '' }, 'measure'],
      ['plans.saveGoal', { ...goal, targetDate: '2027-02-30' }, 'targetDate'],
      ['plans.saveGoal', { ...goal, outcomeType: 'medium' }, 'outcomeType'],
      ['plans.saveGoal', { ...goal, evidence: 'a\u202Eb' }, 'evidence'],
      [
        'plans.updateGoal',
        { goalId: randomUUID(), onDate: '2026-12-01', status: 'done', note: 'x' },
        'status',
      ],
      [
        'plans.updateGoal',
        { goalId: randomUUID(), onDate: '2026-12-01', status: 'achieved', note: '' },
        'note',
      ],
      ['plans.moveGoal', { goalId: randomUUID(), direction: 'left' }, 'direction'],
      ['plans.recordReview', { heldOn: '30/11/2026' }, 'heldOn'],
      [
        'plans.recordReview',
        { heldOn: '2026-11-30', pathwayRatings: { ete: 'brilliant' } },
        'pathwayRatings.ete',
      ],
      ['plans.recordReview', { heldOn: '2026-11-30', nextReviewDue: '2026-10-01' }, 'nextReviewDue'],
    ];
    for (const [channel, input, field] of cases) {
      const e = await error(s, channel, { matchId, ...input });
      expect(e.code, `${channel} ${field}`).toBe('VALIDATION');
      expect(Object.keys(e.fieldErrors ?? {}), `${channel} ${field}`).toContain(field);
      expect(Object.values(e.fieldErrors ?? {}).join(' '), `${channel} ${field}`).not.toMatch(
        /invalid|expected/i,
      );
    }
    const d = s.db;
    expect(d.prepare('SELECT count(*) AS n FROM action_goal').get()).toEqual({ n: 0 });
    expect(d.prepare('SELECT count(*) AS n FROM match_review').get()).toEqual({ n: 0 });
  });
});
