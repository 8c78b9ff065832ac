import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Candidate, Suggestions, proposeInput } from '../../../shared/contract/matching';
import { MATCH_GATE_LABELS } from '../../../shared/matching/criteria';
import { rankMentors, weightsFrom, type Scored } from '../../../shared/matching/suggest';
import { CoreError } from '../../../shared/errors';
import type { Thresholds } from '../../../shared/settings';
import { insertMatch } from '../matches/match.queries';
import {
  declinesFor,
  menteeForMatching,
  mentorsForMatching,
  type MenteeForMatching,
} from './matching.queries';
import { monthsToRelease, releaseWarns } from './matching.pool.queries';

/**
 * The lists are for choosing and explaining, not browsing: the best 30 suggestions and the 50
 * mentors nearest to passing are enough (totals say how many more). A proposal ranks everyone again.
 */
export const CANDIDATE_CAP = 30;
export const NOT_SUGGESTED_CAP = 50;

const candidate = (s: Scored, rank: number | null): Candidate => ({
  mentorId: s.mentorId,
  name: s.name,
  rank,
  eligible: s.eligible,
  score: s.score,
  maxScore: s.maxScore,
  gates: s.gates,
  criteria: s.criteria,
});

function releaseWarningText(m: MenteeForMatching, today: string, months: number): string | null {
  if (!releaseWarns(m.releaseDate, today, months)) return null;
  return m.releaseDate! < today
    ? 'The mentee’s release date has passed: the relationship would start after release.'
    : `Release is less than ${months} ${months === 1 ? 'month' : 'months'} away: the programme aims to match at least ${months} months before release, so there is less time to build the relationship.`;
}

async function mustFindMentee(em: EntityManager, menteeId: string): Promise<MenteeForMatching> {
  const m = await menteeForMatching(em, menteeId);
  if (!m) throw new CoreError('NOT_FOUND', 'That mentee could not be found.');
  return m;
}

async function rankFor(
  em: EntityManager,
  mentee: MenteeForMatching,
  t: Thresholds,
  today: string,
  also: string | null = null,
) {
  const mentors = await mentorsForMatching(em, mentee.facts.establishmentId, also);
  return rankMentors(mentee.facts, mentors, weightsFrom(t), today);
}

export async function suggestionsFor(
  em: EntityManager,
  menteeId: string,
  t: Thresholds,
  today: string,
): Promise<Suggestions> {
  const mentee = await mustFindMentee(em, menteeId);
  const { ranked, notSuggested } = await rankFor(em, mentee, t, today);
  const declines = await declinesFor(em, [menteeId]);
  return {
    mentee: {
      id: mentee.id,
      reference: mentee.reference,
      displayName: mentee.displayName,
      stage: mentee.stage,
      establishmentName: mentee.facts.establishmentName,
      releaseDate: mentee.releaseDate,
      monthsToRelease: monthsToRelease(mentee.releaseDate, today),
      homeArea: mentee.facts.homeArea,
      openMatchId: mentee.openMatchId,
    },
    weights: weightsFrom(t),
    releaseWarning: releaseWarningText(mentee, today, t.matchMonthsBeforeRelease),
    candidates: ranked.slice(0, CANDIDATE_CAP).map((s, i) => candidate(s, i + 1)),
    candidatesTotal: ranked.length,
    notSuggested: notSuggested.slice(0, NOT_SUGGESTED_CAP).map((s) => candidate(s, null)),
    notSuggestedTotal: notSuggested.length,
    declines: declines.get(menteeId) ?? [],
  };
}

type ProposeInput = z.output<typeof proposeInput>;

/**
 * Propose a match. The ranking is worked out again here (never trusted from the screen): a mentor
 * failing a gate is refused with every failed gate; anyone but the top suggestion needs a reason.
 * The explanation as it stood is kept with the match as the record of why.
 */
export async function proposeMatch(
  em: EntityManager,
  input: ProposeInput,
  t: Thresholds,
  today: string,
  now: Date,
  actor: string,
): Promise<{ id: string; reference: string }> {
  const mentee = await mustFindMentee(em, input.menteeId);
  if (mentee.stage !== 'ready')
    throw new CoreError('CONFLICT', 'Only a mentee who is ready to be matched can be proposed for a match.');
  if (mentee.openMatchId)
    throw new CoreError('CONFLICT', 'This mentee already has a match in progress. Decline or end it first.');
  const { ranked, notSuggested } = await rankFor(em, mentee, t, today, input.mentorId);
  const failed = notSuggested.find((s) => s.mentorId === input.mentorId);
  if (failed)
    throw new CoreError('GATE_NOT_MET', 'This mentor cannot be matched with this mentee.', {
      unmet: failed.gates
        .filter((g) => g.outcome === 'fail')
        .map((g) => `${MATCH_GATE_LABELS[g.gate]}: not met (${g.detail}).`),
    });
  const index = ranked.findIndex((s) => s.mentorId === input.mentorId);
  if (index < 0) throw new CoreError('NOT_FOUND', 'That mentor could not be found.');
  const chosen = ranked[index]!;
  const reason = input.overrideReason.trim();
  if (index > 0 && !reason)
    throw new CoreError('VALIDATION', 'Say why you chose this mentor.', {
      fieldErrors: {
        overrideReason: `Say why you chose this mentor rather than the top suggestion (${ranked[0]!.name}).`,
      },
    });
  const warning = releaseWarns(mentee.releaseDate, today, t.matchMonthsBeforeRelease);
  return insertMatch(
    em,
    {
      menteeId: mentee.id,
      mentorId: chosen.mentorId,
      proposedOn: today,
      suggestionRank: index + 1,
      score: chosen.score,
      explanation: JSON.stringify({
        rank: index + 1,
        of: ranked.length,
        score: chosen.score,
        maxScore: chosen.maxScore,
        weights: weightsFrom(t),
        gates: chosen.gates,
        criteria: chosen.criteria,
      }),
      overrideReason: index > 0 ? reason : '',
      releaseWarning: warning,
      note: input.note,
    },
    now,
    actor,
  );
}
