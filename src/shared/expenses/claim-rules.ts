import { daysBetween } from '../mentors/readiness';
import {
  claimDueBy,
  claimIsLate,
  mileagePence,
  mileageRateOn,
  type ClaimStatus,
  type ExpenseLineKind,
  type MileageRate,
} from './expenses';

/**
 * The rules of a mentor's expense claim as pure functions: pricing a line, what may still be
 * changed, when a claim is on the work queue and whether it was paid in time (standard 20). The
 * core and the claim form use the same functions, so the form's live total is the core's total.
 */

export interface LineToPrice {
  kind: ExpenseLineKind;
  spentOn: string;
  miles: number | null;
  amountPence: number | null;
}

/** A mileage line at the rate on the journey's day; any other line at the amount typed. */
export function priceLine(
  line: LineToPrice,
  rates: readonly MileageRate[],
): { pencePerMile: number | null; amountPence: number } {
  if (line.kind !== 'mileage') return { pencePerMile: null, amountPence: line.amountPence ?? 0 };
  const rate = mileageRateOn(rates, line.spentOn);
  return { pencePerMile: rate, amountPence: mileagePence(line.miles ?? 0, rate) };
}

export const claimTotal = (lines: readonly LineToPrice[], rates: readonly MileageRate[]): number =>
  lines.reduce((sum, l) => sum + priceLine(l, rates).amountPence, 0);

/** Lines, declaration and receipts change only before a claim is approved (or after a rejection). */
export const claimIsEditable = (status: ClaimStatus): boolean =>
  status === 'submitted' || status === 'rejected';

/** A receipt may be removed until the claim is paid (afterwards it is the accounting record). */
export const receiptIsRemovable = (status: ClaimStatus): boolean => status !== 'paid';

/** Standard 20's numerator: paid no more than `days` days after it was received. */
export const paidOnTime = (receivedOn: string, paidOn: string, days: number): boolean =>
  daysBetween(receivedOn, paidOn) <= days;

export type ClaimWorkKind = 'claim_awaiting_approval' | 'claim_awaiting_payment';

/**
 * What a claim puts on the co-ordinators' work queue: waiting for approval or for payment, due on
 * its last on-time day, urgent once late. Rejected and paid claims wait for nobody.
 */
export function claimWork(
  claim: { status: ClaimStatus; receivedOn: string },
  today: string,
  days: number,
): { kind: ClaimWorkKind; due: string; urgent: boolean } | null {
  if (claim.status !== 'submitted' && claim.status !== 'approved') return null;
  return {
    kind: claim.status === 'submitted' ? 'claim_awaiting_approval' : 'claim_awaiting_payment',
    due: claimDueBy(claim.receivedOn, days),
    urgent: claimIsLate(claim.receivedOn, today, days),
  };
}

/**
 * How far an activity fund would be overspent if this claim's activity lines were agreed: 0 when
 * it stays within (or no fund is set: there is nothing to compare with). A warning, never a block.
 */
export function fundOverspend(
  allowancePence: number | null,
  spentPence: number,
  thisClaimPence: number,
): number {
  if (allowancePence === null) return 0;
  return Math.max(0, spentPence + thisClaimPence - allowancePence);
}
