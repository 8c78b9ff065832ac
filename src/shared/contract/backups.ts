import { z } from 'zod';
import { channel } from './define';
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
export interface BackupInfo {
  id: string;
  /** When it was taken (ISO); null when its manifest is missing or unreadable. */
  createdAt: string | null;
  sizeBytes: number;
  /** Verified when written (opens, quick_check, audit chain) and unchanged in size since. */
  verified: boolean;
}

export interface BackupList {
  backups: BackupInfo[];
  /** What the background worker is doing now. */
  activity: 'idle' | 'backing-up' | 'checking';
  /** The outcome of the last backup attempted since Waymark started, if any. */
  lastResult: 'ok' | 'failed' | null;
  /** How many are kept; null while locked (the setting is inside the database). */
  keep: number | null;
}

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

export const backupsChannels = {
  list: channel<typeof empty, BackupList>({
    name: 'backups.list',
    kind: 'read',
    input: empty,
    classes: [],
    access: 'public',
    whileLocked: true,
    summary: 'The backups in the data folder: dates, sizes and whether each was verified.',
  }),
  create: channel<typeof empty, { started: boolean }>({
    name: 'backups.create',
    kind: 'write',
    input: empty,
    classes: ['system'],
    access: ['administrator'],
    summary: 'Back up now, in the background.',
  }),
  setKeep: channel<typeof setKeepInput, { backupsToKeep: number }>({
    name: 'backups.setKeep',
    kind: 'write',
    input: setKeepInput,
    classes: ['system'],
    access: ['administrator'],
    summary: 'How many backups to keep; older ones are removed.',
  }),
  restore: channel<typeof restoreInput, { restoredFrom: string; createdAt: string }>({
    name: 'backups.restore',
    kind: 'write',
    input: restoreInput,
    classes: ['system'],
    access: 'public',
    whileLocked: true,
    summary:
      'Put a backup back in place of the live database (locks first). An administrator of the backup signs in afterwards.',
  }),
};
