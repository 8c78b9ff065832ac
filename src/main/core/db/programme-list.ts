import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CoreError } from '../../../shared/errors';

/**
 * A programme's own short, ordered, archivable list of wordings (recruitment sources, referral
 * criteria, places to meet): the same table shape (id, wording, sort_order, archived) and the same rules: wordings
 * are unique ignoring case, a new entry goes last, an archived one stays on the records that used it.
 */
export interface ProgrammeList {
  table: 'recruitment_source' | 'referral_criterion' | 'meeting_place';
  /** The wording's column (and property): `name` or `text`. */
  column: 'name' | 'text';
  /** How messages name one entry: "source", "criterion". */
  noun: string;
}

export type ProgrammeListItem<F extends string> = {
  id: string;
  sortOrder: number;
  archived: boolean;
} & Record<F, string>;
type Row = { id: string; sortOrder: number; archived: number } & Record<string, unknown>;

const select = (l: ProgrammeList) =>
  `SELECT id, ${l.column}, sort_order AS sortOrder, archived FROM ${l.table}`;
const toItem = <F extends string>(r: Row) =>
  ({ ...r, archived: !!r.archived }) as unknown as ProgrammeListItem<F>;

export async function listProgrammeItems<F extends ProgrammeList['column']>(
  em: EntityManager,
  l: ProgrammeList & { column: F },
  includeArchived: boolean,
): Promise<ProgrammeListItem<F>[]> {
  const rows = (await em.query(
    `${select(l)} ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY sort_order, ${l.column} COLLATE NOCASE`,
  )) as Row[];
  return rows.map((r) => toItem<F>(r));
}

export async function saveProgrammeItem<F extends ProgrammeList['column']>(
  em: EntityManager,
  l: ProgrammeList & { column: F },
  input: { id?: string; sortOrder?: number; archived: boolean } & Record<F, string>,
): Promise<ProgrammeListItem<F>> {
  const wording = input[l.column];
  const [clash] = (await em.query(
    `SELECT 1 FROM ${l.table} WHERE lower(${l.column}) = lower(?) AND id IS NOT ?`,
    [wording, input.id ?? null],
  )) as unknown[];
  if (clash) throw new CoreError('CONFLICT', `That ${l.noun} is already on the list.`);
  let id = input.id;
  if (id) {
    const [row] = (await em.query(`SELECT sort_order AS sortOrder FROM ${l.table} WHERE id = ?`, [id])) as {
      sortOrder: number;
    }[];
    if (!row) throw new CoreError('NOT_FOUND', `That ${l.noun} is no longer on the list.`);
    await em.query(`UPDATE ${l.table} SET ${l.column} = ?, sort_order = ?, archived = ? WHERE id = ?`, [
      wording,
      input.sortOrder ?? row.sortOrder,
      input.archived ? 1 : 0,
      id,
    ]);
  } else {
    id = randomUUID();
    const [{ next }] = (await em.query(
      `SELECT coalesce(max(sort_order), -1) + 1 AS next FROM ${l.table}`,
    )) as [{ next: number }];
    await em.query(`INSERT INTO ${l.table} (id, ${l.column}, sort_order, archived) VALUES (?, ?, ?, ?)`, [
      id,
      wording,
      input.sortOrder ?? next,
      input.archived ? 1 : 0,
    ]);
  }
  const [saved] = (await em.query(`${select(l)} WHERE id = ?`, [id])) as Row[];
  return toItem<F>(saved!);
}
