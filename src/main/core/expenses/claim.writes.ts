import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ClaimEvent } from '../../../shared/contract/expenses';
import { CoreError } from '../../../shared/errors';
import {
  claimIsEditable,
  paidOnTime,
  priceLine,
  receiptIsRemovable,
} from '../../../shared/expenses/claim-rules';
import {
  LINE_BUDGET_CATEGORY,
  type ClaimStatus,
  type ExpenseLineKind,
  type MileageRate,
  type PaymentMethod,
} from '../../../shared/expenses/expenses';
import { addDays } from '../../../shared/mentors/dates';
import type { AttachmentUpload } from '../../../shared/files/attachment';
import { fileContent, toFileColumns } from '../files/attachment.queries';
import { nextYearlyReference } from '../db/yearly-reference';
import { claimState } from './claim.queries';

/** Writing claims: lines priced in the core, the total in the same transaction, a history row each time. */

export interface LineFields {
  kind: ExpenseLineKind;
  spentOn: string;
  description: string;
  miles: number | null;
  amountPence: number | null;
  matchId: string | null;
}
export interface ClaimWrite {
  mentorId: string;
  receivedOn: string;
  periodFrom: string | null;
  periodTo: string | null;
  declarationSignedOn: string;
  notes: string;
  lines: LineFields[];
}

const ukDay = (iso: string) => iso.split('-').reverse().join('/');
const invalid = (fieldErrors: Record<string, string>): never => {
  throw new CoreError('VALIDATION', Object.values(fieldErrors)[0]!, { fieldErrors });
};

/**
 * What needs the database or today: the mentor exists, nothing is in the future, no expense is
 * after the claim was received, and an activity line names one of this mentor's matches.
 */
export async function checkClaim(em: EntityManager, c: ClaimWrite, today: string): Promise<void> {
  const [mentor] = (await em.query('SELECT 1 AS ok FROM mentor WHERE id = ?', [c.mentorId])) as unknown[];
  if (!mentor) throw new CoreError('NOT_FOUND', 'That mentor no longer exists.');
  const errors: Record<string, string> = {};
  if (c.receivedOn > today) errors.receivedOn = 'The date received cannot be in the future.';
  if (c.declarationSignedOn > today) errors.declarationSignedOn = 'The date signed cannot be in the future.';
  else if (c.declarationSignedOn > c.receivedOn)
    errors.declarationSignedOn =
      'The mentor signed the declaration before the claim was received: check the dates.';
  const matchIds = [
    ...new Set(c.lines.flatMap((l) => (l.matchId && l.kind === 'activity' ? [l.matchId] : []))),
  ];
  const theirs = new Set(
    matchIds.length
      ? (
          (await em.query(
            'SELECT id FROM match WHERE mentor_id = ? AND id IN (SELECT value FROM json_each(?))',
            [c.mentorId, JSON.stringify(matchIds)],
          )) as { id: string }[]
        ).map((r) => r.id)
      : [],
  );
  c.lines.forEach((l, i) => {
    if (l.spentOn > c.receivedOn)
      errors[`lines.${i}.spentOn`] =
        `This expense is dated after the claim was received (${ukDay(c.receivedOn)}).`;
    if (l.kind === 'activity' && l.matchId && !theirs.has(l.matchId))
      errors[`lines.${i}.matchId`] = 'Choose one of this mentor’s matches.';
  });
  if (Object.keys(errors).length) invalid(errors);
}

/** Replaces the claim's lines (priced at the rates on their days) and writes its total. */
async function writeLines(
  em: EntityManager,
  claimId: string,
  lines: readonly LineFields[],
  rates: readonly MileageRate[],
): Promise<void> {
  // Receipts stay with the claim when its lines are corrected (their line link is let go).
  await em.query('UPDATE expense_receipt SET line_id = NULL WHERE claim_id = ?', [claimId]);
  await em.query('DELETE FROM expense_line WHERE claim_id = ?', [claimId]);
  let total = 0;
  for (const [position, l] of lines.entries()) {
    const { pencePerMile, amountPence } = priceLine(l, rates);
    total += amountPence;
    await em.query(
      `INSERT INTO expense_line (id, claim_id, position, kind, spent_on, description, miles, pence_per_mile,
         amount_pence, match_id, budget_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        claimId,
        position,
        l.kind,
        l.spentOn,
        l.description,
        l.kind === 'mileage' ? l.miles : null,
        pencePerMile,
        amountPence,
        l.kind === 'activity' ? l.matchId : null,
        LINE_BUDGET_CATEGORY[l.kind],
      ],
    );
  }
  await em.query('UPDATE expense_claim SET total_pence = ? WHERE id = ?', [total, claimId]);
}

export async function addEvent(
  em: EntityManager,
  claimId: string,
  event: ClaimEvent,
  onDay: string,
  note: string,
  accountId: string,
  now: Date,
): Promise<void> {
  await em.query(
    `INSERT INTO expense_claim_event (id, claim_id, event, on_day, note, by_account, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), claimId, event, onDay, note, accountId, now.toISOString()],
  );
}

