import { z } from 'zod';
import { channel } from './define';
import { empty, isoDate, safeText } from './common';

export interface AuditEntry {
  seq: number;
  at: string;
  accountId: string | null;
  /** The person's name, kept after their account is removed. */
  accountName: string | null;
  /** The username typed at a failed sign-in, when it matched no account that could sign in. */
  triedUsername: string | null;
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  recordType: string | null;
  recordId: string | null;
  /** A readable name for the record where one is known (today: staff accounts). */
  recordLabel: string | null;
  classes: string[];
  detail: string | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditVerification {
  ok: boolean;
  rowsChecked: number;
  /** The first row whose hash does not match, when the chain is broken. */
  firstBrokenSeq: number | null;
  head: string | null;
  /** What is wrong, in a few plain words, when not ok. */
  problem: string | null;
  /** Staff and recovery signing keys whose registrations were checked. */
  signersChecked: number;
  /** The last row whose signature was checked (the signed head). */
  lastSignedSeq: number;
  /** The last row the vault file recorded (its anchor), to show a cut tail. */
  anchorSeq: number | null;
}

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
export interface AuditPerson {
  id: string;
  displayName: string;
  username: string;
  removed: boolean;
}

export const auditChannels = {
  list: channel<typeof auditListInput, AuditPage>({
    name: 'audit.list',
    kind: 'read',
    input: auditListInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Audit events, newest first, filtered by account, record, action, outcome and dates.',
  }),
  actions: channel<typeof empty, string[]>({
    name: 'audit.actions',
    kind: 'read',
    input: empty,
    classes: ['system'],
    access: ['administrator'],
    summary: 'The distinct actions present in the audit log, for the filter list.',
  }),
  people: channel<typeof empty, AuditPerson[]>({
    name: 'audit.people',
    kind: 'read',
    input: empty,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Current and removed staff accounts, for the audit log’s person filter.',
  }),
  verify: channel<typeof empty, AuditVerification>({
    name: 'audit.verify',
    kind: 'write',
    input: empty,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Check every row of the hash chain and name the first broken one.',
  }),
};
