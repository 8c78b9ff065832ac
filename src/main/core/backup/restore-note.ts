import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../vault/atomic-file';

/**
 * `restored.json`: a restore happens while locked, when there is no key to write an audit row.
 * The note waits in the data folder until the next successful sign-in turns it into the first
 * audit row after the backup's head (`backups.restore`), and is then removed.
 */
const noteSchema = z.object({ at: z.string(), backupId: z.string(), username: z.string() });
export type RestoreNote = z.infer<typeof noteSchema>;

const notePath = (dataDir: string) => join(dataDir, 'restored.json');

export function writeRestoreNote(dataDir: string, note: RestoreNote): void {
  writeFileAtomic(notePath(dataDir), `${JSON.stringify(note)}\n`);
}

export function readRestoreNote(dataDir: string): RestoreNote | null {
  if (!existsSync(notePath(dataDir))) return null;
  try {
    return noteSchema.parse(JSON.parse(readFileSync(notePath(dataDir), 'utf8')));
  } catch {
    return { at: new Date().toISOString(), backupId: 'unknown', username: 'unknown' };
  }
}

export function clearRestoreNote(dataDir: string): void {
  rmSync(notePath(dataDir), { force: true });
}

/** The audit entry the sign-in writes first: short and non-personal (a backup id and a username). */
export function restoreAuditEntry(note: RestoreNote | null) {
  return note
    ? [
        {
          at: note.at,
          action: 'backups.restore',
          detail: `backup ${note.backupId}`,
          actor: note.username,
          outcome: 'ok' as const,
        },
      ]
    : [];
}
