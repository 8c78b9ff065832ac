import type { EntityManager } from 'typeorm';
import type {
  Claim,
  ClaimHistoryEvent,
  ClaimLine,
  ClaimReceipt,
  ClaimRow,
  MatchFund,
} from '../../../shared/contract/expenses';
import { CoreError } from '../../../shared/errors';
import {
  claimDueBy,
  claimIsLate,
  type ClaimStatus,
  type MileageRate,
} from '../../../shared/expenses/expenses';
import { addDays } from '../../../shared/mentors/dates';
import { MENTEE_NAME_SQL } from '../mentees/mentee.queries';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';

/** Reading claims: the list (one index range per status or mentor), one claim in full, funds. */

const FORMER_STAFF = `'A former member of staff'`;

const ROW_COLUMNS = `c.id, c.reference, c.mentor_id AS mentorId, ${DISPLAY_NAME_SQL('t')} AS mentorName,
  c.received_on AS receivedOn, c.period_from AS periodFrom, c.period_to AS periodTo, c.status,
  c.total_pence AS totalPence, c.rejection_reason AS rejectionReason, c.paid_on AS paidOn,
  (SELECT count(*) FROM expense_line l WHERE l.claim_id = c.id) AS lineCount,
  (SELECT count(*) FROM expense_receipt r WHERE r.claim_id = c.id) AS receiptCount`;

type RawRow = Omit<ClaimRow, 'late' | 'dueBy'>;

const withTiming = <R extends RawRow>(
  r: R,
  today: string,
  days: number,
): R & Pick<ClaimRow, 'late' | 'dueBy'> => ({
  ...r,
  dueBy: claimDueBy(r.receivedOn, days),
  late: r.status !== 'paid' && r.status !== 'rejected' && claimIsLate(r.receivedOn, today, days),
});

export interface ListFilter {
  status?: ClaimStatus | undefined;
  mentorId?: string | undefined;
  from: string | null;
  to: string | null;
  lateOnly: boolean;
  sort: 'oldest' | 'newest';
  page: number;
  pageSize: number;
}

export async function listClaims(
  em: EntityManager,
  f: ListFilter,
  today: string,
  days: number,
): Promise<{ total: number; page: number; pageSize: number; items: ClaimRow[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (f.status) add('c.status = ?', f.status);
  if (f.mentorId) add('c.mentor_id = ?', f.mentorId);
  if (f.from) add('c.received_on >= ?', f.from);
  if (f.to) add('c.received_on <= ?', f.to);
  // Late = not settled and received more than `days` days ago: a range on received_on.
  if (f.lateOnly)
    add(`c.status IN ('submitted', 'approved') AND c.received_on <= ?`, addDays(today, -days - 1));
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ total }] = (await em.query(`SELECT count(*) AS total FROM expense_claim c ${clause}`, params)) as [
    { total: number },
  ];
  const dir = f.sort === 'oldest' ? 'ASC' : 'DESC';
  const rows = (await em.query(
    `SELECT ${ROW_COLUMNS} FROM expense_claim c JOIN mentor t ON t.id = c.mentor_id ${clause}
      ORDER BY c.received_on ${dir}, c.reference ${dir} LIMIT ? OFFSET ?`,
    [...params, f.pageSize, (f.page - 1) * f.pageSize],
  )) as RawRow[];
  return { total, page: f.page, pageSize: f.pageSize, items: rows.map((r) => withTiming(r, today, days)) };
}

export async function claimState(
  em: EntityManager,
  id: string,
): Promise<{ status: ClaimStatus; mentorId: string; receivedOn: string; reference: string }> {
  const [row] = (await em.query(
    'SELECT status, mentor_id AS mentorId, received_on AS receivedOn, reference FROM expense_claim WHERE id = ?',
    [id],
  )) as { status: ClaimStatus; mentorId: string; receivedOn: string; reference: string }[];
  if (!row) throw new CoreError('NOT_FOUND', 'That expense claim does not exist.');
  return row;
}

