import { z } from 'zod';
import { channel } from './define';
import { checkPassphrase } from '../passphrase';
import type { Role } from '../roles';
import { displayName, empty, enteredPassphrase, organisationName, passphrase, username } from './common';

export interface SessionInfo {
  accountId: string;
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassphrase: boolean;
  /** In `vault.status` only, and only for administrators: a recovery key still to be dealt with. */
  recoveryKeyNotice?: RecoveryKeyNotice | null;
}

/**
 * `unconfirmed`: a key was issued (at set-up or by an administrator) and nobody has yet confirmed
 * storing it. The key itself is held in the core's memory only, never on disk, so after a restart
 * `recoveryKey` is null and the administrator is asked to issue a new one.
 * `used`: someone signed in with the recovery key; it should be replaced.
 */
export interface RecoveryKeyNotice {
  reason: 'unconfirmed' | 'used';
  recoveryKey: string | null;
}

export interface VaultStatus {
  state: 'uninitialised' | 'locked' | 'unlocked';
  organisationName: string | null;
  /** Seconds until another unlock attempt is allowed (0 when not throttled). */
  retryAfterSeconds: number;
  session: SessionInfo | null;
  idleLockMinutes: number | null;
  /** The background quick_check of the live database after sign-in (null while locked). */
  integrity?: 'checking' | 'ok' | 'damaged' | null;
}

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

export const vaultChannels = {
  status: channel<typeof empty, VaultStatus>({
    name: 'vault.status',
    kind: 'read',
    input: empty,
    classes: [],
    access: 'public',
    whileLocked: true,
    duringPassphraseChange: true,
    summary: 'Whether the vault is set up, locked or unlocked, and who is signed in.',
  }),
  setup: channel<typeof setupInput, { recoveryKey: string; session: SessionInfo }>({
    name: 'vault.setup',
    kind: 'write',
    input: setupInput,
    classes: ['system'],
    access: 'public',
    whileLocked: true,
    summary:
      'First run: create the vault, the database and the first account; returns the recovery key once.',
  }),
  unlock: channel<typeof unlockInput, SessionInfo>({
    name: 'vault.unlock',
    kind: 'write',
    input: unlockInput,
    classes: ['system'],
    access: 'public',
    whileLocked: true,
    summary: 'Sign in with username and passphrase.',
  }),
  recover: channel<typeof recoverInput, SessionInfo>({
    name: 'vault.recover',
    kind: 'write',
    input: recoverInput,
    classes: ['system'],
    access: 'public',
    whileLocked: true,
    summary: 'Sign in an administrator with the recovery key and set them a new passphrase.',
  }),
  lock: channel<typeof lockInput, { locked: true }>({
    name: 'vault.lock',
    kind: 'write',
    input: lockInput,
    classes: [],
    access: 'signed-in',
    duringPassphraseChange: true,
    summary: 'Lock now: close the database and forget the key.',
  }),
  changePassphrase: channel<typeof changePassphraseInput, SessionInfo>({
    name: 'vault.changePassphrase',
    kind: 'write',
    input: changePassphraseInput,
    classes: ['system'],
    access: 'signed-in',
    duringPassphraseChange: true,
    summary: 'Change your own passphrase. The database file is not rewritten.',
  }),
  newRecoveryKey: channel<typeof newRecoveryKeyInput, { recoveryKey: string }>({
    name: 'vault.newRecoveryKey',
    kind: 'write',
    input: newRecoveryKeyInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Issue a new recovery key (the old one stops working). Needs your current passphrase.',
  }),
  activity: channel<typeof empty, { ok: true }>({
    name: 'vault.activity',
    kind: 'read',
    input: empty,
    classes: [],
    access: 'signed-in',
    duringPassphraseChange: true,
    summary:
      'Someone is using the app (typing, clicking, scrolling): keeps the core from locking itself as idle. Status polling does not count.',
  }),
  acknowledgeRecoveryKey: channel<typeof acknowledgeRecoveryKeyInput, { cleared: boolean }>({
    name: 'vault.acknowledgeRecoveryKey',
    kind: 'write',
    input: acknowledgeRecoveryKeyInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Confirm the recovery key notice has been dealt with (key stored, or the used key kept).',
  }),
};
