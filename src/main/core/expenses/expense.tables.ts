import { col, defineTable } from '../db/table';

/** Expense claims are accounting records: kept six years after the end of the financial year. */
export const FINANCE_RETENTION =
  'Six years after the end of the financial year the claim was paid in (HMRC and charity accounting records), then deleted.';
const FINANCE_BASIS =
  'UK GDPR Art. 6(1)(c) legal obligation (accounting records) and 6(1)(f) legitimate interests: repaying volunteers’ out-of-pocket expenses.';

export const mileageRateTable = defineTable('mileage_rate', {
  purpose: 'The programme’s mileage rate for mentors’ travel and the day each rate takes effect.',
  lawfulBasis: FINANCE_BASIS,
  specialCondition: null,
  retention: 'For the life of the installation; not personal data.',
  columns: {
    id: col.id('reference'),
    effectiveFrom: col.text('reference', { unique: true }),
    pencePerMile: col.integer('reference'),
    note: col.text('reference'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const expenseClaimTable = defineTable('expense_claim', {
  purpose:
    'A mentor’s expense claim entered by staff: period, total, declaration, approval or rejection with the reason, and payment.',
  lawfulBasis: FINANCE_BASIS,
  specialCondition: null,
  retention: FINANCE_RETENTION,
  columns: {
    id: col.id('directory'),
    /** The programme's own reference (E-2026-0001). */
    reference: col.text('directory', { unique: true }),
    mentorId: col.text('directory'),
    receivedOn: col.text('financial'),
    periodFrom: col.text('financial', { nullable: true }),
    periodTo: col.text('financial', { nullable: true }),
    status: col.text('financial'),
    /** The sum of the claim's lines, written in the same transaction as they are. */
    totalPence: col.integer('financial'),
    declarationAccepted: col.boolean('financial'),
    declarationSignedOn: col.text('financial', { nullable: true }),
    notes: col.text('financial'),
    decidedBy: col.text('system', { nullable: true }),
    decidedOn: col.text('financial', { nullable: true }),
    rejectionReason: col.text('financial'),
    paidOn: col.text('financial', { nullable: true }),
    paymentMethod: col.text('financial', { nullable: true }),
    paymentReference: col.text('financial'),
    paidBy: col.text('system', { nullable: true }),
    enteredBy: col.text('system'),
    enteredAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const expenseLineTable = defineTable('expense_line', {
  purpose:
    'One line of an expense claim: mileage (miles at the rate of the day), fares, parking, childcare during training, match activities, other.',
  lawfulBasis: FINANCE_BASIS,
  specialCondition: null,
  retention: FINANCE_RETENTION,
  columns: {
    id: col.id('financial'),
    claimId: col.text('financial'),
    position: col.integer('financial'),
    kind: col.text('financial'),
    spentOn: col.text('financial'),
    description: col.text('financial'),
    miles: col.real('financial', { nullable: true }),
    pencePerMile: col.integer('financial', { nullable: true }),
    amountPence: col.integer('financial'),
    /** For activity costs: the match whose activity fund pays. */
    matchId: col.text('financial', { nullable: true }),
    budgetCategory: col.text('financial'),
  },
});

export const expenseReceiptTable = defineTable('expense_receipt', {
  purpose: 'Receipts for expense claims (photos or PDFs), stored inside the encrypted database.',
  lawfulBasis: FINANCE_BASIS,
  specialCondition: null,
  retention: FINANCE_RETENTION,
  columns: {
    id: col.id('financial'),
    claimId: col.text('financial'),
    lineId: col.text('financial', { nullable: true }),
    fileName: col.text('financial'),
    contentType: col.text('financial'),
    size: col.integer('financial'),
    sha256: col.text('system'),
    bytes: col.blob('financial'),
    addedBy: col.text('system'),
    addedAt: col.text('system'),
  },
});

export const expenseClaimEventTable = defineTable('expense_claim_event', {
  purpose:
    'What happened to an expense claim and when: entered, corrected, rejected (with the reason), resubmitted, approved, paid, receipts added or removed.',
  lawfulBasis: FINANCE_BASIS,
  specialCondition: null,
  retention: FINANCE_RETENTION,
  columns: {
    id: col.id('financial'),
    claimId: col.text('financial'),
    event: col.text('financial'),
    onDay: col.text('financial'),
    /** The rejection reason, or the payment reference. */
    note: col.text('financial'),
    byAccount: col.text('system'),
    at: col.text('system'),
  },
});
