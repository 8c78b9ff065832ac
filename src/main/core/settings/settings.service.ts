import type { EntityManager } from 'typeorm';
import { writeSettingValue } from '../db/setting-rows';
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
  await writeSettingValue(em, key, value, accountId, now);
}
