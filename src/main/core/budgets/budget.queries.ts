import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { BudgetSpendRow, BudgetSummary } from '../../../shared/contract/budgets';
import { CoreError } from '../../../shared/errors';
import { spendTable, type HeadingTotals } from '../../../shared/expenses/budget-rules';
import {
  BUDGET_CATEGORIES,
  financialYearOf,
  financialYearRange,
  type BudgetCategory,
} from '../../../shared/expenses/expenses';

/**
 * Budgets and spending against them. The summary is four small grouped queries, each over an
 * index range: the year's budget rows, its other spending (budget_spend_year), and claim lines on
 * approved or paid claims found through expense_line_budget — one range per heading
 * (`budget_category IN (…) AND spent_on BETWEEN …`), never a scan with per-row date arithmetic.
 * Both that index and expense_claim_id_status cover what the sum reads (migration 020), so the
 * ~18,000 lines of a year at full size cost no row fetches.
 */
const HEADINGS_IN = BUDGET_CATEGORIES.map(() => '?').join(', ');

export async function budgetSummary(em: EntityManager, year: number): Promise<BudgetSummary> {
  const { from, to } = financialYearRange(year);
  const budgets = (await em.query(
    'SELECT category, amount_pence AS pence, note FROM budget WHERE financial_year = ?',
    [year],
  )) as { category: string; pence: number; note: string }[];
  const claims = (await em.query(
    `SELECT l.budget_category AS category,
            SUM(CASE WHEN c.status = 'approved' THEN l.amount_pence ELSE 0 END) AS committed,
            SUM(CASE WHEN c.status = 'paid' THEN l.amount_pence ELSE 0 END) AS paid
       FROM expense_line l INDEXED BY expense_line_budget
       JOIN expense_claim c INDEXED BY expense_claim_id_status ON c.id = l.claim_id
      WHERE l.budget_category IN (${HEADINGS_IN}) AND l.spent_on BETWEEN ? AND ?
        AND c.status IN ('approved', 'paid')
      GROUP BY l.budget_category`,
    [...BUDGET_CATEGORIES, from, to],
  )) as { category: string; committed: number; paid: number }[];
  const other = (await em.query(
    'SELECT category, SUM(amount_pence) AS pence FROM budget_spend WHERE financial_year = ? GROUP BY category',
    [year],
  )) as { category: string; pence: number }[];

  const byHeading = new Map<string, Partial<HeadingTotals>>();
  const put = (category: string, part: Partial<HeadingTotals>) =>
    byHeading.set(category, { ...byHeading.get(category), ...part });
  for (const b of budgets) put(b.category, { budgetPence: b.pence });
  for (const c of claims) put(c.category, { committedPence: c.committed, paidPence: c.paid });
  for (const o of other) put(o.category, { otherPence: o.pence });
  const notes = new Map(budgets.map((b) => [b.category, b.note]));
  const table = spendTable(byHeading);
  const years = (await em.query('SELECT DISTINCT financial_year AS y FROM budget ORDER BY y DESC')) as {
    y: number;
  }[];
  return {
    year,
    set: budgets.length > 0,
    headings: table.headings.map((h) => ({ ...h, note: notes.get(h.category) ?? '' })),
    totals: table.totals,
    years: years.map((r) => r.y),
  };
}

export async function saveBudgetYear(
  em: EntityManager,
  year: number,
  headings: { category: BudgetCategory; amountPence: number; note: string }[],
  accountId: string,
  now: Date,
): Promise<BudgetSummary> {
  for (const h of headings) {
    await em.query(
      `INSERT INTO budget (id, financial_year, category, amount_pence, note, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (financial_year, category) DO UPDATE
         SET amount_pence = excluded.amount_pence, note = excluded.note,
             updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [randomUUID(), year, h.category, h.amountPence, h.note, accountId, now.toISOString()],
    );
  }
  return budgetSummary(em, year);
}

const SPEND_COLUMNS = `id, financial_year AS financialYear, spent_on AS spentOn, category,
  amount_pence AS amountPence, description`;

export async function listSpending(em: EntityManager, year: number): Promise<BudgetSpendRow[]> {
  return (await em.query(
    `SELECT ${SPEND_COLUMNS} FROM budget_spend WHERE financial_year = ? ORDER BY spent_on DESC, recorded_at DESC`,
    [year],
  )) as BudgetSpendRow[];
}

async function getSpend(em: EntityManager, id: string): Promise<BudgetSpendRow> {
  const rows = (await em.query(`SELECT ${SPEND_COLUMNS} FROM budget_spend WHERE id = ?`, [
    id,
  ])) as BudgetSpendRow[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That spending is no longer recorded.');
  return rows[0];
}

interface SpendFields {
  spentOn: string;
  category: BudgetCategory;
  amountPence: number;
  description: string;
}

export async function recordSpend(
  em: EntityManager,
  f: SpendFields,
  accountId: string,
  now: Date,
): Promise<BudgetSpendRow> {
  const id = randomUUID();
  await em.query(
    `INSERT INTO budget_spend (id, financial_year, category, spent_on, amount_pence, description, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      financialYearOf(f.spentOn),
      f.category,
      f.spentOn,
      f.amountPence,
      f.description,
      accountId,
      now.toISOString(),
    ],
  );
  return getSpend(em, id);
}

export async function changeSpend(em: EntityManager, id: string, f: SpendFields): Promise<BudgetSpendRow> {
  // The financial year follows the date, so moving a payment across 1 April moves its year.
  const done = (await em.query(
    `UPDATE budget_spend SET financial_year = ?, category = ?, spent_on = ?, amount_pence = ?, description = ?
      WHERE id = ? RETURNING id`,
    [financialYearOf(f.spentOn), f.category, f.spentOn, f.amountPence, f.description, id],
  )) as unknown[];
  if (!done.length) throw new CoreError('NOT_FOUND', 'That spending is no longer recorded.');
  return getSpend(em, id);
}

export async function deleteSpend(em: EntityManager, id: string): Promise<{ id: string }> {
  const done = (await em.query('DELETE FROM budget_spend WHERE id = ? RETURNING id', [id])) as unknown[];
  if (!done.length) throw new CoreError('NOT_FOUND', 'That spending is no longer recorded.');
  return { id };
}
