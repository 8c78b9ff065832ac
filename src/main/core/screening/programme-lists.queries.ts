import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CoreError } from '../../../shared/errors';
import type { InterviewQuestion, PersonSpecCriterion } from '../../../shared/contract/screening';
import type { PersonSpecKind } from '../../../shared/mentors/screening';

/**
 * The programme's own lists for selection (standard 8): the person specification (qualities
 * sought, reasons to screen out) and the standard interview questions. Both are short ordered
 * lists; archived items stay so old interviews and notes still make sense.
 */
type Row = { id: string; text: string; sortOrder: number; archived: number };

export async function listPersonSpec(
  em: EntityManager,
  includeArchived: boolean,
): Promise<PersonSpecCriterion[]> {
  const rows = (await em.query(
    `SELECT id, kind, text, sort_order AS sortOrder, archived FROM person_spec_criterion
      ${includeArchived ? '' : 'WHERE archived = 0'}
      ORDER BY kind = 'screen_out', sort_order, text`,
  )) as (Row & { kind: PersonSpecKind })[];
  return rows.map((r) => ({ ...r, archived: !!r.archived }));
}

export async function listInterviewQuestions(
  em: EntityManager,
  includeArchived: boolean,
): Promise<InterviewQuestion[]> {
  const rows = (await em.query(
    `SELECT id, text, sort_order AS sortOrder, archived FROM interview_question
      ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY sort_order, text`,
  )) as Row[];
  return rows.map((r) => ({ ...r, archived: !!r.archived }));
}

interface ListItemInput {
  id?: string;
  text: string;
  archived: boolean;
  move?: 'up' | 'down';
}

/**
 * Add or change one item of an ordered list, and move it one place up or down among the items of
 * the same group (`group` is an SQL condition) by swapping sort orders, in the call's transaction.
 */
async function saveOrdered(
  em: EntityManager,
  table: 'person_spec_criterion' | 'interview_question',
  group: { sql: string; params: unknown[] },
  extra: { columns: string[]; values: unknown[] },
  input: ListItemInput,
  what: string,
): Promise<void> {
  const clash = (await em.query(
    `SELECT 1 FROM ${table} WHERE ${group.sql} AND lower(text) = lower(?) AND id IS NOT ?`,
    [...group.params, input.text, input.id ?? null],
  )) as unknown[];
  if (clash.length) {
    const message = `That ${what} is already on the list.`;
    throw new CoreError('CONFLICT', message, { fieldErrors: { text: message } });
  }
  let id = input.id;
  if (id) {
    const done = (await em.query(
      `UPDATE ${table} SET text = ?, archived = ?${extra.columns.map((c) => `, ${c} = ?`).join('')}
        WHERE id = ? RETURNING id`,
      [input.text, input.archived ? 1 : 0, ...extra.values, id],
    )) as unknown[];
    if (!done.length) throw new CoreError('NOT_FOUND', `That ${what} no longer exists.`);
  } else {
    id = randomUUID();
    const [{ next }] = (await em.query(
      `SELECT coalesce(max(sort_order), -1) + 1 AS next FROM ${table} WHERE ${group.sql}`,
      group.params,
    )) as [{ next: number }];
    await em.query(
      `INSERT INTO ${table} (id, text, archived, sort_order${extra.columns.map((c) => `, ${c}`).join('')})
       VALUES (?, ?, ?, ?${extra.columns.map(() => ', ?').join('')})`,
      [id, input.text, input.archived ? 1 : 0, next, ...extra.values],
    );
  }
  if (!input.move) return;
  const [self] = (await em.query(`SELECT sort_order AS sortOrder FROM ${table} WHERE id = ?`, [id])) as {
    sortOrder: number;
  }[];
  const up = input.move === 'up';
  const [neighbour] = (await em.query(
    `SELECT id, sort_order AS sortOrder FROM ${table}
      WHERE ${group.sql} AND archived = 0 AND sort_order ${up ? '<' : '>'} ?
      ORDER BY sort_order ${up ? 'DESC' : 'ASC'} LIMIT 1`,
    [...group.params, self!.sortOrder],
  )) as { id: string; sortOrder: number }[];
  if (!neighbour) return; // Already first (or last): nothing to swap with.
  await em.query(`UPDATE ${table} SET sort_order = ? WHERE id = ?`, [neighbour.sortOrder, id]);
  await em.query(`UPDATE ${table} SET sort_order = ? WHERE id = ?`, [self!.sortOrder, neighbour.id]);
}

export async function savePersonSpecCriterion(
  em: EntityManager,
  input: ListItemInput & { kind: PersonSpecKind },
): Promise<PersonSpecCriterion[]> {
  await saveOrdered(
    em,
    'person_spec_criterion',
    { sql: 'kind = ?', params: [input.kind] },
    { columns: ['kind'], values: [input.kind] },
    input,
    'criterion',
  );
  return listPersonSpec(em, true);
}

export async function saveInterviewQuestion(
  em: EntityManager,
  input: ListItemInput,
): Promise<InterviewQuestion[]> {
  await saveOrdered(
    em,
    'interview_question',
    { sql: '1 = 1', params: [] },
    { columns: [], values: [] },
    input,
    'question',
  );
  return listInterviewQuestions(em, true);
}
