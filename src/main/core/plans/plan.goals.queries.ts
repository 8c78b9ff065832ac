import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  ActionPlan,
  Goal,
  GoalUpdate,
  goalFields,
  goalUpdateFields,
} from '../../../shared/contract/plans';
import { PATHWAYS } from '../../../shared/mentees/assessment';
import { PHASES, type GoalStatus } from '../../../shared/matching/relationship';
import { PLANNING_STAGES, phaseOn, type PlanMatch } from './plan.match';

/** All SQL for goals and their progress updates. Raw queries: a plan is read each time its tab opens. */
type GoalInput = z.output<typeof goalFields>;
type UpdateInput = z.output<typeof goalUpdateFields>;
type GoalRow = Omit<Goal, 'updates' | 'pastTarget'>;

const OPEN: readonly GoalStatus[] = ['not_started', 'in_progress'];

const GOAL_SQL = `
  SELECT id, match_id AS matchId, pathway, phase, specific, measure, achievable, target_date AS targetDate,
         status, outcome_type AS outcomeType, evidence, sort_order AS sortOrder, updated_at AS updatedAt
    FROM action_goal`;
const UPDATE_SQL = `
  SELECT u.id, u.goal_id AS goalId, u.on_date AS onDate, u.status, u.note,
         coalesce(a.display_name, 'A former member of staff') AS recordedByName, u.recorded_at AS recordedAt
    FROM goal_update u
    LEFT JOIN account a ON a.id = u.recorded_by`;

const withUpdates = (g: GoalRow, updates: (GoalUpdate & { goalId: string })[], today: string): Goal => ({
  ...g,
  pastTarget: g.targetDate < today && OPEN.includes(g.status),
  updates: updates.filter((u) => u.goalId === g.id).map(({ goalId: _goalId, ...u }) => u),
});

/** The match's goals in their stored order, with updates newest first. */
export async function listGoals(em: EntityManager, matchId: string, today: string): Promise<Goal[]> {
  const goals = (await em.query(`${GOAL_SQL} WHERE match_id = ? ORDER BY sort_order, id`, [
    matchId,
  ])) as GoalRow[];
  if (!goals.length) return [];
  const updates = (await em.query(
    `${UPDATE_SQL} WHERE u.goal_id IN (SELECT id FROM action_goal WHERE match_id = ?)
      ORDER BY u.on_date DESC, u.recorded_at DESC, u.id`,
    [matchId],
  )) as (GoalUpdate & { goalId: string })[];
  return goals.map((g) => withUpdates(g, updates, today));
}

/** Goals by phase (before release first), then pathway in the pathways' order; empty groups left out. */
export function groupGoals(goals: Goal[]): ActionPlan['phases'] {
  return PHASES.map((phase) => ({
    phase,
    pathways: PATHWAYS.map((p) => ({
      pathway: p.key,
      goals: goals.filter((g) => g.phase === phase && g.pathway === p.key),
    })).filter((p) => p.goals.length),
  })).filter((p) => p.pathways.length);
}

export async function readPlan(em: EntityManager, match: PlanMatch, today: string): Promise<ActionPlan> {
  return {
    matchId: match.id,
    stage: match.stage,
    mayPlan: PLANNING_STAGES.includes(match.stage),
    defaultPhase: phaseOn(match, today),
    phases: groupGoals(await listGoals(em, match.id, today)),
  };
}

