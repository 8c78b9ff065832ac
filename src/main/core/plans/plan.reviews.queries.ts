import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type { MatchReviews, Review, reviewFields } from '../../../shared/contract/plans';
import { PATHWAYS, type PathwayKey } from '../../../shared/mentees/assessment';
import type { GoalStatus, ProgressRating } from '../../../shared/matching/relationship';
import { addMonths } from '../../../shared/mentors/dates';
import { REVIEW_STAGES, type PlanMatch } from './plan.match';

/** All SQL for reviews. The match row's `next_review_due` is written with each review, for the work queue. */
type ReviewInput = z.output<typeof reviewFields>;

interface ReviewRow {
  id: string;
  heldOn: string;
  pathwayRatings: string;
  goalRatings: string;
  achievements: string;
  menteeGained: string;
  mentorGained: string;
  planChanges: string;
  lengthChange: string;
  nextReviewDue: string;
  recordedByName: string;
  recordedAt: string;
}

const REVIEW_SQL = `
  SELECT r.id, r.held_on AS heldOn, r.pathway_ratings AS pathwayRatings, r.goal_ratings AS goalRatings,
         r.achievements, r.mentee_gained AS menteeGained, r.mentor_gained AS mentorGained,
         r.plan_changes AS planChanges, r.length_change AS lengthChange, r.next_review_due AS nextReviewDue,
         coalesce(a.display_name, 'A former member of staff') AS recordedByName, r.recorded_at AS recordedAt
    FROM match_review r
    LEFT JOIN account a ON a.id = r.recorded_by`;

/** Stored ratings as JSON objects; shown as lists in the pathways' (and the plan's) order. */
function toReview(r: ReviewRow, goalWords: ReadonlyMap<string, { specific: string; order: number }>): Review {
  const byPathway = JSON.parse(r.pathwayRatings) as Partial<Record<PathwayKey, ProgressRating>>;
  const byGoal = JSON.parse(r.goalRatings) as Record<string, ProgressRating>;
  return {
    ...r,
    pathwayRatings: PATHWAYS.filter((p) => byPathway[p.key]).map((p) => ({
      pathway: p.key,
      rating: byPathway[p.key]!,
    })),
    goalRatings: Object.entries(byGoal)
      .map(([goalId, rating]) => ({ goalId, rating, specific: goalWords.get(goalId)?.specific ?? '' }))
      .sort((a, b) => (goalWords.get(a.goalId)?.order ?? 0) - (goalWords.get(b.goalId)?.order ?? 0)),
  };
}

async function goalWordsOf(em: EntityManager, matchId: string) {
  const goals = (await em.query(
    `SELECT id, pathway, specific, status, sort_order AS sortOrder FROM action_goal WHERE match_id = ? ORDER BY sort_order, id`,
    [matchId],
  )) as { id: string; pathway: PathwayKey; specific: string; status: GoalStatus; sortOrder: number }[];
  return { goals, words: new Map(goals.map((g) => [g.id, { specific: g.specific, order: g.sortOrder }])) };
}

export async function readReviews(
  em: EntityManager,
  match: PlanMatch,
  reviewMonths: number,
): Promise<MatchReviews> {
  const { goals, words } = await goalWordsOf(em, match.id);
  const rows = (await em.query(
    `${REVIEW_SQL} WHERE r.match_id = ? ORDER BY r.held_on DESC, r.recorded_at DESC`,
    [match.id],
  )) as ReviewRow[];
  const needs = (await em.query(`SELECT pathway FROM mentee_need WHERE mentee_id = ? AND level <> 'none'`, [
    match.menteeId,
  ])) as { pathway: string }[];
  const worthRating = new Set<string>([...goals.map((g) => g.pathway), ...needs.map((n) => n.pathway)]);
  return {
    matchId: match.id,
    stage: match.stage,
    mayReview: REVIEW_STAGES.includes(match.stage),
    nextReviewDue: match.nextReviewDue,
    reviewMonths,
    pathwaysToRate: PATHWAYS.filter((p) => worthRating.has(p.key)).map((p) => p.key),
    goalsToRate: goals
      .filter((g) => g.status !== 'dropped')
      .map((g) => ({ id: g.id, pathway: g.pathway, specific: g.specific, status: g.status })),
    items: rows.map((r) => toReview(r, words)),
  };
}

/**
 * One transaction: the review, and the match's next review date (given, or the review date plus
 * the programme's months) taken from the latest review held. Goal ratings must be for this
 * match's own goals.
 */
export async function insertReview(
  em: EntityManager,
  match: PlanMatch,
  input: ReviewInput,
  reviewMonths: number,
  actor: string,
  now: Date,
): Promise<Review> {
  const { words } = await goalWordsOf(em, match.id);
  if (Object.keys(input.goalRatings).some((goalId) => !words.has(goalId)))
    throw new CoreError('VALIDATION', 'A rating is for a goal that is not in this match’s action plan.', {
      fieldErrors: { goalRatings: 'Rate only the goals in this match’s action plan.' },
    });
  const id = randomUUID();
  const at = now.toISOString();
  const nextReviewDue = input.nextReviewDue ?? addMonths(input.heldOn, reviewMonths);
  await em.query(
    `INSERT INTO match_review (id, match_id, held_on, pathway_ratings, goal_ratings, achievements, mentee_gained,
       mentor_gained, plan_changes, length_change, next_review_due, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      match.id,
      input.heldOn,
      JSON.stringify(input.pathwayRatings),
      JSON.stringify(input.goalRatings),
      input.achievements,
      input.menteeGained,
      input.mentorGained,
      input.planChanges,
      input.lengthChange,
      nextReviewDue,
      actor,
      at,
    ],
  );
  // The latest review sets the date: an older one entered late does not pull it back.
  await em.query(
    `UPDATE match SET updated_at = ?, next_review_due = (
       SELECT next_review_due FROM match_review WHERE match_id = ? ORDER BY held_on DESC, recorded_at DESC LIMIT 1)
     WHERE id = ?`,
    [at, match.id, match.id],
  );
  const [row] = (await em.query(`${REVIEW_SQL} WHERE r.id = ?`, [id])) as ReviewRow[];
  return toReview(row!, words);
}
