import type { EntityManager } from 'typeorm';
import type { MenteeReadiness, ReferralCriterion } from '../../../shared/contract/mentees';
import { CoreError } from '../../../shared/errors';
import { MENTEE_GATED_STAGES, MENTEE_STAGE_LABELS, type MenteeStage } from '../../../shared/mentees/referral';
import { menteeUnmet, type MenteeReadinessFacts } from '../../../shared/mentees/readiness';
import { listProgrammeItems, saveProgrammeItem, type ProgrammeList } from '../db/programme-list';
import { assertMenteeExists, insertMenteeMove, insertMenteeStageEvent } from './mentee.queries';

/**
 * Stage moves through the readiness gate, acknowledging referrals, establishment moves, the
 * caseworker and the referral criteria. The gate's facts live in other helpers' tables (induction,
 * risk assessments, carers); they are read here with one query each.
 */
export async function readinessFacts(em: EntityManager, id: string): Promise<MenteeReadinessFacts> {
  const [m] = (await em.query(
    `SELECT consent_given_on AS consentGivenOn, date_of_birth AS dateOfBirth,
            (SELECT json_group_array(item) FROM mentee_induction WHERE mentee_id = m.id) AS induction,
            (SELECT review_due FROM mentee_risk_assessment r
              WHERE r.mentee_id = m.id AND r.signed_off_on IS NOT NULL ORDER BY r.version DESC LIMIT 1) AS riskReviewDue,
            EXISTS (SELECT 1 FROM mentee_carer c WHERE c.mentee_id = m.id AND c.parental_consent_on IS NOT NULL)
              AS parentalConsent
       FROM mentee m WHERE m.id = ?`,
    [id],
  )) as {
    consentGivenOn: string | null;
    dateOfBirth: string | null;
    induction: string;
    riskReviewDue: string | null;
    parentalConsent: number;
  }[];
  if (!m) throw new CoreError('NOT_FOUND', 'That mentee’s record no longer exists.');
  return {
    consentGivenOn: m.consentGivenOn,
    dateOfBirth: m.dateOfBirth,
    inductionDone: JSON.parse(m.induction) as string[],
    riskReviewDue: m.riskReviewDue,
    parentalConsent: !!m.parentalConsent,
  };
}

export async function menteeReadiness(
  em: EntityManager,
  id: string,
  today: string,
): Promise<MenteeReadiness> {
  return { unmet: menteeUnmet(await readinessFacts(em, id), today) };
}

async function setStage(
  em: EntityManager,
  id: string,
  stage: MenteeStage,
  on: string,
  note: string,
  now: Date,
  actor: string,
): Promise<void> {
  await em.query('UPDATE mentee SET stage = ?, stage_since = ?, updated_at = ? WHERE id = ?', [
    stage,
    on,
    now.toISOString(),
    id,
  ]);
  await insertMenteeStageEvent(em, { menteeId: id, stage, onDate: on, note }, now, actor);
}

export async function moveMenteeStage(
  em: EntityManager,
  input: { id: string; stage: MenteeStage; on: string; note: string },
  now: Date,
  today: string,
  actor: string,
): Promise<void> {
  const current = await assertMenteeExists(em, input.id);
  if (current.stage === input.stage)
    throw new CoreError('CONFLICT', `They are already at “${MENTEE_STAGE_LABELS[input.stage]}”.`);
  if (input.on > today)
    throw new CoreError('VALIDATION', 'The date of this step cannot be in the future.', {
      fieldErrors: { on: 'The date of this step cannot be in the future.' },
    });
  if (MENTEE_GATED_STAGES.includes(input.stage)) {
    const unmet = menteeUnmet(await readinessFacts(em, input.id), today);
    if (unmet.length)
      throw new CoreError(
        'GATE_NOT_MET',
        `They cannot be “${MENTEE_STAGE_LABELS[input.stage]}” yet: ${unmet.length} condition${unmet.length === 1 ? ' is' : 's are'} not met.`,
        { unmet: unmet.map((u) => u.message) },
      );
  }
  await setStage(em, input.id, input.stage, input.on, input.note, now, actor);
}

/** Acknowledging the referral; a mentee still at "referred" moves on to "acknowledged". */
export async function acknowledgeReferral(
  em: EntityManager,
  input: { id: string; on: string },
  now: Date,
  actor: string,
): Promise<void> {
  const current = await assertMenteeExists(em, input.id);
  const changed = (await em.query(
    `UPDATE mentee_referral SET acknowledged_on = ?, updated_at = ?
      WHERE mentee_id = ? AND acknowledged_on IS NULL RETURNING id`,
    [input.on, now.toISOString(), input.id],
  )) as unknown[];
  if (!changed.length) throw new CoreError('CONFLICT', 'This referral has already been acknowledged.');
  if (current.stage === 'referred') await setStage(em, input.id, 'acknowledged', input.on, '', now, actor);
}

export async function recordMove(
  em: EntityManager,
  input: { id: string; establishmentId: string; movedOn: string; note: string },
  now: Date,
  actor: string,
): Promise<void> {
  await assertMenteeExists(em, input.id);
  const [known] = (await em.query('SELECT 1 FROM establishment WHERE id = ?', [
    input.establishmentId,
  ])) as unknown[];
  if (!known) throw new CoreError('NOT_FOUND', 'That establishment is no longer on the list.');
  await insertMenteeMove(
    em,
    { menteeId: input.id, ...input, establishmentId: input.establishmentId },
    now,
    actor,
  );
  // Where they are now is the latest move by date (a move recorded late does not override it).
  await em.query(
    `UPDATE mentee SET updated_at = ?, establishment_id = (
        SELECT establishment_id FROM mentee_move WHERE mentee_id = ? ORDER BY moved_on DESC, recorded_at DESC LIMIT 1)
      WHERE id = ?`,
    [now.toISOString(), input.id, input.id],
  );
}

export async function caseworkerAccounts(em: EntityManager): Promise<{ id: string; displayName: string }[]> {
  return (await em.query(
    `SELECT a.id, a.display_name AS displayName FROM account a
      WHERE a.disabled = 0 AND EXISTS (SELECT 1 FROM json_each(a.roles) r WHERE r.value = 'caseworker')
      ORDER BY a.display_name COLLATE NOCASE`,
  )) as { id: string; displayName: string }[];
}

export async function assignCaseworker(
  em: EntityManager,
  input: { id: string; caseworkerAccountId: string | null },
  now: Date,
): Promise<void> {
  await assertMenteeExists(em, input.id);
  if (
    input.caseworkerAccountId &&
    !(await caseworkerAccounts(em)).some((a) => a.id === input.caseworkerAccountId)
  )
    throw new CoreError('VALIDATION', 'Choose a caseworker from the list.', {
      fieldErrors: { caseworkerAccountId: 'Choose a caseworker from the list.' },
    });
  await em.query('UPDATE mentee SET caseworker_account_id = ?, updated_at = ? WHERE id = ?', [
    input.caseworkerAccountId,
    now.toISOString(),
    input.id,
  ]);
}

const CRITERIA: ProgrammeList & { column: 'text' } = {
  table: 'referral_criterion',
  column: 'text',
  noun: 'criterion',
};

export const referralCriteria = (em: EntityManager, includeArchived: boolean): Promise<ReferralCriterion[]> =>
  listProgrammeItems(em, CRITERIA, includeArchived);

export const saveReferralCriterion = (
  em: EntityManager,
  input: { id?: string; text: string; sortOrder?: number; archived: boolean },
): Promise<ReferralCriterion> => saveProgrammeItem(em, CRITERIA, input);