export async function insertClaim(
  em: EntityManager,
  c: ClaimWrite,
  rates: readonly MileageRate[],
  accountId: string,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  const at = now.toISOString();
  const reference = await nextYearlyReference(em, 'expense_claim', c.receivedOn.slice(0, 4));
  await em.query(
    `INSERT INTO expense_claim (id, reference, mentor_id, received_on, period_from, period_to, status, total_pence,
       declaration_accepted, declaration_signed_on, notes, entered_by, entered_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'submitted', 0, 1, ?, ?, ?, ?, ?)`,
    [
      id,
      reference,
      c.mentorId,
      c.receivedOn,
      c.periodFrom,
      c.periodTo,
      c.declarationSignedOn,
      c.notes,
      accountId,
      at,
      at,
    ],
  );
  await writeLines(em, id, c.lines, rates);
  // Dated the day it was received (the row's time says when it was typed in).
  await addEvent(em, id, 'entered', c.receivedOn, '', accountId, now);
  return id;
}

/**
 * Corrects a claim not yet decided, or a rejected one, which goes back to waiting for approval;
 * the rejection stays in the history (the reason on the claim is cleared once it is resubmitted).
 */
export async function correctClaim(
  em: EntityManager,
  id: string,
  c: ClaimWrite,
  rates: readonly MileageRate[],
  accountId: string,
  now: Date,
  today: string,
): Promise<'corrected' | 'resubmitted'> {
  const state = await claimState(em, id);
  if (!claimIsEditable(state.status))
    throw new CoreError('CONFLICT', 'This claim has been approved, so it can no longer be changed.');
  if (state.mentorId !== c.mentorId)
    invalid({ mentorId: 'A claim stays with the mentor it was entered for. Enter a new claim instead.' });
  const event = state.status === 'rejected' ? 'resubmitted' : 'corrected';
  await em.query(
    `UPDATE expense_claim SET received_on = ?, period_from = ?, period_to = ?, declaration_accepted = 1,
       declaration_signed_on = ?, notes = ?, status = 'submitted', rejection_reason = '',
       decided_by = NULL, decided_on = NULL, updated_at = ? WHERE id = ?`,
    [c.receivedOn, c.periodFrom, c.periodTo, c.declarationSignedOn, c.notes, now.toISOString(), id],
  );
  await writeLines(em, id, c.lines, rates);
  await addEvent(em, id, event, today, '', accountId, now);
  return event;
}

const needsStatus = async (em: EntityManager, id: string, wanted: ClaimStatus, message: string) => {
  const state = await claimState(em, id);
  if (state.status !== wanted) throw new CoreError('CONFLICT', message);
  return state;
};

/** A decision is dated on or after the claim was received and not in the future. */
function checkDay(field: string, day: string, receivedOn: string, today: string, what: string) {
  if (day > today) invalid({ [field]: `${what} cannot be in the future.` });
  if (day < receivedOn)
    invalid({ [field]: `${what} cannot be before the claim was received (${ukDay(receivedOn)}).` });
}

export async function decideClaim(
  em: EntityManager,
  id: string,
  decision: { decidedOn: string; reason: string | null },
  accountId: string,
  now: Date,
  today: string,
): Promise<void> {
  const state = await needsStatus(
    em,
    id,
    'submitted',
    'Only a claim waiting for approval can be approved or rejected.',
  );
  checkDay('decidedOn', decision.decidedOn, state.receivedOn, today, 'The date of the decision');
  const status = decision.reason === null ? 'approved' : 'rejected';
  await em.query(
    `UPDATE expense_claim SET status = ?, decided_by = ?, decided_on = ?, rejection_reason = ?, updated_at = ? WHERE id = ?`,
    [status, accountId, decision.decidedOn, decision.reason ?? '', now.toISOString(), id],
  );
  await addEvent(em, id, status, decision.decidedOn, decision.reason ?? '', accountId, now);
}

