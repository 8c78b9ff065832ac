import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, optionalDay, realDay, safeText } from './common';
import { attachmentUpload } from '../files/attachment';
import {
  CLAIM_STATUSES,
  EXPENSE_LINE_KINDS,
  PAYMENT_METHODS,
  type ExpenseLineKind,
} from '../expenses/expenses';

/**
 * Mentors' expense claims (standard 20), entered by co-ordinators from the mentor's paper form
 * (mentors do not sign in): lines priced in whole pence (mileage at the programme's rate on each
 * journey's day, worked out in the core), receipts kept inside the database, the mentor's
 * declaration, approval or rejection with a reason, correction and resubmission, payment. Money
 * and receipts are `financial`; who the claim is for is `directory`; the standard 20 indicator is
 * counts only (`reference`), which regional managers may read.
 */
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const fin = <S extends z.ZodType>(s: S) => classed('financial', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);

/** A line's amount: whole pence, £1,000 at most (a bigger sum is not a volunteer's expense). */
export const MAX_LINE_PENCE = 100_000;
/** The longest journey one line may claim. */
export const MAX_MILES = 2000;
export const MAX_LINES = 40;

const kind = z.enum(EXPENSE_LINE_KINDS, { message: 'Choose what the line is for.' });
const status = z.enum(CLAIM_STATUSES, { message: 'Choose a status.' });
const method = z.enum(PAYMENT_METHODS, { message: 'Choose how it was paid.' });

/** Whether a number has at most one decimal place (miles are claimed to a tenth). */
const tenths = (n: number) => Math.abs(Math.round(n * 10) - n * 10) < 1e-9;

/**
 * One line as typed. Mileage carries miles (the amount is worked out in the core from the rate on
 * the day, so any amount sent with it is ignored); every other kind carries its amount in pence.
 * Activity costs name one of the mentor's matches, whose activity fund pays.
 */
export const claimLineInput = z
  .object({
    kind,
    spentOn: realDay('Enter the date of the expense as day/month/year.'),
    description: safeText({ subject: 'The description', max: 200 }).optional().default(''),
    miles: z
      .number({ message: 'Miles must be a number.' })
      .positive('Enter the miles travelled.')
      .max(MAX_MILES, `One journey can be at most ${MAX_MILES} miles.`)
      .refine(tenths, 'Enter miles to one decimal place.')
      .nullable()
      .optional()
      .default(null),
    amountPence: z
      .number({ message: 'The amount must be a sum of money.' })
      .int('The amount must be in whole pence.')
      .min(0, 'The amount cannot be less than nothing.')
      .max(MAX_LINE_PENCE, 'One line can be at most £1,000.')
      .nullable()
      .optional()
      .default(null),
    matchId: z.string().uuid('Choose the match the activity was for.').nullable().optional().default(null),
  })
  .strict()
  .superRefine((l, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (l.kind === 'mileage') {
      if (l.miles === null) need('miles', 'Enter the miles travelled.');
      if (!l.description) need('description', 'Say where the journey was from and to.');
    } else if (l.amountPence === null || l.amountPence === 0) need('amountPence', 'Enter the amount.');
    if (l.kind === 'activity' && !l.matchId) need('matchId', 'Choose the match the activity was for.');
    if (l.kind === 'other' && !l.description) need('description', 'Say what the expense was for.');
  });
export type ClaimLineInput = z.input<typeof claimLineInput>;

/** What a co-ordinator types from the mentor's form. */
const claimObject = z
  .object({
    mentorId: z.string().uuid('Choose the mentor the claim is from.'),
    receivedOn: realDay('Enter the date the claim was received as day/month/year.'),
    periodFrom: optionalDay,
    periodTo: optionalDay,
    declarationAccepted: z.literal(true, {
      message: 'The mentor must have signed the declaration before the claim can be entered.',
    }),
    declarationSignedOn: realDay('Enter the date the mentor signed the declaration as day/month/year.'),
    notes: safeText({ subject: 'The notes', max: 1000, multiLine: true }).optional().default(''),
    lines: z
      .array(claimLineInput, { message: 'Add the lines of the claim.' })
      .min(1, 'Add at least one line.')
      .max(MAX_LINES, `A claim can have at most ${MAX_LINES} lines. Enter the rest as another claim.`),
  })
  .strict();
