import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RecruitmentSource } from '../../../shared/contract/mentors';
import { CoreError } from '../../../shared/errors';
import { assertMentorExists } from './mentor.queries';

/** Lead mentors (a cluster and a staff account) and the programme's list of recruitment sources. */

export async function setLeadMentor(
  em: EntityManager,
  input: { id: string; isLeadMentor: boolean; clusterId: string | null; accountId: string | null },
  now: Date,
): Promise<void> {
  await assertMentorExists(em, input.id);
  if (input.clusterId) {
    const found = (await em.query('SELECT 1 FROM cluster WHERE id = ?', [input.clusterId])) as unknown[];
    if (!found.length)
      throw new CoreError('VALIDATION', 'Choose a cluster from the list.', {
        fieldErrors: { clusterId: 'Choose a cluster from the list.' },
      });
  }
  if (input.accountId) {
    const [account] = (await em.query('SELECT roles FROM account WHERE id = ? AND disabled = 0', [
      input.accountId,
    ])) as { roles: string }[];
    if (!account || !(JSON.parse(account.roles) as string[]).includes('lead_mentor'))
      throw new CoreError('VALIDATION', 'Choose an account that has the lead mentor role.', {
        fieldErrors: { accountId: 'Choose an account that has the lead mentor role.' },
      });
    const [taken] = (await em.query('SELECT 1 FROM mentor WHERE account_id = ? AND id <> ?', [
      input.accountId,
      input.id,
    ])) as unknown[];
    if (taken) throw new CoreError('CONFLICT', 'That account is already linked to another mentor.');
  }
  // The whole state: a mentor may belong to a cluster without leading it; null takes them out.
  await em.query(
    `UPDATE mentor SET is_lead_mentor = ?, cluster_id = ?, account_id = ?, updated_at = ?
      WHERE id = ?`,
    [
      input.isLeadMentor ? 1 : 0,
      input.clusterId,
      input.isLeadMentor ? input.accountId : null,
      now.toISOString(),
      input.id,
    ],
  );
}

export async function leadMentorAccounts(em: EntityManager): Promise<{ id: string; displayName: string }[]> {
  return (await em.query(
    `SELECT a.id, a.display_name AS displayName FROM account a
      WHERE a.disabled = 0 AND EXISTS (SELECT 1 FROM json_each(a.roles) r WHERE r.value = 'lead_mentor')
      ORDER BY a.display_name COLLATE NOCASE`,
  )) as { id: string; displayName: string }[];
}

type SourceRow = Omit<RecruitmentSource, 'archived'> & { archived: number };
const SOURCE_SQL = 'SELECT id, name, sort_order AS sortOrder, archived FROM recruitment_source';
const toSource = (r: SourceRow): RecruitmentSource => ({ ...r, archived: !!r.archived });

export async function recruitmentSources(
  em: EntityManager,
  includeArchived: boolean,
): Promise<RecruitmentSource[]> {
  const rows = (await em.query(
    `${SOURCE_SQL} ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY sort_order, name COLLATE NOCASE`,
  )) as SourceRow[];
  return rows.map(toSource);
}

export async function saveRecruitmentSource(
  em: EntityManager,
  input: { id?: string; name: string; sortOrder?: number; archived: boolean },
): Promise<RecruitmentSource> {
  const [clash] = (await em.query(
    'SELECT 1 FROM recruitment_source WHERE lower(name) = lower(?) AND id IS NOT ?',
    [input.name, input.id ?? null],
  )) as unknown[];
  if (clash) throw new CoreError('CONFLICT', 'That source is already on the list.');
  let id = input.id;
  if (id) {
    const [row] = (await em.query('SELECT sort_order AS sortOrder FROM recruitment_source WHERE id = ?', [
      id,
    ])) as { sortOrder: number }[];
    if (!row) throw new CoreError('NOT_FOUND', 'That source is no longer on the list.');
    await em.query('UPDATE recruitment_source SET name = ?, sort_order = ?, archived = ? WHERE id = ?', [
      input.name,
      input.sortOrder ?? row.sortOrder,
      input.archived ? 1 : 0,
      id,
    ]);
  } else {
    id = randomUUID();
    const [{ next }] = (await em.query(
      'SELECT coalesce(max(sort_order), -1) + 1 AS next FROM recruitment_source',
    )) as [{ next: number }];
    await em.query('INSERT INTO recruitment_source (id, name, sort_order, archived) VALUES (?, ?, ?, ?)', [
      id,
      input.name,
      input.sortOrder ?? next,
      input.archived ? 1 : 0,
    ]);
  }
  const [row] = (await em.query(`${SOURCE_SQL} WHERE id = ?`, [id])) as SourceRow[];
  return toSource(row!);
}
