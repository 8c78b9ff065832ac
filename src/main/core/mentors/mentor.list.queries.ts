import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { BoardCard, MentorRow, mentorListInput } from '../../../shared/contract/mentors';
import { CLOSED_STAGES, MENTOR_STAGES, type MentorStage } from '../../../shared/mentors/pipeline';
import type { ScopeSubject } from '../policy/scope';
import { mentorScope } from './mentor.scope';
import { DAYS_IN_STAGE_SQL, DISPLAY_NAME_SQL } from './mentor.queries';

/**
 * The mentors list and the pipeline board. Both filter in SQL by the caller's scope (so totals and
 * counts are right for a lead mentor) before the pipeline drops or narrows rows again.
 */
type ListInput = z.output<typeof mentorListInput>;

/** Stages in pipeline order, for sorting by stage. */
const STAGE_ORDER = `CASE m.stage ${MENTOR_STAGES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const SORT_COLUMNS: Record<ListInput['sortBy'], string> = {
  name: 'm.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE',
  stage: STAGE_ORDER,
  stageSince: 'm.stage_since',
  enquiryDate: 'm.enquiry_date',
};

export async function listMentors(
  em: EntityManager,
  input: ListInput,
  subject: ScopeSubject,
  today: string,
  /** Only these mentors (the "missing before ready" filter), or null for no such limit. */
  onlyIds: readonly string[] | null,
  unmetCount: (id: string) => number | null,
): Promise<{ total: number; page: number; pageSize: number; items: MentorRow[] }> {
  const visible = mentorScope.visibleSql!(subject, 'm');
  const where = [visible.sql];
  const params: unknown[] = [...visible.params];
  const filters: [string, unknown][] = [
    ['m.cluster_id = ?', input.clusterId],
    ['m.heard_via = ?', input.heardVia],
  ];
  for (const [sql, value] of filters) {
    if (value === undefined) continue;
    where.push(sql);
    params.push(value);
  }
  if (input.stages?.length) {
    where.push('m.stage IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(input.stages));
  }
  if (input.leadMentorsOnly) where.push('m.is_lead_mentor = 1');
  if (onlyIds) {
    // Still on the way to ready: not those who have left or were not selected.
    where.push(`m.stage NOT IN (${CLOSED_STAGES.map((s) => `'${s}'`).join(', ')})`);
    where.push('m.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(onlyIds));
  }
  if (input.search) {
    // Escape LIKE's own wildcards so a typed % or _ matches itself; the name key has no accents.
    const term = `%${input.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push("(m.name_key LIKE ? ESCAPE '\\' OR lower(m.preferred_name) LIKE ? ESCAPE '\\')");
    params.push(term, term);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const from = 'FROM mentor m LEFT JOIN cluster c ON c.id = m.cluster_id';
  const [{ total }] = (await em.query(`SELECT count(*) AS total ${from} ${clause}`, params)) as [
    { total: number },
  ];
  const dir = input.sortDir === 'desc' ? 'DESC' : 'ASC';
  const order = SORT_COLUMNS[input.sortBy]
    .split(', ')
    .map((c) => `${c} ${dir}`)
    .join(', ');
  const rows = (await em.query(
    `SELECT m.id, ${DISPLAY_NAME_SQL('m')} AS displayName, m.first_name AS firstName, m.last_name AS lastName,
            m.stage, m.stage_since AS stageSince, ${DAYS_IN_STAGE_SQL('m')} AS daysInStage,
            c.name AS clusterName, m.is_lead_mentor AS isLeadMentor, m.heard_via AS heardVia
       ${from} ${clause} ORDER BY ${order}, m.last_name COLLATE NOCASE, m.id LIMIT ? OFFSET ?`,
    [today, ...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as (Omit<MentorRow, 'isLeadMentor' | 'unmetCount'> & { isLeadMentor: number })[];
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => ({ ...r, isLeadMentor: !!r.isLeadMentor, unmetCount: unmetCount(r.id) })),
  };
}

/**
 * The board: a count per stage and the `perStage` mentors longest in each, in two queries (a
 * window function picks each stage's oldest). Indexed on (stage, stage_since).
 */
export async function pipelineBoard(
  em: EntityManager,
  input: { perStage: number; clusterId?: string },
  subject: ScopeSubject,
  today: string,
): Promise<{ columns: { stage: MentorStage; count: number }[]; cards: BoardCard[] }> {
  const visible = mentorScope.visibleSql!(subject, 'm');
  const where = [visible.sql];
  const params: unknown[] = [...visible.params];
  if (input.clusterId) {
    where.push('m.cluster_id = ?');
    params.push(input.clusterId);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const counts = (await em.query(
    `SELECT m.stage, count(*) AS count FROM mentor m ${clause} GROUP BY m.stage`,
    params,
  )) as { stage: MentorStage; count: number }[];
  const byStage = new Map(counts.map((c) => [c.stage, c.count]));
  const cards = (await em.query(
    `SELECT b.id, b.stage, b.displayName, ${DAYS_IN_STAGE_SQL('b')} AS daysInStage, c.name AS clusterName
       FROM (SELECT m.id, m.stage, m.stage_since, m.cluster_id, ${DISPLAY_NAME_SQL('m')} AS displayName,
                    row_number() OVER (PARTITION BY m.stage ORDER BY m.stage_since, m.last_name, m.id) AS n
               FROM mentor m ${clause}) b
       LEFT JOIN cluster c ON c.id = b.cluster_id
      WHERE b.n <= ?
      ORDER BY b.stage, b.n`,
    [today, ...params, input.perStage],
  )) as BoardCard[];
  return { columns: MENTOR_STAGES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })), cards };
}
