import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { PoolRow, poolInput } from '../../../shared/contract/matching';
import { addMonths } from '../../../shared/mentors/dates';
import { wholeMonthsBetween } from '../../../shared/matching/suggest';
import { roleWideView, type ScopeSubject } from '../policy/scope';
import { MENTEE_NAME_SQL } from '../mentees/mentee.queries';
import { declinesFor, OPEN_STAGES_SQL, RELEASE_SQL } from './matching.queries';

/**
 * The pool: ready mentees with no open match, soonest release first (unknown release last).
 * Co-ordinators and safeguarding leads see every one; a caseworker sees their own caseload only
 * (suggestions for someone else's mentee would be refused by the mentee scope anyway, so listing
 * them would only lead to a refusal). The pipeline then checks each row against the mentee scope.
 */
type PoolInput = z.output<typeof poolInput>;

/** Release sooner than the programme's months (or already past): the match would start late. */
export function releaseWarns(release: string | null, today: string, months: number): boolean {
  return !!release && release < addMonths(today, months);
}
export const monthsToRelease = (release: string | null, today: string): number | null =>
  release ? (release < today ? 0 : wholeMonthsBetween(today, release)) : null;

export async function matchingPool(
  em: EntityManager,
  input: PoolInput,
  subject: ScopeSubject,
  today: string,
  monthsBeforeRelease: number,
): Promise<{ total: number; page: number; pageSize: number; items: PoolRow[] }> {
  const fullView = roleWideView(subject, { coordinator: 'full', safeguarding_lead: 'full' }) === 'full';
  const where = [
    `m.stage = 'ready'`,
    `NOT EXISTS (SELECT 1 FROM match x WHERE x.mentee_id = m.id AND x.stage IN ${OPEN_STAGES_SQL})`,
  ];
  const params: unknown[] = [];
  if (!fullView) {
    where.push('m.caseworker_account_id = ?');
    params.push(subject.accountId);
  }
  if (input.search) {
    const term = `%${input.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      "(m.name_key LIKE ? ESCAPE '\\' OR lower(m.preferred_name) LIKE ? ESCAPE '\\' OR lower(m.reference) LIKE ? ESCAPE '\\')",
    );
    params.push(term, term, term);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const [{ total }] = (await em.query(`SELECT count(*) AS total FROM mentee m ${clause}`, params)) as [
    { total: number },
  ];
  const rows = (await em.query(
    `SELECT m.id, m.reference, ${MENTEE_NAME_SQL('m')} AS displayName, e.name AS establishmentName,
            ${RELEASE_SQL('m')} AS releaseDate, m.stage_since AS stageSince
       FROM mentee m LEFT JOIN establishment e ON e.id = m.establishment_id
       ${clause}
      ORDER BY ${RELEASE_SQL('m')} IS NULL, ${RELEASE_SQL('m')}, m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id
      LIMIT ? OFFSET ?`,
    [...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as {
    id: string;
    reference: string;
    displayName: string;
    establishmentName: string | null;
    releaseDate: string | null;
    stageSince: string;
  }[];
  const declines = await declinesFor(
    em,
    rows.map((r) => r.id),
  );
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => ({
      ...r,
      monthsToRelease: monthsToRelease(r.releaseDate, today),
      releaseWarning: releaseWarns(r.releaseDate, today, monthsBeforeRelease),
      declines: declines.get(r.id) ?? [],
    })),
  };
}
