import type { EntityManager } from 'typeorm';
import { SettingEntity } from '../db/entities';
import { backupsToKeepSchema, DEFAULT_BACKUPS_TO_KEEP } from '../../../shared/contract/backups';

/**
 * How many backups to keep, stored as the `backupsToKeep` setting row. Read and written here
 * rather than through settings.service so the backups area owns its one setting.
 */
export async function readBackupsToKeep(em: EntityManager): Promise<number> {
  const row = await em.getRepository(SettingEntity).findOne({ where: { key: 'backupsToKeep' } });
  const parsed = backupsToKeepSchema.safeParse(row ? JSON.parse(row.value) : undefined);
  return parsed.success ? parsed.data : DEFAULT_BACKUPS_TO_KEEP;
}

export async function writeBackupsToKeep(
  em: EntityManager,
  value: number,
  accountId: string | null,
  now: Date,
): Promise<void> {
  await em.getRepository(SettingEntity).save({
    key: 'backupsToKeep',
    value: JSON.stringify(value),
    updatedAt: now.toISOString(),
    updatedBy: accountId,
  });
}