const periodInOrder = (c: { periodFrom: string | null; periodTo: string | null }, ctx: z.RefinementCtx) => {
  if (c.periodFrom && c.periodTo && c.periodFrom > c.periodTo)
    ctx.addIssue({
      code: 'custom',
      path: ['periodTo'],
      message: 'The period must end on or after its start.',
    });
};
export const claimFields = claimObject.superRefine(periodInOrder);
export type ClaimFields = z.input<typeof claimFields>;
const claimUpdate = claimObject.extend({ id }).superRefine(periodInOrder);

const lineSchema = z.object({
  id: fin(z.string()),
  position: fin(z.number()),
  kind: fin(kind),
  spentOn: fin(z.string()),
  description: fin(z.string()),
  miles: fin(z.number().nullable()),
  pencePerMile: fin(z.number().nullable()),
  amountPence: fin(z.number()),
  matchId: dir(z.string().nullable()),
  matchReference: dir(z.string().nullable()),
  budgetCategory: fin(z.string()),
});
export type ClaimLine = z.infer<typeof lineSchema>;

const receiptSchema = z.object({
  id: fin(z.string()),
  lineId: fin(z.string().nullable()),
  fileName: fin(z.string()),
  contentType: fin(z.string()),
  size: fin(z.number()),
  addedByName: fin(z.string()),
  addedAt: system(z.string()),
});
export type ClaimReceipt = z.infer<typeof receiptSchema>;

export const CLAIM_EVENTS = [
  'entered',
  'corrected',
  'resubmitted',
  'approved',
  'rejected',
  'paid',
  'receipt_added',
  'receipt_removed',
] as const;
export type ClaimEvent = (typeof CLAIM_EVENTS)[number];

const eventSchema = z.object({
  id: fin(z.string()),
  event: fin(z.enum(CLAIM_EVENTS)),
  on: fin(z.string()),
  at: system(z.string()),
  byName: fin(z.string()),
  note: fin(z.string()),
});
export type ClaimHistoryEvent = z.infer<typeof eventSchema>;

const fundSchema = z.object({
  matchId: dir(z.string()),
  reference: dir(z.string()),
  menteeName: dir(z.string()),
  stage: dir(z.string()),
  /** Null while no fund is set for the match. */
  allowancePence: fin(z.number().nullable()),
  /** Activity lines on approved or paid claims. */
  spentPence: fin(z.number()),
  remainingPence: fin(z.number().nullable()),
});
export type MatchFund = z.infer<typeof fundSchema>;

const claimRow = z.object({
  id: fin(z.string()),
  reference: dir(z.string()),
  mentorId: dir(z.string()),
  mentorName: dir(z.string()),
  receivedOn: fin(z.string()),
  periodFrom: fin(z.string().nullable()),
  periodTo: fin(z.string().nullable()),
  status: fin(status),
  totalPence: fin(z.number()),
  lineCount: fin(z.number()),
  receiptCount: fin(z.number()),
  /** Not paid and older than the programme's payment days (standard 20). */
  late: fin(z.boolean()),
  /** The last day it is paid on time. */
  dueBy: fin(z.string()),
  rejectionReason: fin(z.string()),
  paidOn: fin(z.string().nullable()),
});
export type ClaimRow = z.infer<typeof claimRow>;

