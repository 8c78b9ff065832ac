import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { ActionPlanRow, ReviewDueRow, plansChannels } from '../../../shared/contract/plans';
import { GOAL_STATUSES, type GoalStatus } from '../../../shared/matching/relationship';
import { addDays } from '../../../shared/mentors/dates';
import { matchScope } from '../matches/match.scope';
import { MENTEE_NAME_SQL } from '../mentees/mentee.queries';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';
import type { ScopeSubject } from '../policy/scope';
import { PLANNING_STAGES } from './plan.match';

/**
 * The two lists under Individual needs: reviews due, and matches with a plan under way. Both filter
 * by the caller's scope in SQL (so totals are right) before the pipeline narrows each row.
 */
type DueInput = z.output<(typeof plansChannels)['reviewsDue']['input']>;
type ListInput = z.output<(typeof plansChannels)['list']['input']>;
interface Paged<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

/** A review counts as due this many days ahead of its date (and stays due until recorded). */
export const REVIEW_DUE_WITHIN_DAYS = 14;

const FROM = `FROM match x JOIN mentee m ON m.id = x.mentee_id JOIN mentor t ON t.id = x.mentor_id`;

function filters(subject: ScopeSubject, myCaseload: boolean) {
  const visible = matchScope.visibleSql!(subject, 'x');
  const where = [visible.sql];
  const params: unknown[] = [...visible.params];
  if (myCaseload) {
    where.push('m.caseworker_account_id = ?');
    params.push(subject.accountId);
  }
  return { where, params };
}

/**
 * Active matches whose next review is within two weeks or past, overdue first. The range on
 * (stage, next_review_due) is the `match_review_due` index, so this stays fast at 20,000 matches.
 */
export async function listReviewsDue(
  em: EntityManager,
  input: DueInput,
  subject: ScopeSubject,
  today: string,
): Promise<Paged<ReviewDueRow> & { withinDays: number }> {
  const { where, params } = filters(subject, input.myCaseload);
  where.unshift(`x.stage = 'active'`, 'x.next_review_due <= ?');
  params.unshift(addDays(today, REVIEW_DUE_WITHIN_DAYS));
  const clause = `WHERE ${where.join(' AND ')}`;
  const [{ total }] = (await em.query(`SELECT count(*) AS total ${FROM} ${clause}`, params)) as [
    { total: number },
  ];
  const rows = (await em.query(
    `SELECT x.id, x.reference, ${MENTEE_NAME_SQL('m')} AS menteeName, ${DISPLAY_NAME_SQL('t')} AS mentorName,
            x.next_review_due AS nextReviewDue,
            CAST(julianday(x.next_review_due) - julianday(?) AS INTEGER) AS daysUntil,
            (SELECT max(r.held_on) FROM match_review r WHERE r.match_id = x.id) AS lastReviewOn,
            m.caseworker_account_id IS ? AS mine
       ${FROM} ${clause}
      ORDER BY x.next_review_due, x.id LIMIT ? OFFSET ?`,
    [today, subject.accountId, ...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as (Omit<ReviewDueRow, 'mine'> & { mine: number })[];
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    withinDays: REVIEW_DUE_WITHIN_DAYS,
    items: rows.map((r) => ({ ...r, mine: !!r.mine })),
  };
}

const noCounts = (): Record<GoalStatus, number> =>
  Object.fromEntries(GOAL_STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>;

/** Matches with a plan under way, by the mentee's name, each with its goals counted by status. */
export async function listPlans(
  em: EntityManager,
  input: ListInput,
  subject: ScopeSubject,
): Promise<Paged<ActionPlanRow>> {
  const { where, params } = filters(subject, input.myCaseload);
  where.unshift('x.stage IN (SELECT value FROM json_each(?))');
  params.unshift(JSON.stringify(PLANNING_STAGES));
  if (input.search) {
    // Escape LIKE's own wildcards so a typed % or _ matches itself; the name key has no accents.
    const term = `%${input.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      "(m.name_key LIKE ? ESCAPE '\\' OR lower(m.preferred_name) LIKE ? ESCAPE '\\' OR lower(x.reference) LIKE ? ESCAPE '\\')",
    );
    params.push(term, term, term);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const [{ total }] = (await em.query(`SELECT count(*) AS total ${FROM} ${clause}`, params)) as [
    { total: number },
  ];
  const rows = (await em.query(
    `SELECT x.id, x.reference, ${MENTEE_NAME_SQL('m')} AS menteeName, ${DISPLAY_NAME_SQL('t')} AS mentorName,
            x.stage, x.active_on AS activeOn, x.next_review_due AS nextReviewDue,
            m.caseworker_account_id IS ? AS mine
       ${FROM} ${clause}
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, x.id LIMIT ? OFFSET ?`,
    [subject.accountId, ...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as (Omit<ActionPlanRow, 'mine' | 'goals' | 'byStatus'> & { mine: number })[];
  const counts = (await em.query(
    `SELECT match_id AS matchId, status, count(*) AS n FROM action_goal
      WHERE match_id IN (SELECT value FROM json_each(?)) GROUP BY match_id, status`,
    [JSON.stringify(rows.map((r) => r.id))],
  )) as { matchId: string; status: GoalStatus; n: number }[];
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => {
      const byStatus = noCounts();
      for (const c of counts) if (c.matchId === r.id) byStatus[c.status] = c.n;
      const goals = Object.values(byStatus).reduce((a, b) => a + b, 0);
      return { ...r, mine: !!r.mine, goals, byStatus };
    }),
  };
}
