import type { EntityManager } from 'typeorm';

/**
 * The `setting` table's rows by key, as JSON values. One place for the SQL, shared by the settings
 * area, the backups area (how many to keep) and the vault (the recovery-key notice), which sits
 * below the areas and so cannot use the settings area's service.
 */
export async function readSettingValue(em: EntityManager, key: string): Promise<unknown> {
  const [row] = (await em.query('SELECT value FROM setting WHERE key = ?', [key])) as { value: string }[];
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

/** One upsert (TypeORM's save would read the row first, then write it). */
export async function writeSettingValue(
  em: EntityManager,
  key: string,
  value: unknown,
  accountId: string | null,
  now: Date,
): Promise<void> {
  await em.query(
    `INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [key, JSON.stringify(value), now.toISOString(), accountId],
  );
}

/** True when there was a row to remove. */
export async function deleteSetting(em: EntityManager, key: string): Promise<boolean> {
  const gone = (await em.query('DELETE FROM setting WHERE key = ? RETURNING key', [key])) as unknown[];
  return gone.length > 0;
}
