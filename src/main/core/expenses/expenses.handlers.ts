import { contract } from '../../../shared/contract';
import { financialYearOf, financialYearRange } from '../../../shared/expenses/expenses';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import type { EntityManager } from 'typeorm';
import { claimState, fundsOf, getClaim, listClaims, mileageRates } from './claim.queries';
import {
  addReceipt,
  checkClaim,
  correctClaim,
  decideClaim,
  insertClaim,
  payClaim,
  paymentCounts,
  readReceipt,
  removeReceipt,
} from './claim.writes';

/**
 * Expense claims are co-ordinators' work (the channels' access says so). Whoever entered a claim
 * may also approve it — programmes are small — but the audit rows name both: the entry's row its
 * enterer, the decision's row its decider, and the claim keeps both names.
 */

// Role-limited channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): string => caller!.accountId;
const paymentDays = async (em: EntityManager) => (await readSettings(em)).thresholds.claimPaymentDays;
const full = async (em: EntityManager, id: string, now: Date) =>
  getClaim(em, id, ukToday(now), await paymentDays(em));
const target = (id: string | null | undefined, detail: string) => ({
  recordType: 'expense_claim',
  recordId: id ?? null,
  detail,
});
/** Short, never personal: the kinds of line and the total in pence. */
const describe = (lines: readonly { kind: string }[]) =>
  `${lines.length} line${lines.length === 1 ? '' : 's'}: ${[...new Set(lines.map((l) => l.kind))].join(', ')}`;

export const expensesHandlers = defineHandlers(contract.expenses, {
  list: {
    run: async ({ em, now }, input) => listClaims(em, input, ukToday(now), await paymentDays(em)),
  },
  get: { run: ({ em, now }, input) => full(em, input.id, now) },
  context: {
    run: async ({ em }, { mentorId }) => ({
      mentorId,
      rates: await mileageRates(em),
      funds: await fundsOf(em, { mentorId }),
    }),
  },
  create: {
    run: async ({ em, caller, now }, input) => {
      const today = ukToday(now);
      await checkClaim(em, input, today);
      const id = await insertClaim(em, input, await mileageRates(em), who(caller), now);
      return full(em, id, now);
    },
    audit: (input, output) => target(output?.id, `entered; ${describe(input.lines)}`),
  },
  update: {
    run: async ({ em, caller, now }, { id, ...input }) => {
      const today = ukToday(now);
      await checkClaim(em, input, today);
      await correctClaim(em, id, input, await mileageRates(em), who(caller), now, today);
      return full(em, id, now);
    },
    audit: (input, output) =>
      target(input.id, `${output?.history.at(-1)?.event ?? 'corrected'}; ${describe(input.lines)}`),
  },
  approve: {
    run: async ({ em, caller, now }, { id, decidedOn }) => {
      await decideClaim(em, id, { decidedOn, reason: null }, who(caller), now, ukToday(now));
      return full(em, id, now);
    },
    // The entry and the decision are separate audit rows, each naming its own member of staff.
    audit: (input) => target(input.id, 'approved'),
  },
  reject: {
    run: async ({ em, caller, now }, { id, decidedOn, reason }) => {
      await decideClaim(em, id, { decidedOn, reason }, who(caller), now, ukToday(now));
      return full(em, id, now);
    },
    // The reason is the claim's business (it may describe the mentor's circumstances): not in the log.
    audit: (input) => target(input.id, 'rejected'),
  },
  markPaid: {
    run: async ({ em, caller, now }, { id, ...payment }) => {
      await payClaim(em, id, payment, who(caller), now, ukToday(now));
      return full(em, id, now);
    },
    audit: (input) => target(input.id, `paid; ${input.method}`),
  },
  addReceipt: {
    run: async ({ em, caller, now }, { claimId, lineId, file }) => {
      await addReceipt(em, claimId, lineId, file, who(caller), now, ukToday(now));
      return full(em, claimId, now);
    },
    audit: (input) => target(input.claimId, 'receipt added'),
  },
  removeReceipt: {
    run: async ({ em, caller, now }, { receiptId }) => {
      const claimId = await removeReceipt(em, receiptId, who(caller), now, ukToday(now));
      return full(em, claimId, now);
    },
    audit: (input, output) => target(output?.id, `receipt removed ${input.receiptId}`),
  },
  readReceipt: {
    run: ({ em }, { receiptId }) => readReceipt(em, receiptId),
    audit: (input, output) => ({
      recordType: 'expense_receipt',
      recordId: input.receiptId,
      detail: output ? `claim ${output.claimId}` : null,
    }),
  },
  summary: {
    run: async ({ em, now }, input) => {
      const today = ukToday(now);
      const year = input.year ?? financialYearOf(today);
      const days = await paymentDays(em);
      const counts = await paymentCounts(em, financialYearRange(year), days, today);
      return {
        year,
        paymentDays: days,
        ...counts,
        percentOnTime: counts.paid ? Math.round((counts.paidOnTime / counts.paid) * 100) : null,
      };
    },
  },
});

/** A claim's status and mentor, for the work queue's scope and tests. */
export { claimState };
