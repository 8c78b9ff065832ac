import type { EntityManager } from 'typeorm';
import {
  DEFAULT_IDLE_LOCK_MINUTES,
  DEFAULT_THRESHOLDS,
  thresholdsSchema,
  type Settings,
  type Thresholds,
} from '../../../shared/settings';

/** Settings live as JSON values by key; missing keys fall back to the manual's defaults. */
export async function readSettings(em: EntityManager): Promise<Settings> {
  const rows = (await em.query('SELECT key, value FROM setting')) as { key: string; value: string }[];
  const byKey = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const idle = byKey.get('idleLockMinutes');
  const stored = thresholdsSchema.safeParse({
    ...DEFAULT_THRESHOLDS,
    ...(byKey.get('thresholds') as object | undefined),
  });
  return {
    idleLockMinutes: typeof idle === 'number' ? idle : DEFAULT_IDLE_LOCK_MINUTES,
    thresholds: stored.success ? stored.data : DEFAULT_THRESHOLDS,
  };
}

export async function writeSetting(
  em: EntityManager,
  key: 'idleLockMinutes' | 'thresholds',
  value: number | Thresholds,
  accountId: string | null,
  now: Date,
): Promise<void> {
  // One upsert (TypeORM's save reads the row first, then writes it).
  await em.query(
    `INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [key, JSON.stringify(value), now.toISOString(), accountId],
  );
}
