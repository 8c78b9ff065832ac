import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { MenteeDuplicate, MenteeRow, menteeListInput } from '../../../shared/contract/mentees';
import { addMonths } from '../../../shared/mentors/dates';
import { nameKey, namesLookAlike } from '../../../shared/mentors/names';
import type { ScopeSubject } from '../policy/scope';
import { menteeScope } from './mentee.scope';
import { MENTEE_DAYS_SQL, MENTEE_NAME_SQL } from './mentee.queries';

/**
 * The caseload list and the duplicate check. The list filters in SQL by the caller's scope (so
 * totals are right) before the pipeline narrows each row to what the caller may see of it.
 */
type ListInput = z.output<typeof menteeListInput>;

const SORT_COLUMNS: Record<ListInput['sortBy'], string> = {
  name: 'm.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE',
  stageSince: 'm.stage_since',
  reference: 'm.reference',
};
/** Confirmed release if known, else expected. */
const RELEASE_SQL = 'coalesce(m.confirmed_release, m.expected_release)';

export async function listMentees(
  em: EntityManager,
  input: ListInput,
  subject: ScopeSubject,
  today: string,
): Promise<{ total: number; page: number; pageSize: number; items: MenteeRow[] }> {
  const visible = menteeScope.visibleSql!(subject, 'm');
  const where = [visible.sql];
  const params: unknown[] = [...visible.params];
  if (input.myCaseload) {
    where.push('m.caseworker_account_id = ?');
    params.push(subject.accountId);
  }
  if (input.establishmentId) {
    where.push('m.establishment_id = ?');
    params.push(input.establishmentId);
  }
  if (input.stages?.length) {
    where.push('m.stage IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(input.stages));
  }
  if (input.releaseWithinMonths !== undefined) {
    where.push(`${RELEASE_SQL} BETWEEN ? AND ?`);
    params.push(today, addMonths(today, input.releaseWithinMonths));
  }
  if (input.search) {
    // Escape LIKE's own wildcards so a typed % or _ matches itself; the name key has no accents.
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
  const dir = input.sortDir === 'desc' ? 'DESC' : 'ASC';
  const order = SORT_COLUMNS[input.sortBy]
    .split(', ')
    .map((c) => `${c} ${dir}`)
    .join(', ');
  const rows = (await em.query(
    `SELECT m.id, m.reference, ${MENTEE_NAME_SQL('m')} AS displayName, m.stage, m.stage_since AS stageSince,
            ${MENTEE_DAYS_SQL('m')} AS daysInStage, e.name AS establishmentName, a.display_name AS caseworkerName,
            m.caseworker_account_id IS ? AS mine, ${RELEASE_SQL} AS expectedRelease
       FROM mentee m
       LEFT JOIN establishment e ON e.id = m.establishment_id
       LEFT JOIN account a ON a.id = m.caseworker_account_id
       ${clause} ORDER BY ${order}, m.id LIMIT ? OFFSET ?`,
    [today, subject.accountId, ...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as (Omit<MenteeRow, 'mine'> & { mine: number })[];
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => ({ ...r, mine: !!r.mine })),
  };
}

/**
 * Mentees who may be the same person: the same prison number, or the same or a very similar name
 * (Jaro–Winkler on name keys, in memory) unless two known dates of birth differ.
 */
export async function possibleMenteeDuplicates(
  em: EntityManager,
  who: {
    firstName: string;
    lastName: string;
    dateOfBirth?: string | null;
    prisonNumber?: string | null;
    excludeId?: string;
  },
): Promise<MenteeDuplicate[]> {
  const key = nameKey(who.firstName, who.lastName);
  const rows = (await em.query(
    `SELECT m.id, m.reference, ${MENTEE_NAME_SQL('m')} AS displayName, m.stage, e.name AS establishmentName,
            m.name_key AS nameKey, m.date_of_birth AS dateOfBirth, m.prison_number AS prisonNumber
       FROM mentee m LEFT JOIN establishment e ON e.id = m.establishment_id
      WHERE m.id IS NOT ?`,
    [who.excludeId ?? null],
  )) as (Omit<MenteeDuplicate, 'sameDateOfBirth' | 'samePrisonNumber'> & {
    nameKey: string;
    dateOfBirth: string | null;
    prisonNumber: string | null;
  })[];
  return rows
    .map(({ nameKey: k, dateOfBirth, prisonNumber, ...r }) => ({
      ...r,
      k,
      sameDateOfBirth: !!who.dateOfBirth && dateOfBirth === who.dateOfBirth,
      samePrisonNumber: !!who.prisonNumber && prisonNumber === who.prisonNumber,
      differentBirth: !!who.dateOfBirth && !!dateOfBirth && dateOfBirth !== who.dateOfBirth,
    }))
    .filter((r) => r.samePrisonNumber || (!r.differentBirth && (r.k === key || namesLookAlike(r.k, key))))
    .map(({ k: _k, differentBirth: _d, ...r }) => r)
    .sort(
      (a, b) =>
        Number(b.samePrisonNumber) - Number(a.samePrisonNumber) ||
        Number(b.sameDateOfBirth) - Number(a.sameDateOfBirth),
    )
    .slice(0, 10);
}
