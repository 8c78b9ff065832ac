import { z } from 'zod';
import { classed, defineArea } from './define';
import { empty, isoDate, safeText } from './common';

const directory = <S extends z.ZodType>(s: S) => classed('directory', s);

/** One audit row: `system` data, except the names of the people involved (`directory`). */
export const auditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  accountId: z.string().nullable(),
  /** The person's name, kept after their account is removed. */
  accountName: directory(z.string().nullable()),
  /** The username typed at a failed sign-in, when it matched no account that could sign in. */
  triedUsername: directory(z.string().nullable()),
  action: z.string(),
  outcome: z.enum(['ok', 'denied', 'failed']),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  /** A readable name for the record where one is known (today: staff accounts). */
  recordLabel: directory(z.string().nullable()),
  classes: z.array(z.string()),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  rowsChecked: z.number(),
  /** The first row whose hash does not match, when the chain is broken. */
  firstBrokenSeq: z.number().nullable(),
  head: z.string().nullable(),
  /** What is wrong, in a few plain words, when not ok. */
  problem: z.string().nullable(),
  /** Staff and recovery signing keys whose registrations were checked. */
  signersChecked: z.number(),
  /** The last row whose signature was checked (the signed head). */
  lastSignedSeq: z.number(),
  /** The last row the vault file recorded (its anchor), to show a cut tail. */
  anchorSeq: z.number().nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export const auditListInput = z
  .object({
    accountId: z.string().uuid('Choose an account from the list.').optional(),
    recordId: safeText({
      subject: 'A record reference',
      max: 100,
      required: 'Enter a record reference.',
    }).optional(),
    action: safeText({ subject: 'An action', max: 80, required: 'Choose an action.' }).optional(),
    outcome: z.enum(['ok', 'denied', 'failed']).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(10).max(200).default(50),
  })
  .strict()
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: 'The end date must not be before the start date.',
    path: ['to'],
  });

/** Everyone who appears in the audit log, including people whose accounts were removed. */
export const auditPersonSchema = z.object({
  id: z.string(),
  displayName: directory(z.string()),
  username: z.string(),
  removed: z.boolean(),
});
export type AuditPerson = z.infer<typeof auditPersonSchema>;

// The audit log holds `system` data (the fallback) and the names of the people in it (`directory`).
const CLASSES = ['system', 'directory'] as const;

export const auditChannels = defineArea('audit', {
  list: {
    kind: 'read',
    input: auditListInput,
    output: auditPageSchema,
    classes: CLASSES,
    access: ['administrator'],
    label: 'View audit log',
    summary: 'Audit events, newest first, filtered by account, record, action, outcome and dates.',
    examples: {
      valid: [{}, { outcome: 'denied', from: '2026-11-01', to: '2026-12-01', page: 2 }],
      invalid: [{ page: 0 }, { from: '2026-12-01', to: '2026-11-01' }, { pageSize: 1000 }],
    },
  },
  actions: {
    kind: 'read',
    input: empty,
    output: z.array(z.string()),
    classes: ['system'],
    access: ['administrator'],
    label: 'List audit actions',
    summary: 'The distinct actions present in the audit log, for the filter list.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  people: {
    kind: 'read',
    input: empty,
    output: z.array(auditPersonSchema),
    classes: CLASSES,
    access: ['administrator'],
    label: 'List people in the audit log',
    summary: 'Current and removed staff accounts, for the audit log’s person filter.',
    examples: { valid: [{}], invalid: [{ removed: true }] },
  },
  verify: {
    kind: 'write',
    input: empty,
    output: auditVerificationSchema,
    classes: ['system'],
    access: ['administrator'],
    label: 'Verify audit chain',
    summary: 'Check every row of the hash chain and name the first broken one.',
    examples: { valid: [{}], invalid: [null] },
  },
});