export const claimSchema = claimRow.extend({
  declarationAccepted: fin(z.boolean()),
  declarationSignedOn: fin(z.string().nullable()),
  notes: fin(z.string()),
  enteredByName: fin(z.string()),
  enteredAt: system(z.string()),
  decidedByName: fin(z.string().nullable()),
  decidedOn: fin(z.string().nullable()),
  paymentMethod: fin(method.nullable()),
  paymentReference: fin(z.string()),
  paidByName: fin(z.string().nullable()),
  /** The programme's payment days (a setting), for the "paid within" wording. */
  paymentDays: ref(z.number()),
  lines: z.array(lineSchema),
  receipts: z.array(receiptSchema),
  history: z.array(eventSchema),
  /** The activity funds of the matches this claim's activity lines name. */
  funds: z.array(fundSchema),
});
export type Claim = z.infer<typeof claimSchema>;

export const CLAIM_SORTS = ['oldest', 'newest'] as const;

export const claimListInput = z
  .object({
    status: status.optional(),
    mentorId: id.optional(),
    /** Received on or after / on or before. */
    from: optionalDay,
    to: optionalDay,
    /** Only claims not paid within the programme's days. */
    lateOnly: z.boolean().optional().default(false),
    sort: z.enum(CLAIM_SORTS, { message: 'Choose oldest or newest first.' }).default('newest'),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type ClaimListInput = z.input<typeof claimListInput>;

const summarySchema = z.object({
  year: ref(z.number()),
  paymentDays: ref(z.number()),
  /** Claims paid this financial year (by the day paid). */
  paid: ref(z.number()),
  /** Of those, paid within the programme's days of being received: standard 20's numerator. */
  paidOnTime: ref(z.number()),
  /** Whole per cent, null when none were paid. */
  percentOnTime: ref(z.number().nullable()),
  waitingApproval: ref(z.number()),
  awaitingPayment: ref(z.number()),
  /** Not yet paid and already late. */
  late: ref(z.number()),
});
export type ClaimSummary = z.infer<typeof summarySchema>;

const contextSchema = z.object({
  mentorId: dir(z.string()),
  /** The programme's mileage rates, newest first: the form shows the pricing live. */
  rates: z.array(z.object({ effectiveFrom: ref(z.string()), pencePerMile: ref(z.number()) })),
  /** The mentor's matches (any stage but proposed) with their activity fund balance. */
  funds: z.array(fundSchema),
});
export type ClaimContext = z.infer<typeof contextSchema>;

const receiptFile = z.object({
  id: fin(z.string()),
  claimId: fin(z.string()),
  fileName: fin(z.string()),
  contentType: fin(z.string()),
  size: fin(z.number()),
  base64: fin(z.string()),
});
export type ReceiptFile = z.infer<typeof receiptFile>;

const CLASSES = ['directory', 'financial', 'system', 'reference'] as const;
const COORDINATORS = ['coordinator'] as const;
/** A claim changes the queue, the budget's spend and the activity funds. */
const INVALIDATES = ['expenses', 'budgets', 'workqueue'];

const UUID = '00000000-0000-4000-8000-000000000000';
const mileage = {
  kind: 'mileage',
  spentOn: '2026-05-02',
  description: 'Home to HMP Leeds and back',
  miles: 24.5,
};
const validClaim = {
  mentorId: UUID,
  receivedOn: '2026-05-10',
  declarationAccepted: true,
  declarationSignedOn: '2026-05-08',
  lines: [mileage],
} as const;
const line = (l: Record<string, unknown>) => ({ ...validClaim, lines: [l] });
const badClaims = [
  {},
  { ...validClaim, mentorId: 'x' },
  { ...validClaim, receivedOn: '10/05/2026' },
  { ...validClaim, declarationAccepted: false },
  { ...validClaim, lines: [] },
  { ...validClaim, periodFrom: '2026-05-01', periodTo: '2026-04-01' },
  line({ ...mileage, miles: null }),
  line({ ...mileage, miles: 12.25 }),
  line({ kind: 'parking', spentOn: '2026-05-02', amountPence: -250 }),
  line({ kind: 'parking', spentOn: '2026-05-02', amountPence: 2.5 }),
  line({ kind: 'activity', spentOn: '2026-05-02', amountPence: 800 }),
  line({ kind: 'other', spentOn: '2026-05-02', amountPence: 800 }),
  line({ kind: 'taxi', spentOn: '2026-05-02', amountPence: 800 }),
];
/** A tiny PNG signature: enough for the type rule, which reads the first bytes. */
const PNG_BASE64 = 'iVBORw0KGgoAAAAN';

export const expensesChannels = defineArea('expenses', {
  list: {
    kind: 'read',
    input: claimListInput,
    output: z.object({
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      items: z.array(claimRow),
    }),
    classes: CLASSES,
    access: COORDINATORS,
    label: 'Looked at expense claims',
    summary:
      'Expense claims by status, mentor and date received (oldest first for the queues), with which are late.',
    examples: {
      valid: [
        {},
        { status: 'submitted', sort: 'oldest' },
        { mentorId: UUID, from: '2026-04-01', lateOnly: true },
      ],
      invalid: [{ status: 'lost' }, { mentorId: 'x' }, { from: '01/04/2026' }, { page: 0 }, { extra: 1 }],
    },
  },
  get: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: claimSchema,
    classes: CLASSES,
    access: COORDINATORS,
    label: 'Looked at an expense claim',
    summary:
      'One claim in full: lines, receipts (without their contents), declaration, decision, payment, history.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  context: {
    kind: 'read',
    input: z.object({ mentorId: id }).strict(),
    output: contextSchema,
    classes: CLASSES,
    access: COORDINATORS,
    label: 'Looked at a mentor’s matches and activity funds for a claim',
    summary: 'What the claim form needs for a mentor: the mileage rates and their matches’ activity funds.',
    examples: { valid: [{ mentorId: UUID }], invalid: [{}, { mentorId: 'x' }] },
  },
  create: {
    kind: 'write',
    input: claimFields,
    output: claimSchema,
    classes: CLASSES,
    access: COORDINATORS,
    label: 'Entered an expense claim',
    summary:
      'Enter a mentor’s claim from their form: lines (mileage priced at the rate on each journey’s day), declaration; it waits for approval.',
    invalidates: INVALIDATES,
    examples: { valid: [validClaim], invalid: badClaims },
  },
  update: {
    kind: 'write',
    input: claimUpdate,
    output: claimSchema,
    classes: CLASSES,
    access: COORDINATORS,
    label: 'Corrected an expense claim',
    summary:
      'Correct a claim waiting for approval, or a rejected one (which is then submitted again, its history kept).',
    invalidates: INVALIDATES,
    examples: {
      valid: [{ ...validClaim, id: UUID }],
      invalid: [validClaim, ...badClaims.map((b) => ({ ...b, id: UUID }))],
    },
  },
  approve: {
    kind: 'write',
    input: z.object({ id, decidedOn: realDay('Enter the date of the decision as day/month/year.') }).strict(),
    output: claimSchema,
    classes: CLASSES,
    access: COORDINATORS,
    label: 'Approved an expense claim',
    summary: 'Approve a claim waiting for approval; it then waits for payment.',
    invalidates: INVALIDATES,
    examples: {
      valid: [{ id: UUID, decidedOn: '2026-05-12' }],
      invalid: [{ id: UUID }, { id: 'x', decidedOn: '2026-05-12' }],
    },
  },
  reject: {
    kind: 'write',
    input: z
      .object({
        id,
        decidedOn: realDay('Enter the date of the decision as day/month/year.'),
        reason: safeText({
          subject: 'The reason',
          max: 1000,
          multiLine: true,
          required: 'Say why the claim is rejected: the mentor is told.',
        }),
      })
      .strict(),
    output: claimSchema,
    classes: CLASSES,
    access: COORDINATORS,
    label: 'Rejected an expense claim',
    summary: 'Reject a claim waiting for approval with the reason, which stays with the claim.',
    invalidates: INVALIDATES,
    examples: {
      valid: [{ id: UUID, decidedOn: '2026-05-12', reason: 'No receipt for the parking.' }],
      invalid: [
        { id: UUID, decidedOn: '2026-05-12' },
        { id: UUID, decidedOn: '2026-05-12', reason: '  ' },
      ],
    },
  },
  markPaid: {
    kind: 'write',
    input: z
      .object({
        id,
        paidOn: realDay('Enter the date it was paid as day/month/year.'),
        method,
        reference: safeText({ subject: 'The payment reference', max: 100 }).optional().default(''),
      })
      .strict(),
    output: claimSchema,
    classes: CLASSES,
    access: COORDINATORS,
    label: 'Recorded an expense claim as paid',
    summary: 'Record that an approved claim was paid: the date, how, and the payment reference.',
    invalidates: INVALIDATES,
    examples: {
      valid: [{ id: UUID, paidOn: '2026-05-20', method: 'bank_transfer', reference: 'BACS 0520' }],
      invalid: [
        { id: UUID, paidOn: '2026-05-20' },
        { id: UUID, paidOn: '2026-05-20', method: 'bitcoin' },
      ],
    },
  },
  addReceipt: {
    kind: 'write',
    input: z
      .object({
        claimId: id,
        lineId: z.string().uuid('Choose the line the receipt is for.').nullable().optional().default(null),
        file: attachmentUpload,
      })
      .strict(),
    output: claimSchema,
    classes: CLASSES,
    access: COORDINATORS,
    label: 'Attached a receipt to an expense claim',
    summary:
      'Attach a receipt (a PDF or a photo, 5 MB or less, judged by its bytes) to a claim or one of its lines.',
    invalidates: ['expenses'],
    examples: {
      valid: [{ claimId: UUID, file: { fileName: 'ticket.png', base64: PNG_BASE64 } }],
      invalid: [
        { claimId: UUID },
        { claimId: UUID, file: { fileName: 'receipt.pdf', base64: btoa('just some words') } },
        { claimId: UUID, file: { fileName: '', base64: PNG_BASE64 } },
        { claimId: UUID, file: { fileName: 'x.png', base64: '***' } },
      ],
    },
  },
  removeReceipt: {
    kind: 'write',
    input: z.object({ receiptId: id }).strict(),
    output: claimSchema,
    classes: CLASSES,
    access: COORDINATORS,
    label: 'Removed a receipt from an expense claim',
    summary: 'Remove a receipt from a claim that is not yet paid.',
    invalidates: ['expenses'],
    examples: { valid: [{ receiptId: UUID }], invalid: [{}, { receiptId: 'x' }] },
  },
  readReceipt: {
    kind: 'read',
    input: z.object({ receiptId: id }).strict(),
    output: receiptFile,
    classes: ['financial'],
    access: COORDINATORS,
    label: 'Opened a receipt',
    summary:
      'One receipt with its contents (base64), for viewing or saving a copy. Every opening is audited.',
    auditEveryRead: true,
    examples: { valid: [{ receiptId: UUID }], invalid: [{}, { receiptId: 'x' }] },
  },
  summary: {
    kind: 'read',
    input: z.object({ year: z.number().int().min(2000).max(2100).optional() }).strict(),
    output: summarySchema,
    classes: ['reference'],
    access: ['coordinator', 'regional_manager'],
    label: 'Looked at how quickly expense claims are paid',
    summary:
      'Standard 20: claims paid this financial year and how many within the programme’s days, plus the queues’ sizes. Counts only.',
    examples: { valid: [{}, { year: 2026 }], invalid: [{ year: 1999 }, { year: 'this' }, { extra: 1 }] },
  },
});

/** Kinds whose amount is typed (mileage is worked out from miles). */
export const typedAmount = (k: ExpenseLineKind): boolean => k !== 'mileage';
