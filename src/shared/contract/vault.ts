import { z } from 'zod';
import { classed, defineArea } from './define';
import { checkPassphrase } from '../passphrase';
import { ROLES } from '../roles';
import { displayName, empty, enteredPassphrase, organisationName, passphrase, username } from './common';

const ref = <S extends z.ZodType>(s: S) => classed('reference', s);

/**
 * `unconfirmed`: a key was issued (at set-up or by an administrator) and nobody has yet confirmed
 * storing it. The key itself is held in the core's memory only, never on disk, so after a restart
 * `recoveryKey` is null and the administrator is asked to issue a new one.
 * `used`: someone signed in with the recovery key; it should be replaced.
 */
const recoveryKeyNoticeSchema = classed(
  'system',
  z.object({ reason: z.enum(['unconfirmed', 'used']), recoveryKey: z.string().nullable() }),
);
export type RecoveryKeyNotice = z.infer<typeof recoveryKeyNoticeSchema>;

/**
 * The signed-in person's own session. Every role must be able to read who it is signed in as and
 * which roles it holds (the screens are built from them; a regional manager reads no `directory` or
 * `system` data at all), and the core only ever returns the caller's own session here: so it is
 * classed `reference`, the class every role reads. The recovery key notice stays `system`.
 */
export const sessionSchema = ref(
  z.object({
    accountId: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(ROLES)),
    mustChangePassphrase: z.boolean(),
    /** In `vault.status` only, and only for administrators: a recovery key still to be dealt with. */
    recoveryKeyNotice: recoveryKeyNoticeSchema.nullable().optional(),
  }),
);
export type SessionInfo = z.infer<typeof sessionSchema>;

