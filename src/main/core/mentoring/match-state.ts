import type { EntityManager } from 'typeorm';
import type { Phase } from '../../../shared/matching/relationship';
import { CoreError } from '../../../shared/errors';

/**
 * What recording against a match needs to know about it: whether sessions may be recorded, when it
 * became active, and the mentee's release (for the phase). One indexed read by primary key.
 */
export interface MatchState {
  stage: string;
  activeOn: string | null;
  /** coalesce(confirmed_release, expected_release). */
  releaseOn: string | null;
  custodyStatus: string;
}

export async function readMatchState(em: EntityManager, matchId: string): Promise<MatchState> {
  const [row] = (await em.query(
    `SELECT x.stage, x.active_on AS activeOn, m.custody_status AS custodyStatus,
            coalesce(m.confirmed_release, m.expected_release) AS releaseOn
       FROM match x JOIN mentee m ON m.id = x.mentee_id
      WHERE x.id = ?`,
    [matchId],
  )) as MatchState[];
  if (!row) throw new CoreError('NOT_FOUND', 'That match no longer exists.');
  return row;
}

/**
 * Sessions are recorded for active matches only: the three-way meeting that comes before is its own
 * record, and a match that has ended takes no new sessions (corrections to old ones are allowed).
 */
export function assertActive(state: MatchState): void {
  if (state.stage !== 'active')
    throw new CoreError(
      'GATE_NOT_MET',
      'Sessions can only be recorded once the match is active (after the agreement is signed).',
      { unmet: ['The match is not active.'] },
    );
}

/** Corrections and removals: an active match, or one that has ended (late paperwork). */
export function assertCorrectable(state: MatchState): void {
  if (state.stage !== 'active' && state.stage !== 'ended')
    throw new CoreError('GATE_NOT_MET', 'Only the sessions of an active or ended match can be changed.', {
      unmet: ['The match is not active.'],
    });
}

/** Not after today (the UK day) and not before the match became active. */
export function assertSessionDate(onDate: string, today: string, state: MatchState): void {
  if (onDate > today)
    throw new CoreError('VALIDATION', 'A session cannot be in the future.', {
      fieldErrors: { onDate: 'The date cannot be in the future.' },
    });
  if (state.activeOn && onDate < state.activeOn)
    throw new CoreError('VALIDATION', 'That date is before the match became active.', {
      fieldErrors: { onDate: 'The date is before the match became active.' },
    });
}

/**
 * Before or after release, from the release date: the day of release itself is after (the gate
 * meeting happens that morning). With no release date known, a mentee already released or on a
 * community sentence is after; anyone else is still before.
 */
export function phaseOn(onDate: string, state: Pick<MatchState, 'releaseOn' | 'custodyStatus'>): Phase {
  if (state.releaseOn) return onDate >= state.releaseOn ? 'post_release' : 'pre_release';
  return state.custodyStatus === 'released' || state.custodyStatus === 'community'
    ? 'post_release'
    : 'pre_release';
}
