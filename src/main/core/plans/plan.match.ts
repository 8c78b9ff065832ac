import type { EntityManager } from 'typeorm';
import { CoreError } from '../../../shared/errors';
import type { MatchStage } from '../../../shared/matching/match';
import type { Phase } from '../../../shared/matching/relationship';

/**
 * What the plans area needs to know about the match a call names: its stage (which decides what
 * may be written) and whether the mentee is out yet (which decides a new goal's phase).
 */
export interface PlanMatch {
  id: string;
  menteeId: string;
  stage: MatchStage;
  /** Confirmed release if known, else expected; null when neither is recorded. */
  releaseOn: string | null;
  custodyStatus: string;
  nextReviewDue: string | null;
}

/** Plans start at the three-way meeting (both have agreed) and are worked on while the match is active. */
export const PLANNING_STAGES: readonly MatchStage[] = ['mentee_agreed', 'active'];
/** Reviews are of a running relationship. */
export const REVIEW_STAGES: readonly MatchStage[] = ['active'];

export async function loadMatch(em: EntityManager, matchId: string): Promise<PlanMatch> {
  const rows = (await em.query(
    `SELECT x.id, x.mentee_id AS menteeId, x.stage, x.next_review_due AS nextReviewDue,
            coalesce(m.confirmed_release, m.expected_release) AS releaseOn, m.custody_status AS custodyStatus
       FROM match x JOIN mentee m ON m.id = x.mentee_id
      WHERE x.id = ?`,
    [matchId],
  )) as PlanMatch[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That match no longer exists.');
  return rows[0];
}

export function assertMayPlan(match: PlanMatch): void {
  if (!PLANNING_STAGES.includes(match.stage))
    throw new CoreError(
      'CONFLICT',
      'The action plan is made at the three-way meeting, once both have agreed to the match, and kept while it is active. This match is not at that point.',
    );
}

export function assertMayReview(match: PlanMatch): void {
  if (!REVIEW_STAGES.includes(match.stage))
    throw new CoreError(
      'CONFLICT',
      'Reviews are recorded while a match is active. This match is not active.',
    );
}

/**
 * Before or after release as of `today`: after once the release date has come; with no date
 * recorded, from the custody status (released on licence or in the community counts as after).
 */
export function phaseOn(match: PlanMatch, today: string): Phase {
  if (match.releaseOn) return match.releaseOn <= today ? 'post_release' : 'pre_release';
  return match.custodyStatus === 'released' || match.custodyStatus === 'community'
    ? 'post_release'
    : 'pre_release';
}

/** A date the record is "on" cannot be after today (the UK calendar day of the call). */
export function assertNotFuture(field: string, onDate: string, today: string, what: string): void {
  if (onDate > today)
    throw new CoreError('VALIDATION', `${what} cannot be in the future.`, {
      fieldErrors: { [field]: `${what} cannot be in the future.` },
    });
}
