import { z } from 'zod';
import { defineArea } from './define';
import { empty, enteredPassphrase, username } from './common';

export const BACKUPS_TO_KEEP_MIN = 2;
export const BACKUPS_TO_KEEP_MAX = 100;
export const DEFAULT_BACKUPS_TO_KEEP = 10;

export const backupsToKeepSchema = z
  .number({ message: 'Enter a number of backups.' })
  .int('Enter a whole number of backups.')
  .min(BACKUPS_TO_KEEP_MIN, `Keep at least ${BACKUPS_TO_KEEP_MIN} backups.`)
  .max(BACKUPS_TO_KEEP_MAX, `Keep at most ${BACKUPS_TO_KEEP_MAX} backups.`);

const backupId = z
  .string({ message: 'Choose a backup.' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/, 'Choose a backup from the list.');

/** One backup as listed: dates, size and verification only (nothing personal, safe while locked). */
export const backupInfoSchema = z.object({
  id: z.string(),
  /** When it was taken (ISO); null when its manifest is missing or unreadable. */
  createdAt: z.string().nullable(),
  sizeBytes: z.number(),
  /** Verified when written (opens, quick_check, audit chain) and unchanged in size since. */
  verified: z.boolean(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupListSchema = z.object({
  backups: z.array(backupInfoSchema),
  /** What the background worker is doing now. */
  activity: z.enum(['idle', 'backing-up', 'checking']),
  /** The outcome of the last backup attempted since Waymark started, if any. */
  lastResult: z.enum(['ok', 'failed']).nullable(),
  /** How many are kept; null while locked (the setting is inside the database). */
  keep: z.number().nullable(),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const setKeepInput = z.object({ backupsToKeep: backupsToKeepSchema }).strict();

/**
 * Restore needs an administrator of the BACKUP (as it was then): their passphrase of that time,
 * or the recovery key of that time together with their username.
 */
export const restoreInput = z.union([
  z.object({ backupId, username, passphrase: enteredPassphrase }).strict(),
  z
    .object({
      backupId,
      username,
      recoveryKey: z
        .string({ message: 'Enter the recovery key.' })
        .trim()
        .min(10, 'Enter the whole recovery key, including the dashes.')
        .max(80, 'That is longer than a recovery key.'),
    })
    .strict(),
]);

const BACKUP = '2026-01-01T00-00-00-000Z';

// Backups are `system` data (the class unclassed fields fall back to): administrators use them.
export const backupsChannels = defineArea('backups', {
  list: {
    kind: 'read',
    input: empty,
    output: backupListSchema,
    classes: ['system'],
    access: 'public',
    whileLocked: true,
    label: 'View backups',
    summary: 'The backups in the data folder: dates, sizes and whether each was verified.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  create: {
    kind: 'write',
    input: empty,
    output: z.object({ started: z.boolean() }),
    classes: ['system'],
    access: ['administrator'],
    label: 'Back up now',
    summary: 'Back up now, in the background.',
    examples: { valid: [{}], invalid: [{ now: true }] },
  },
  setKeep: {
    kind: 'write',
    input: setKeepInput,
    output: z.object({ backupsToKeep: z.number() }),
    classes: ['system'],
    access: ['administrator'],
    label: 'Change how many backups to keep',
    summary: 'How many backups to keep; older ones are removed.',
    examples: {
      valid: [{ backupsToKeep: 5 }],
      invalid: [{ backupsToKeep: 1 }, { backupsToKeep: 101 }, { backupsToKeep: 2.5 }, {}],
    },
  },
  restore: {
    kind: 'write',
    input: restoreInput,
    output: z.object({ restoredFrom: z.string(), createdAt: z.string() }),
    classes: ['system'],
    access: 'public',
    whileLocked: true,
    label: 'Restore a backup',
    summary:
      'Put a backup back in place of the live database (locks first). An administrator of the backup signs in afterwards.',
    examples: {
      valid: [{ backupId: BACKUP, username: 'alex.admin', passphrase: 'x' }],
      invalid: [
        { backupId: '../../etc', username: 'alex.admin', passphrase: 'x' },
        { backupId: BACKUP, username: 'alex.admin' },
        { backupId: BACKUP, username: 'a b', passphrase: 'x' },
        { backupId: BACKUP, username: 'alex.admin', recoveryKey: 'short' },
      ],
    },
  },
});
