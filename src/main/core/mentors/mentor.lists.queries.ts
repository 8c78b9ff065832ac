import type { EntityManager } from 'typeorm';
import type { RecruitmentSource } from '../../../shared/contract/mentors';
import { CoreError } from '../../../shared/errors';
import { listProgrammeItems, saveProgrammeItem, type ProgrammeList } from '../db/programme-list';
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

const SOURCES: ProgrammeList & { column: 'name' } = {
  table: 'recruitment_source',
  column: 'name',
  noun: 'source',
};

export const recruitmentSources = (
  em: EntityManager,
  includeArchived: boolean,
): Promise<RecruitmentSource[]> => listProgrammeItems(em, SOURCES, includeArchived);

export const saveRecruitmentSource = (
  em: EntityManager,
  input: { id?: string; name: string; sortOrder?: number; archived: boolean },
): Promise<RecruitmentSource> => saveProgrammeItem(em, SOURCES, input);