export async function payClaim(
  em: EntityManager,
  id: string,
  p: { paidOn: string; method: PaymentMethod; reference: string },
  accountId: string,
  now: Date,
  today: string,
): Promise<void> {
  const state = await needsStatus(em, id, 'approved', 'Only an approved claim can be recorded as paid.');
  checkDay('paidOn', p.paidOn, state.receivedOn, today, 'The date paid');
  await em.query(
    `UPDATE expense_claim SET status = 'paid', paid_on = ?, payment_method = ?, payment_reference = ?, paid_by = ?,
       updated_at = ? WHERE id = ?`,
    [p.paidOn, p.method, p.reference, accountId, now.toISOString(), id],
  );
  await addEvent(em, id, 'paid', p.paidOn, p.reference, accountId, now);
}

/** Keeps a receipt's bytes in the database with the type its bytes show, its size and hash. */
export async function addReceipt(
  em: EntityManager,
  claimId: string,
  lineId: string | null,
  file: AttachmentUpload,
  accountId: string,
  now: Date,
  today: string,
): Promise<string> {
  const state = await claimState(em, claimId);
  if (state.status === 'paid')
    throw new CoreError('CONFLICT', 'This claim has been paid: its receipts are kept as they were.');
  if (lineId) {
    const [line] = (await em.query('SELECT 1 AS ok FROM expense_line WHERE id = ? AND claim_id = ?', [
      lineId,
      claimId,
    ])) as unknown[];
    if (!line) invalid({ lineId: 'Choose one of this claim’s lines.' });
  }
  const f = toFileColumns(file);
  const id = randomUUID();
  await em.query(
    `INSERT INTO expense_receipt (id, claim_id, line_id, file_name, content_type, size, sha256, bytes, added_by, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, claimId, lineId, f.fileName, f.contentType, f.size, f.sha256, f.bytes, accountId, now.toISOString()],
  );
  await addEvent(em, claimId, 'receipt_added', today, '', accountId, now);
  return id;
}

export async function removeReceipt(
  em: EntityManager,
  receiptId: string,
  accountId: string,
  now: Date,
  today: string,
): Promise<string> {
  const [receipt] = (await em.query('SELECT claim_id AS claimId FROM expense_receipt WHERE id = ?', [
    receiptId,
  ])) as {
    claimId: string;
  }[];
  if (!receipt) throw new CoreError('NOT_FOUND', 'That receipt is no longer on the claim.');
  const state = await claimState(em, receipt.claimId);
  if (!receiptIsRemovable(state.status))
    throw new CoreError('CONFLICT', 'This claim has been paid: its receipts are kept as they were.');
  await em.query('DELETE FROM expense_receipt WHERE id = ?', [receiptId]);
  await addEvent(em, receipt.claimId, 'receipt_removed', today, '', accountId, now);
  return receipt.claimId;
}

export async function readReceipt(
  em: EntityManager,
  receiptId: string,
): Promise<{
  id: string;
  claimId: string;
  fileName: string;
  contentType: string;
  size: number;
  base64: string;
}> {
  const [row] = (await em.query(
    `SELECT id, claim_id AS claimId, file_name AS fileName, content_type AS contentType, size, bytes
       FROM expense_receipt WHERE id = ?`,
    [receiptId],
  )) as { id: string; claimId: string; fileName: string; contentType: string; size: number; bytes: Buffer }[];
  if (!row) throw new CoreError('NOT_FOUND', 'That receipt is no longer on the claim.');
  const { id, claimId, ...file } = row;
  return { id, claimId, ...fileContent(file)! };
}

/** Standard 20 for a financial year: paid claims and how many were paid within the days. */
export async function paymentCounts(
  em: EntityManager,
  range: { from: string; to: string },
  days: number,
  today: string,
): Promise<{
  paid: number;
  paidOnTime: number;
  waitingApproval: number;
  awaitingPayment: number;
  late: number;
}> {
  // Paid in the year, narrowed by the status index; "on time" is the shared rule on the few rows.
  const paid = (await em.query(
    `SELECT received_on AS receivedOn, paid_on AS paidOn FROM expense_claim
      WHERE status = 'paid' AND paid_on BETWEEN ? AND ?`,
    [range.from, range.to],
  )) as { receivedOn: string; paidOn: string }[];
  const lateBefore = addDays(today, -days - 1);
  const [open] = (await em.query(
    `SELECT coalesce(sum(status = 'submitted'), 0) AS waiting, coalesce(sum(status = 'approved'), 0) AS awaiting,
            coalesce(sum(received_on <= ?), 0) AS late
       FROM expense_claim WHERE status IN ('submitted', 'approved')`,
    [lateBefore],
  )) as [{ waiting: number; awaiting: number; late: number }];
  return {
    paid: paid.length,
    paidOnTime: paid.filter((p) => paidOnTime(p.receivedOn, p.paidOn, days)).length,
    waitingApproval: open.waiting,
    awaitingPayment: open.awaiting,
    late: open.late,
  };
}
