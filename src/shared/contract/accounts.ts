import { z } from 'zod';
import { classed, defineArea } from './define';
import { ROLES } from '../roles';
import { checkPassphrase } from '../passphrase';
import { displayName, empty, id, passphrase, roles, username } from './common';

/** An account as the accounts screen shows it: `system` data, except the name (`directory`). */
export const accountSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: classed('directory', z.string()),
  roles: z.array(z.enum(ROLES)),
  disabled: z.boolean(),
  mustChangePassphrase: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

const temporaryPassphraseRules = (
  v: { temporaryPassphrase: string; username?: string; displayName?: string },
  ctx: z.RefinementCtx,
) => {
  for (const problem of checkPassphrase(v.temporaryPassphrase, v).problems)
    ctx.addIssue({ code: 'custom', message: problem, path: ['temporaryPassphrase'] });
};

export const createAccountInput = z
  .object({ username, displayName, roles, temporaryPassphrase: passphrase })
  .strict()
  .superRefine(temporaryPassphraseRules);

export const setRolesInput = z.object({ id, roles }).strict();
export const accountIdInput = z.object({ id }).strict();
export const renameAccountInput = z.object({ id, displayName }).strict();
export const resetPassphraseInput = z
  .object({ id, temporaryPassphrase: passphrase })
  .strict()
  .superRefine(temporaryPassphraseRules);

/**
 * `forCause`: the person may have kept a copy of the vault file (and so of their old key). The data
 * key is replaced and sealed to everyone else, which rewrites the database: it takes a little while.
 */
export const disableInput = z
  .object({
    id,
    forCause: z.boolean({ message: 'Say whether the account is disabled for cause.' }).default(false),
  })
  .strict();

const UUID = '00000000-0000-4000-8000-000000000000';
const TEMPORARY = 'Granite puffin 42 orchard lamp';
const newPerson = {
  username: 'new.person',
  displayName: 'New Person',
  roles: ['caseworker' as const],
  temporaryPassphrase: TEMPORARY,
};
// Accounts hold `system` data (the fallback for fields not classed otherwise) and names (`directory`).
const CLASSES = ['system', 'directory'] as const;

export const accountsChannels = defineArea('accounts', {
  list: {
    kind: 'read',
    input: empty,
    output: z.array(accountSummarySchema),
    classes: CLASSES,
    access: ['administrator'],
    label: 'View staff accounts',
    summary: 'All staff accounts with their roles and state.',
    examples: { valid: [{}], invalid: [{ page: 1 }] },
  },
  create: {
    kind: 'write',
    input: createAccountInput,
    output: accountSummarySchema,
    classes: CLASSES,
    access: ['administrator'],
    label: 'Add staff account',
    summary: 'Add a staff account with a temporary passphrase they must change at first sign-in.',
    examples: {
      valid: [{ ...newPerson, username: 'someone.new', displayName: 'Someone New' }],
      invalid: [
        { ...newPerson, roles: [] },
        { ...newPerson, roles: ['superuser'] },
        { ...newPerson, displayName: 'New \u202EPerson' },
        { ...newPerson, temporaryPassphrase: 'qwertyuiop12' },
      ],
    },
  },
  setRoles: {
    kind: 'write',
    input: setRolesInput,
    output: accountSummarySchema,
    classes: CLASSES,
    access: ['administrator'],
    label: 'Change roles',
    summary: 'Replace the roles an account holds.',
    examples: {
      valid: [{ id: UUID, roles: ['caseworker'] }],
      invalid: [
        { id: 'not-a-uuid', roles: ['caseworker'] },
        { id: UUID, roles: ['caseworker', 'caseworker'] },
      ],
    },
  },
  rename: {
    kind: 'write',
    input: renameAccountInput,
    output: accountSummarySchema,
    classes: CLASSES,
    access: ['administrator'],
    label: 'Correct a name',
    summary: 'Correct the name shown for an account (the username does not change).',
    examples: {
      valid: [{ id: UUID, displayName: 'Someone Else' }],
      // A right-to-left override ("evil" shown as "live"), a control character, a line break.
      invalid: [
        { id: UUID, displayName: '\u202Elive' },
        { id: UUID, displayName: 'Lee\u0007 Lead' },
        { id: UUID, displayName: 'Lee\nLead' },
        { id: UUID, displayName: '   ' },
        { id: 'nope', displayName: 'Lee Lead' },
      ],
    },
  },
  disable: {
    kind: 'write',
    input: disableInput,
    output: accountSummarySchema,
    classes: CLASSES,
    access: ['administrator'],
    label: 'Disable account',
    summary:
      'Stop an account signing in; its key slot is destroyed. For cause, the database key is also changed, so a copy of their old key opens nothing current.',
    examples: { valid: [{ id: UUID }, { id: UUID, forCause: true }], invalid: [{ id: 42 }] },
  },
  resetPassphrase: {
    kind: 'write',
    input: resetPassphraseInput,
    output: accountSummarySchema,
    classes: CLASSES,
    access: ['administrator'],
    label: 'Reset passphrase',
    summary: 'Give an account a new temporary passphrase (re-enables a disabled account).',
    examples: {
      valid: [{ id: UUID, temporaryPassphrase: TEMPORARY }],
      invalid: [{ id: UUID, temporaryPassphrase: 'abc' }],
    },
  },
  remove: {
    kind: 'write',
    input: accountIdInput,
    output: z.object({ removed: z.literal(true) }),
    classes: CLASSES,
    access: ['administrator'],
    label: 'Remove account',
    summary: 'Remove an account and its key slot. Its audit history stays.',
    examples: { valid: [{ id: UUID }], invalid: [{}] },
  },
});
