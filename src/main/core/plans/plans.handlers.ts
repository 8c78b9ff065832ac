import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import { addGoalUpdate, moveGoal, readPlan, saveGoal } from './plan.goals.queries';
import { listPlans, listReviewsDue } from './plan.lists.queries';
import { assertMayPlan, assertMayReview, assertNotFuture, loadMatch } from './plan.match';
import { insertReview, readReviews } from './plan.reviews.queries';

/**
 * Plans and reviews are casework on one match: every call names `matchId` and must see that match
 * in full (a caseworker's own caseload, a co-ordinator, a safeguarding lead); a caseworker is
 * refused another's match outright. A goal named in a call must belong to that match.
 */
const onMatch = {
  recordType: 'match',
  recordId: (i: { matchId: string }) => i.matchId,
  needsFullView: true,
};
// Signed-in channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
const subjectOf = (caller: Caller | null) => ({ accountId: who(caller).accountId, roles: who(caller).roles });
const target = (matchId: string, detail: string) => ({ recordType: 'match', recordId: matchId, detail });

export const plansHandlers = defineHandlers(contract.plans, {
  goals: {
    run: async ({ em, now }, input) => readPlan(em, await loadMatch(em, input.matchId), ukToday(now)),
    scope: onMatch,
    audit: (input) => target(input.matchId, 'action plan'),
  },
  saveGoal: {
    run: async ({ em, now, caller }, input) => {
      const match = await loadMatch(em, input.matchId);
      assertMayPlan(match);
      return saveGoal(em, match, input, who(caller).accountId, now, ukToday(now));
    },
    scope: onMatch,
    audit: (input) => target(input.matchId, input.id ? 'goal changed' : 'goal added'),
  },
  updateGoal: {
    run: async ({ em, now, caller }, input) => {
      assertMayPlan(await loadMatch(em, input.matchId));
      const today = ukToday(now);
      assertNotFuture('onDate', input.onDate, today, 'A progress update');
      return addGoalUpdate(em, input, who(caller).accountId, now, today);
    },
    scope: onMatch,
    audit: (input) => target(input.matchId, `goal progress: ${input.status}`),
  },
  moveGoal: {
    run: async ({ em, now }, input) => {
      assertMayPlan(await loadMatch(em, input.matchId));
      const { moved: _moved, ...out } = await moveGoal(
        em,
        input.matchId,
        input.goalId,
        input.direction,
        ukToday(now),
      );
      return out;
    },
    scope: onMatch,
    audit: (input) => target(input.matchId, `goal moved ${input.direction}`),
  },
  reviews: {
    run: async ({ em }, input) => {
      const match = await loadMatch(em, input.matchId);
      const { thresholds } = await readSettings(em);
      return readReviews(em, match, thresholds.reviewMonths);
    },
    scope: onMatch,
    audit: (input) => target(input.matchId, 'reviews'),
  },
  recordReview: {
    run: async ({ em, now, caller }, input) => {
      const match = await loadMatch(em, input.matchId);
      assertMayReview(match);
      assertNotFuture('heldOn', input.heldOn, ukToday(now), 'A review');
      const { thresholds } = await readSettings(em);
      return insertReview(em, match, input, thresholds.reviewMonths, who(caller).accountId, now);
    },
    scope: onMatch,
    audit: (input) => target(input.matchId, 'review recorded'),
  },
  reviewsDue: {
    run: ({ em, now, caller }, input) => listReviewsDue(em, input, subjectOf(caller), ukToday(now)),
    scope: { recordType: 'match', rows: 'items' },
  },
  list: {
    run: ({ em, caller }, input) => listPlans(em, input, subjectOf(caller)),
    scope: { recordType: 'match', rows: 'items' },
  },
});
