import { z } from 'zod';
import { channel } from './define';
import type { Role } from '../roles';
import { checkPassphrase } from '../passphrase';
import { displayName, empty, id, passphrase, roles, username } from './common';

export interface AccountSummary {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  mustChangePassphrase: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

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

export const accountsChannels = {
  list: channel<typeof empty, AccountSummary[]>({
    name: 'accounts.list',
    kind: 'read',
    input: empty,
    classes: ['system'],
    access: ['administrator'],
    summary: 'All staff accounts with their roles and state.',
  }),
  create: channel<typeof createAccountInput, AccountSummary>({
    name: 'accounts.create',
    kind: 'write',
    input: createAccountInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Add a staff account with a temporary passphrase they must change at first sign-in.',
  }),
  setRoles: channel<typeof setRolesInput, AccountSummary>({
    name: 'accounts.setRoles',
    kind: 'write',
    input: setRolesInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Replace the roles an account holds.',
  }),
  rename: channel<typeof renameAccountInput, AccountSummary>({
    name: 'accounts.rename',
    kind: 'write',
    input: renameAccountInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Correct the name shown for an account (the username does not change).',
  }),
  disable: channel<typeof disableInput, AccountSummary>({
    name: 'accounts.disable',
    kind: 'write',
    input: disableInput,
    classes: ['system'],
    access: ['administrator'],
    summary:
      'Stop an account signing in; its key slot is destroyed. For cause, the database key is also changed, so a copy of their old key opens nothing current.',
  }),
  resetPassphrase: channel<typeof resetPassphraseInput, AccountSummary>({
    name: 'accounts.resetPassphrase',
    kind: 'write',
    input: resetPassphraseInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Give an account a new temporary passphrase (re-enables a disabled account).',
  }),
  remove: channel<typeof accountIdInput, { removed: true }>({
    name: 'accounts.remove',
    kind: 'write',
    input: accountIdInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Remove an account and its key slot. Its audit history stays.',
  }),
};