export async function getClaim(em: EntityManager, id: string, today: string, days: number): Promise<Claim> {
  const [row] = (await em.query(
    `SELECT ${ROW_COLUMNS}, c.declaration_accepted AS declarationAccepted, c.declaration_signed_on AS declarationSignedOn,
            c.notes, coalesce(e.display_name, ${FORMER_STAFF}) AS enteredByName, c.entered_at AS enteredAt,
            CASE WHEN c.decided_by IS NULL THEN NULL ELSE coalesce(d.display_name, ${FORMER_STAFF}) END AS decidedByName,
            c.decided_on AS decidedOn, c.payment_method AS paymentMethod, c.payment_reference AS paymentReference,
            CASE WHEN c.paid_by IS NULL THEN NULL ELSE coalesce(p.display_name, ${FORMER_STAFF}) END AS paidByName
       FROM expense_claim c JOIN mentor t ON t.id = c.mentor_id
       LEFT JOIN account e ON e.id = c.entered_by
       LEFT JOIN account d ON d.id = c.decided_by
       LEFT JOIN account p ON p.id = c.paid_by
      WHERE c.id = ?`,
    [id],
  )) as (RawRow & Omit<Claim, keyof ClaimRow | 'lines' | 'receipts' | 'history' | 'funds' | 'paymentDays'>)[];
  if (!row) throw new CoreError('NOT_FOUND', 'That expense claim does not exist.');
  const lines = (await em.query(
    `SELECT l.id, l.position, l.kind, l.spent_on AS spentOn, l.description, l.miles, l.pence_per_mile AS pencePerMile,
            l.amount_pence AS amountPence, l.match_id AS matchId, x.reference AS matchReference,
            l.budget_category AS budgetCategory
       FROM expense_line l LEFT JOIN match x ON x.id = l.match_id
      WHERE l.claim_id = ? ORDER BY l.position`,
    [id],
  )) as ClaimLine[];
  const receipts = (await em.query(
    `SELECT r.id, r.line_id AS lineId, r.file_name AS fileName, r.content_type AS contentType, r.size,
            coalesce(a.display_name, ${FORMER_STAFF}) AS addedByName, r.added_at AS addedAt
       FROM expense_receipt r LEFT JOIN account a ON a.id = r.added_by
      WHERE r.claim_id = ? ORDER BY r.added_at, r.file_name`,
    [id],
  )) as ClaimReceipt[];
  const history = (await em.query(
    `SELECT v.id, v.event, v.on_day AS "on", v.at, coalesce(a.display_name, ${FORMER_STAFF}) AS byName, v.note
       FROM expense_claim_event v LEFT JOIN account a ON a.id = v.by_account
      WHERE v.claim_id = ? ORDER BY v.at, v.rowid`,
    [id],
  )) as ClaimHistoryEvent[];
  const matchIds = [...new Set(lines.flatMap((l) => (l.matchId ? [l.matchId] : [])))];
  return {
    ...withTiming(row, today, days),
    declarationAccepted: Boolean(row.declarationAccepted),
    paymentDays: days,
    lines,
    receipts,
    history,
    funds: await fundsOf(em, { matchIds }),
  };
}

/**
 * Activity funds: the allowance less activity lines on approved or paid claims (as the budgets
 * area counts them), for a mentor's matches or for named matches.
 */
export async function fundsOf(
  em: EntityManager,
  by: { mentorId: string } | { matchIds: readonly string[] },
): Promise<MatchFund[]> {
  if ('matchIds' in by && !by.matchIds.length) return [];
  const [where, param] =
    'mentorId' in by
      ? [`x.mentor_id = ? AND x.stage <> 'proposed'`, by.mentorId]
      : ['x.id IN (SELECT value FROM json_each(?))', JSON.stringify(by.matchIds)];
  const rows = (await em.query(
    `SELECT x.id AS matchId, x.reference, ${MENTEE_NAME_SQL('m')} AS menteeName, x.stage,
            f.amount_pence AS allowancePence,
            (SELECT coalesce(sum(l.amount_pence), 0) FROM expense_line l JOIN expense_claim c ON c.id = l.claim_id
              WHERE l.match_id = x.id AND l.kind = 'activity' AND c.status IN ('approved', 'paid')) AS spentPence
       FROM match x JOIN mentee m ON m.id = x.mentee_id LEFT JOIN activity_fund f ON f.match_id = x.id
      WHERE ${where} ORDER BY x.reference`,
    [param],
  )) as Omit<MatchFund, 'remainingPence'>[];
  return rows.map((r) => ({
    ...r,
    remainingPence: r.allowancePence === null ? null : r.allowancePence - r.spentPence,
  }));
}

export async function mileageRates(em: EntityManager): Promise<MileageRate[]> {
  return (await em.query(
    'SELECT effective_from AS effectiveFrom, pence_per_mile AS pencePerMile FROM mileage_rate ORDER BY effective_from DESC',
  )) as MileageRate[];
}
