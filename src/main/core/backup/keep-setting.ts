import type { EntityManager } from 'typeorm';
import { backupsToKeepSchema, DEFAULT_BACKUPS_TO_KEEP } from '../../../shared/contract/backups';

/**
 * How many backups to keep, stored as the `backupsToKeep` setting row. Read and written here
 * rather than through settings.service so the backups area owns its one setting.
 */
export async function readBackupsToKeep(em: EntityManager): Promise<number> {
  const [row] = (await em.query("SELECT value FROM setting WHERE key = 'backupsToKeep'")) as {
    value: string;
  }[];
  const parsed = backupsToKeepSchema.safeParse(row ? JSON.parse(row.value) : undefined);
  return parsed.success ? parsed.data : DEFAULT_BACKUPS_TO_KEEP;
}

export async function writeBackupsToKeep(
  em: EntityManager,
  value: number,
  accountId: string | null,
  now: Date,
): Promise<void> {
  await em.query(
    `INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ['backupsToKeep', JSON.stringify(value), now.toISOString(), accountId],
  );
}