/** Whether Waymark is set up and unlocked: not about any person, so every role reads it. */
export const vaultStatusSchema = z.object({
  state: z.enum(['uninitialised', 'locked', 'unlocked']),
  organisationName: z.string().nullable(),
  /** Seconds until another unlock attempt is allowed (0 when not throttled). */
  retryAfterSeconds: z.number(),
  session: sessionSchema.nullable(),
  idleLockMinutes: z.number().nullable(),
  /** The background quick_check of the live database after sign-in (null while locked). */
  integrity: z.enum(['checking', 'ok', 'damaged']).nullable().optional(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const setupInput = z
  .object({
    organisationName,
    displayName,
    username,
    passphrase,
  })
  .strict()
  .superRefine((v, ctx) => {
    const check = checkPassphrase(v.passphrase, v);
    for (const problem of check.problems)
      ctx.addIssue({ code: 'custom', message: problem, path: ['passphrase'] });
  });

export const unlockInput = z.object({ username, passphrase: enteredPassphrase }).strict();

export const recoverInput = z
  .object({
    username,
    recoveryKey: z
      .string({ message: 'Enter the recovery key.' })
      .trim()
      .min(10, 'Enter the whole recovery key, including the dashes.')
      .max(80, 'That is longer than a recovery key.'),
    newPassphrase: passphrase,
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const problem of checkPassphrase(v.newPassphrase, v).problems)
      ctx.addIssue({ code: 'custom', message: problem, path: ['newPassphrase'] });
  });

export const lockInput = z
  .object({ reason: z.enum(['user', 'idle'], { message: 'Unknown reason for locking.' }).optional() })
  .strict();

export const changePassphraseInput = z
  .object({ currentPassphrase: enteredPassphrase, newPassphrase: passphrase })
  .strict()
  .refine((v) => v.currentPassphrase !== v.newPassphrase, {
    message: 'The new passphrase must be different from the current one.',
    path: ['newPassphrase'],
  });

export const newRecoveryKeyInput = z.object({ currentPassphrase: enteredPassphrase }).strict();
export const acknowledgeRecoveryKeyInput = empty;

const GOOD = 'Harbour lantern 7 violet kettle';
const OTHER = 'Granite puffin 42 orchard lamp';
const setupExample = {
  organisationName: 'Fictional Trust',
  displayName: 'A B',
  username: 'abc',
  passphrase: GOOD,
};

export const vaultChannels = defineArea('vault', {
  status: {
    kind: 'read',
    input: empty,
    output: vaultStatusSchema,
    classes: ['reference', 'system'],
    access: 'public',
    whileLocked: true,
    duringPassphraseChange: true,
    label: 'Check vault status',
    summary: 'Whether the vault is set up, locked or unlocked, and who is signed in.',
    examples: { valid: [{}], invalid: [{ extra: 1 }, 'text'] },
  },
  setup: {
    kind: 'write',
    input: setupInput,
    output: z.object({ recoveryKey: z.string(), session: sessionSchema }),
    classes: ['system', 'reference'],
    access: 'public',
    whileLocked: true,
    label: 'Set up Waymark',
    summary:
      'First run: create the vault, the database and the first account; returns the recovery key once.',
    examples: {
      valid: [setupExample],
      invalid: [
        {},
        { ...setupExample, username: 'a b c' },
        { ...setupExample, passphrase: 'short' },
        { ...setupExample, passphrase: 'password1234' },
        { ...setupExample, organisationName: 'Fictional \u202ETrust' },
      ],
    },
  },
  unlock: {
    kind: 'write',
    input: unlockInput,
    output: sessionSchema,
    // The session schema may carry the (system) recovery key notice; only vault.status fills it.
    classes: ['reference', 'system'],
    access: 'public',
    whileLocked: true,
    label: 'Sign in',
    summary: 'Sign in with username and passphrase.',
    examples: {
      valid: [{ username: 'alex.admin', passphrase: GOOD }],
      invalid: [{ username: 'alex.admin' }, { username: 'x', passphrase: 'y' }],
    },
  },
  recover: {
    kind: 'write',
    input: recoverInput,
    output: sessionSchema,
    // The session schema may carry the (system) recovery key notice; only vault.status fills it.
    classes: ['reference', 'system'],
    access: 'public',
    whileLocked: true,
    label: 'Sign in with the recovery key',
    summary: 'Sign in an administrator with the recovery key and set them a new passphrase.',
    examples: {
      valid: [{ username: 'alex.admin', recoveryKey: 'ABCDE-FGHIJ-KLMNO-PQRST', newPassphrase: OTHER }],
      invalid: [{ username: 'alex.admin', recoveryKey: 'abc', newPassphrase: GOOD }],
    },
  },
  lock: {
    kind: 'write',
    input: lockInput,
    output: z.object({ locked: z.literal(true) }),
    // Nothing about anyone: every role reads the answer.
    classes: ['reference'],
    access: 'signed-in',
    duringPassphraseChange: true,
    label: 'Lock',
    summary: 'Lock now: close the database and forget the key.',
    examples: { valid: [{}, { reason: 'idle' }], invalid: [{ reason: 'because' }] },
  },
  changePassphrase: {
    kind: 'write',
    input: changePassphraseInput,
    output: sessionSchema,
    // The session schema may carry the (system) recovery key notice; only vault.status fills it.
    classes: ['reference', 'system'],
    access: 'signed-in',
    duringPassphraseChange: true,
    label: 'Change own passphrase',
    summary: 'Change your own passphrase. The database file is not rewritten.',
    examples: {
      valid: [{ currentPassphrase: GOOD, newPassphrase: OTHER }],
      invalid: [
        { currentPassphrase: '', newPassphrase: GOOD },
        { currentPassphrase: GOOD, newPassphrase: GOOD },
      ],
    },
  },
  newRecoveryKey: {
    kind: 'write',
    input: newRecoveryKeyInput,
    output: z.object({ recoveryKey: z.string() }),
    classes: ['system'],
    access: ['administrator'],
    label: 'Issue a new recovery key',
    summary: 'Issue a new recovery key (the old one stops working). Needs your current passphrase.',
    examples: { valid: [{ currentPassphrase: OTHER }], invalid: [{}, { currentPassphrase: '' }] },
  },
  activity: {
    kind: 'read',
    input: empty,
    output: z.object({ ok: z.literal(true) }),
    classes: ['reference'],
    access: 'signed-in',
    duringPassphraseChange: true,
    label: 'Use the app',
    summary:
      'Someone is using the app (typing, clicking, scrolling): keeps the core from locking itself as idle. Status polling does not count.',
    examples: { valid: [{}], invalid: [{ at: 'now' }, null] },
  },
  acknowledgeRecoveryKey: {
    kind: 'write',
    input: acknowledgeRecoveryKeyInput,
    output: z.object({ cleared: z.boolean() }),
    classes: ['system'],
    access: ['administrator'],
    label: 'Close the recovery key reminder',
    summary: 'Confirm the recovery key notice has been dealt with (key stored, or the used key kept).',
    examples: { valid: [{}], invalid: [{ recoveryKey: 'ABCD' }, 'yes'] },
  },
});
