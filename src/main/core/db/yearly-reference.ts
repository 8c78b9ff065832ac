import type { EntityManager } from 'typeorm';

/** Which records carry a programme reference, and the letter it starts with. */
const PREFIX = {
  mentee: 'M',
  match: 'X',
  complaint: 'C',
  safeguarding_concern: 'S',
  expense_claim: 'E',
} as const;

/**
 * The next programme reference for the year, e.g. M-2026-0042 or X-2026-0007: counting on from the
 * highest issued (numerically, so the 10,000th of a year still follows the 9,999th).
 */
export async function nextYearlyReference(
  em: EntityManager,
  table: keyof typeof PREFIX,
  year: string,
): Promise<string> {
  const prefix = `${PREFIX[table]}-${year}-`;
  const [row] = (await em.query(
    `SELECT coalesce(max(CAST(substr(reference, ${prefix.length + 1}) AS INTEGER)), 0) AS n FROM ${table} WHERE reference LIKE ?`,
    [`${prefix}%`],
  )) as { n: number }[];
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}