/** One goal of this match, or NOT_FOUND (a goal of another match is treated as not there). */
export async function getGoal(
  em: EntityManager,
  matchId: string,
  goalId: string,
  today: string,
): Promise<Goal> {
  const rows = (await em.query(`${GOAL_SQL} WHERE id = ? AND match_id = ?`, [goalId, matchId])) as GoalRow[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That goal is not in this match’s action plan.');
  const updates = (await em.query(
    `${UPDATE_SQL} WHERE u.goal_id = ? ORDER BY u.on_date DESC, u.recorded_at DESC, u.id`,
    [goalId],
  )) as (GoalUpdate & { goalId: string })[];
  return withUpdates(rows[0], updates, today);
}

function warningsFor(goal: Goal): string[] {
  return goal.pastTarget
    ? ['The date to reach it by has already gone by. It is saved: change the date if it was a slip.']
    : [];
}

/** Add a goal at the end of the plan, or change one (`id`): the phase stays as it was unless given. */
export async function saveGoal(
  em: EntityManager,
  match: PlanMatch,
  input: GoalInput,
  actor: string,
  now: Date,
  today: string,
): Promise<{ goal: Goal; warnings: string[] }> {
  const at = now.toISOString();
  let goalId = input.id;
  if (goalId) {
    const current = await getGoal(em, match.id, goalId, today);
    await em.query(
      `UPDATE action_goal SET pathway = ?, phase = ?, specific = ?, measure = ?, achievable = ?, target_date = ?,
         status = ?, outcome_type = ?, evidence = ?, updated_at = ? WHERE id = ?`,
      [
        input.pathway,
        input.phase ?? current.phase,
        input.specific,
        input.measure,
        input.achievable,
        input.targetDate,
        input.status,
        input.outcomeType,
        input.evidence,
        at,
        goalId,
      ],
    );
  } else {
    goalId = randomUUID();
    const [{ next }] = (await em.query(
      'SELECT coalesce(max(sort_order), 0) + 1 AS next FROM action_goal WHERE match_id = ?',
      [match.id],
    )) as [{ next: number }];
    await em.query(
      `INSERT INTO action_goal (id, match_id, pathway, phase, specific, measure, achievable, target_date, status,
         outcome_type, evidence, sort_order, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        goalId,
        match.id,
        input.pathway,
        input.phase ?? phaseOn(match, today),
        input.specific,
        input.measure,
        input.achievable,
        input.targetDate,
        input.status,
        input.outcomeType,
        input.evidence,
        next,
        actor,
        at,
        at,
      ],
    );
  }
  const goal = await getGoal(em, match.id, goalId, today);
  return { goal, warnings: warningsFor(goal) };
}

/** A progress update; the goal takes the update's status in the same transaction. */
export async function addGoalUpdate(
  em: EntityManager,
  input: UpdateInput,
  actor: string,
  now: Date,
  today: string,
): Promise<Goal> {
  await getGoal(em, input.matchId, input.goalId, today);
  const at = now.toISOString();
  await em.query(
    `INSERT INTO goal_update (id, goal_id, on_date, status, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), input.goalId, input.onDate, input.status, input.note, actor, at],
  );
  await em.query('UPDATE action_goal SET status = ?, updated_at = ? WHERE id = ?', [
    input.status,
    at,
    input.goalId,
  ]);
  return getGoal(em, input.matchId, input.goalId, today);
}

/**
 * Swap a goal with its neighbour among the goals of the same phase and pathway (the order the tab
 * shows them in). At either end nothing moves.
 */
export async function moveGoal(
  em: EntityManager,
  matchId: string,
  goalId: string,
  direction: 'up' | 'down',
  today: string,
): Promise<{ goalId: string; sortOrder: number; moved: boolean }> {
  const goal = await getGoal(em, matchId, goalId, today);
  const up = direction === 'up';
  const [neighbour] = (await em.query(
    `SELECT id, sort_order AS sortOrder FROM action_goal
      WHERE match_id = ? AND phase = ? AND pathway = ? AND sort_order ${up ? '<' : '>'} ?
      ORDER BY sort_order ${up ? 'DESC' : 'ASC'} LIMIT 1`,
    [matchId, goal.phase, goal.pathway, goal.sortOrder],
  )) as { id: string; sortOrder: number }[];
  if (!neighbour) return { goalId, sortOrder: goal.sortOrder, moved: false };
  await em.query('UPDATE action_goal SET sort_order = ? WHERE id = ?', [neighbour.sortOrder, goalId]);
  await em.query('UPDATE action_goal SET sort_order = ? WHERE id = ?', [goal.sortOrder, neighbour.id]);
  return { goalId, sortOrder: neighbour.sortOrder, moved: true };
}
