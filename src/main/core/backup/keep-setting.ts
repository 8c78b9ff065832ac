import type { EntityManager } from 'typeorm';
import { readSettingValue, writeSettingValue } from '../db/setting-rows';
import { backupsToKeepSchema, DEFAULT_BACKUPS_TO_KEEP } from '../../../shared/contract/backups';

/**
 * How many backups to keep, stored as the `backupsToKeep` setting row. Read and written here
 * rather than through settings.service so the backups area owns its one setting.
 */
export async function readBackupsToKeep(em: EntityManager): Promise<number> {
  const parsed = backupsToKeepSchema.safeParse(await readSettingValue(em, 'backupsToKeep'));
  return parsed.success ? parsed.data : DEFAULT_BACKUPS_TO_KEEP;
}

export async function writeBackupsToKeep(
  em: EntityManager,
  value: number,
  accountId: string | null,
  now: Date,
): Promise<void> {
  await writeSettingValue(em, 'backupsToKeep', value, accountId, now);
}
