import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MileageRateRow } from '../../../shared/contract/budgets';
import { CoreError } from '../../../shared/errors';
import { newRateWindow } from '../../../shared/expenses/budget-rules';
import { LINE_BUDGET_CATEGORY } from '../../../shared/expenses/expenses';

/** Mileage rates: read by the claims area to price journeys, changed only forwards from here. */
export async function listMileageRates(em: EntityManager): Promise<MileageRateRow[]> {
  return (await em.query(
    `SELECT id, effective_from AS effectiveFrom, pence_per_mile AS pencePerMile, note
       FROM mileage_rate ORDER BY effective_from DESC`,
  )) as MileageRateRow[];
}

const ukDay = (iso: string) => iso.split('-').reverse().join('/');

export async function addMileageRate(
  em: EntityManager,
  input: { effectiveFrom: string; pencePerMile: number; note: string },
  accountId: string,
  now: Date,
): Promise<MileageRateRow> {
  const rates = await listMileageRates(em);
  const { until, sameDay } = newRateWindow(rates, input.effectiveFrom);
  if (sameDay) {
    const message = `A rate already takes effect on ${ukDay(input.effectiveFrom)}. Choose another day.`;
    throw new CoreError('CONFLICT', message, { fieldErrors: { effectiveFrom: message } });
  }
  // Journeys already claimed in the new rate's window at another rate would be repriced behind the
  // claim's back: refuse. Found through the travel heading's index range, not a scan of all lines.
  const [clash] = (await em.query(
    `SELECT count(*) AS n, min(spent_on) AS first FROM expense_line INDEXED BY expense_line_category
      WHERE budget_category = ? AND spent_on >= ? AND spent_on < ? AND kind = 'mileage' AND pence_per_mile <> ?`,
    [LINE_BUDGET_CATEGORY.mileage, input.effectiveFrom, until ?? '9999-12-31', input.pencePerMile],
  )) as [{ n: number; first: string | null }];
  if (clash.n > 0) {
    const message = `${clash.n === 1 ? 'A journey' : `${clash.n} journeys`} from ${ukDay(clash.first!)} ${
      clash.n === 1 ? 'is' : 'are'
    } already claimed at another rate. A new rate cannot be back-dated over them: choose a later day.`;
    throw new CoreError('CONFLICT', message, { fieldErrors: { effectiveFrom: message } });
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO mileage_rate (id, effective_from, pence_per_mile, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
    [id, input.effectiveFrom, input.pencePerMile, input.note, accountId, now.toISOString()],
  );
  return (await listMileageRates(em)).find((r) => r.id === id)!;
}
