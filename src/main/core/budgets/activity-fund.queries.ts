import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ActivityFund, ActivityFundRow } from '../../../shared/contract/budgets';
import { CoreError } from '../../../shared/errors';
import { fundRemaining } from '../../../shared/expenses/budget-rules';
import { MENTEE_NAME_SQL } from '../mentees/mentee.queries';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';

/**
 * Activity funds per match. Spent = activity lines naming the match on approved or paid claims
 * (submitted ones are not yet agreed; rejected ones never are), found through expense_line_match.
 */
const SPENT_SQL = (matchColumn: string) => `(
  SELECT coalesce(sum(l.amount_pence), 0) FROM expense_line l JOIN expense_claim c ON c.id = l.claim_id
   WHERE l.match_id = ${matchColumn} AND l.kind = 'activity' AND c.status IN ('approved', 'paid'))`;

export async function getFund(em: EntityManager, matchId: string): Promise<ActivityFund> {
  const match = (await em.query('SELECT 1 FROM match WHERE id = ?', [matchId])) as unknown[];
  if (!match.length) throw new CoreError('NOT_FOUND', 'That match no longer exists.');
  const [row] = (await em.query(
    `SELECT f.amount_pence AS allowance, f.note, ${SPENT_SQL('?')} AS spent
       FROM (SELECT 1) LEFT JOIN activity_fund f ON f.match_id = ?`,
    [matchId, matchId],
  )) as [{ allowance: number | null; note: string | null; spent: number }];
  return {
    matchId,
    allowancePence: row.allowance,
    spentPence: row.spent,
    remainingPence: row.allowance === null ? null : fundRemaining(row.allowance, row.spent),
    note: row.note ?? '',
  };
}

export async function setFund(
  em: EntityManager,
  input: { matchId: string; amountPence: number; note: string },
  accountId: string,
  now: Date,
): Promise<ActivityFund> {
  const match = (await em.query('SELECT stage FROM match WHERE id = ?', [input.matchId])) as unknown[];
  if (!match.length) throw new CoreError('NOT_FOUND', 'That match no longer exists.');
  await em.query(
    `INSERT INTO activity_fund (id, match_id, amount_pence, note, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (match_id) DO UPDATE
       SET amount_pence = excluded.amount_pence, note = excluded.note, set_by = excluded.set_by, set_at = excluded.set_at`,
    [randomUUID(), input.matchId, input.amountPence, input.note, accountId, now.toISOString()],
  );
  return getFund(em, input.matchId);
}

export async function listFunds(
  em: EntityManager,
  input: { page: number; pageSize: number },
): Promise<{ total: number; page: number; pageSize: number; items: ActivityFundRow[] }> {
  const [{ total }] = (await em.query('SELECT count(*) AS total FROM activity_fund')) as [{ total: number }];
  const rows = (await em.query(
    `SELECT x.id AS matchId, x.reference, ${DISPLAY_NAME_SQL('t')} AS mentorName, ${MENTEE_NAME_SQL('m')} AS menteeName,
            x.stage, f.amount_pence AS allowancePence, f.note, ${SPENT_SQL('x.id')} AS spentPence
       FROM activity_fund f JOIN match x ON x.id = f.match_id
       JOIN mentor t ON t.id = x.mentor_id JOIN mentee m ON m.id = x.mentee_id
      ORDER BY x.reference LIMIT ? OFFSET ?`,
    [input.pageSize, (input.page - 1) * input.pageSize],
  )) as Omit<ActivityFundRow, 'remainingPence'>[];
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => ({ ...r, remainingPence: fundRemaining(r.allowancePence, r.spentPence) })),
  };
}
