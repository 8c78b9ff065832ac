import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { BackupManifest } from './backup-protocol';

/**
 * The layout of `backups/`: one folder per backup, named by its start time, holding
 * `waymark.db` (encrypted, same key), `vault.json` (the key slots of the same moment) and
 * `manifest.json` (dates, sizes, verification; nothing personal). A folder still being written
 * ends in `.partial` and is never listed or restored. Files from before-migration copies sit
 * beside the folders and are left alone.
 */
export const PARTIAL_SUFFIX = '.partial';
export const BACKUP_DB = 'waymark.db';
export const BACKUP_VAULT = 'vault.json';
export const BACKUP_MANIFEST = 'manifest.json';

const ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;
export const backupIdSchema = z.string().regex(ID_PATTERN, 'That backup reference is not valid.');

/** A folder name from a time: 2026-11-23T14-05-09-123Z (sorts by time, safe on Windows). */
export const backupIdFor = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

const manifestSchema = z.object({
  format: z.literal('waymark-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  auditSeq: z.number().int().nonnegative(),
  auditHead: z.string().nullable(),
  sizeBytes: z.number().int().nonnegative(),
  quickCheck: z.literal('ok'),
  chain: z.literal('ok'),
});

export interface ListedBackup {
  id: string;
  /** Null when the manifest is missing or unreadable: the backup is not offered for restore. */
  manifest: BackupManifest | null;
  /** The database file's size now (differs from the manifest's when it has been altered). */
  sizeBytes: number;
}

export function readManifest(folder: string): BackupManifest | null {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(join(folder, BACKUP_MANIFEST), 'utf8')));
  } catch {
    return null;
  }
}

/** Every finished backup folder, newest first. Reads manifests and sizes only: no key needed. */
export function listBackups(backupsDir: string): ListedBackup[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((name) => ID_PATTERN.test(name))
    .sort()
    .reverse()
    .map((id) => {
      const folder = join(backupsDir, id);
      let sizeBytes = 0;
      try {
        sizeBytes = statSync(join(folder, BACKUP_DB)).size;
      } catch {
        // A folder without its database stays listed, as not verified, so IT can see it.
      }
      return { id, manifest: readManifest(folder), sizeBytes };
    });
}

/** Keep the newest `keep` verified backups; remove older ones and any left-over partial folders. */
export function pruneBackups(backupsDir: string, keep: number, inProgress?: string): string[] {
  const removed: string[] = [];
  const verified = listBackups(backupsDir).filter((b) => b.manifest);
  for (const b of verified.slice(keep)) {
    rmSync(join(backupsDir, b.id), { recursive: true, force: true });
    removed.push(b.id);
  }
  removePartials(backupsDir, inProgress);
  return removed;
}

/** Remove folders a stopped backup left behind (lock, crash), except one being written now. */
export function removePartials(backupsDir: string, except?: string): void {
  if (!existsSync(backupsDir)) return;
  for (const name of readdirSync(backupsDir)) {
    if (name.endsWith(PARTIAL_SUFFIX) && name !== except)
      rmSync(join(backupsDir, name), { recursive: true, force: true });
  }
}
