import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { respondInput } from '../../../shared/contract/matches';
import { CoreError } from '../../../shared/errors';
import { activationUnmet } from '../../../shared/matching/activation';
import { MATCH_STAGE_LABELS, PENDING_MATCH_STAGES } from '../../../shared/matching/match';
import { insertMenteeStageEvent } from '../mentees/mentee.queries';
import { insertStageEvent as insertMentorStageEvent } from '../mentors/mentor.queries';
import { agreementOf, matchHead, meetingOf, riskVersions } from './match.read.queries';
import { recordMatchStage } from './match.queries';

/**
 * The workflow's steps: each side's answer (the mentor first: they are told the basics and agree
 * before the mentee is asked), a decline by either side, and activation through the gate. Every
 * step moves the stage with `recordMatchStage`, so the history has a row for it.
 */
type RespondInput = z.output<typeof respondInput>;

const invalidDate = (field: string, message: string) =>
  new CoreError('VALIDATION', message, { fieldErrors: { [field]: message } });

/** A step has happened: not after today, not before the match was proposed. */
function checkStepDate(field: string, onDate: string, proposedOn: string, today: string): void {
  if (onDate > today) throw invalidDate(field, 'This date cannot be in the future.');
  if (onDate < proposedOn) throw invalidDate(field, 'This date cannot be before the match was proposed.');
}

export async function respond(
  em: EntityManager,
  input: RespondInput,
  now: Date,
  today: string,
  actor: string,
): Promise<void> {
  const m = await matchHead(em, input.matchId);
  checkStepDate('onDate', input.onDate, m.proposedOn, today);
  if (input.toldOn) checkStepDate('toldOn', input.toldOn, m.proposedOn, today);
  if (!PENDING_MATCH_STAGES.includes(m.stage))
    throw new CoreError(
      'CONFLICT',
      `This match is “${MATCH_STAGE_LABELS[m.stage]}”: answers can only be recorded before it is active.`,
    );
  const at = now.toISOString();
  const told = input.party === 'mentor' ? 'mentor_told_on' : 'mentee_told_on';
  if (input.answer === 'declined') {
    await em.query(
      `UPDATE match SET declined_by = ?, declined_on = ?, decline_reason = ?, ${told} = coalesce(?, ${told}),
         updated_at = ? WHERE id = ?`,
      [input.party, input.onDate, input.reason, input.toldOn, at, input.matchId],
    );
    // Recorded without blame: the note says who, the reason stays on the match for the next suggestion.
    await recordMatchStage(
      em,
      input.matchId,
      'declined',
      input.onDate,
      input.party === 'mentor' ? 'The mentor declined.' : 'The mentee declined.',
      now,
      actor,
    );
    return;
  }
  if (input.party === 'mentor') {
    if (m.stage !== 'proposed')
      throw new CoreError('CONFLICT', 'The mentor’s agreement is already recorded.');
    await em.query(
      `UPDATE match SET mentor_agreed_on = ?, mentor_told_on = coalesce(?, mentor_told_on, proposed_on),
         updated_at = ? WHERE id = ?`,
      [input.onDate, input.toldOn, at, input.matchId],
    );
    await recordMatchStage(em, input.matchId, 'mentor_agreed', input.onDate, input.reason, now, actor);
    return;
  }
  if (m.stage === 'proposed')
    throw new CoreError(
      'CONFLICT',
      'Record the mentor’s agreement first: the mentee is asked once the mentor has agreed.',
    );
  if (m.stage === 'mentee_agreed')
    throw new CoreError('CONFLICT', 'The mentee’s agreement is already recorded.');
  if (m.mentorAgreedOn && input.onDate < m.mentorAgreedOn)
    throw invalidDate('onDate', 'The mentee cannot agree before the mentor did.');
  await em.query(
    `UPDATE match SET mentee_agreed_on = ?, mentee_told_on = coalesce(?, mentee_told_on, ?), updated_at = ?
      WHERE id = ?`,
    [input.onDate, input.toldOn, input.onDate, at, input.matchId],
  );
  await recordMatchStage(em, input.matchId, 'mentee_agreed', input.onDate, input.reason, now, actor);
}

/** The gate's facts, read fresh inside the transaction. */
export async function activationFacts(em: EntityManager, matchId: string) {
  const m = await matchHead(em, matchId);
  const risks = await riskVersions(em, matchId);
  const agreement = await agreementOf(em, matchId);
  const meeting = await meetingOf(em, matchId);
  return {
    match: m,
    agreement,
    unmet: activationUnmet({
      stage: m.stage,
      riskSignedOff: risks.some((r) => r.signedOffOn !== null),
      meetingRecorded: meeting !== null,
      agreementSaved: agreement !== null,
      mentorSignedOn: agreement?.mentorSignedOn ?? null,
      menteeSignedOn: agreement?.menteeSignedOn ?? null,
    }),
  };
}

/**
 * Activation: the gate, then in one transaction the match goes active with its first review due
 * (the agreement's review date), and both people move to "matched" with a step in their own
 * history. The mentee's and mentor's own gates are not asked again: a ready mentee and a ready
 * mentor were required to propose the match, and this step is the match itself.
 */
export async function activate(
  em: EntityManager,
  input: { matchId: string; onDate: string },
  now: Date,
  today: string,
  actor: string,
): Promise<void> {
  const { match: m, agreement, unmet } = await activationFacts(em, input.matchId);
  if (m.stage === 'active') throw new CoreError('CONFLICT', 'This match is already active.');
  if (m.stage === 'ended') throw new CoreError('CONFLICT', 'This match has ended.');
  if (unmet.length)
    throw new CoreError(
      'GATE_NOT_MET',
      `The match cannot be active yet: ${unmet.length} condition${unmet.length === 1 ? ' is' : 's are'} not met.`,
      { unmet: unmet.map((u) => u.message) },
    );
  checkStepDate('onDate', input.onDate, m.proposedOn, today);
  const latestSignature = [m.menteeAgreedOn, agreement?.mentorSignedOn, agreement?.menteeSignedOn]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  if (latestSignature && input.onDate < latestSignature)
    throw invalidDate('onDate', 'The match cannot start before both agreed and signed the agreement.');
  const at = now.toISOString();
  await em.query(`UPDATE match SET active_on = ?, next_review_due = ?, updated_at = ? WHERE id = ?`, [
    input.onDate,
    agreement!.reviewOn,
    at,
    input.matchId,
  ]);
  await recordMatchStage(em, input.matchId, 'active', input.onDate, '', now, actor);
  const note = `Match ${m.reference} started.`;
  await em.query(`UPDATE mentee SET stage = 'matched', stage_since = ?, updated_at = ? WHERE id = ?`, [
    input.onDate,
    at,
    m.menteeId,
  ]);
  await insertMenteeStageEvent(
    em,
    { menteeId: m.menteeId, stage: 'matched', onDate: input.onDate, note },
    now,
    actor,
  );
  const [mentor] = (await em.query(`SELECT stage FROM mentor WHERE id = ?`, [m.mentorId])) as {
    stage: string;
  }[];
  // A mentor with more than one mentee is already "matched": no second step for the same stage.
  if (mentor && mentor.stage !== 'matched') {
    await em.query(`UPDATE mentor SET stage = 'matched', stage_since = ?, updated_at = ? WHERE id = ?`, [
      input.onDate,
      at,
      m.mentorId,
    ]);
    await insertMentorStageEvent(
      em,
      { mentorId: m.mentorId, stage: 'matched', onDate: input.onDate, note, exceptionId: null },
      now,
      actor,
    );
  }
}
