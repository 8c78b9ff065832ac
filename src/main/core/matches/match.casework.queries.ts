import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { agreementInput, meetingInput, riskAssessmentInput } from '../../../shared/contract/matches';
import { CoreError } from '../../../shared/errors';
import { MATCH_HAZARDS, MATCH_STAGE_LABELS, type MatchStage } from '../../../shared/matching/match';
import { addMonths } from '../../../shared/mentors/dates';
import type { Thresholds } from '../../../shared/settings';
import { agreementOf, matchHead, meetingOf } from './match.read.queries';

/**
 * The casework that prepares a match: the versioned match risk assessment (signed-off versions are
 * read-only; a review starts the next version), the three-way meeting (one per match, may be
 * corrected) and the shared agreement (read-only once either of them has signed it).
 */
const invalid = (field: string, message: string) =>
  new CoreError('VALIDATION', message, { fieldErrors: { [field]: message } });

/** Declined and ended matches are history: nothing more is recorded on them. */
async function openMatch(em: EntityManager, matchId: string) {
  const m = await matchHead(em, matchId);
  const closed: MatchStage[] = ['declined', 'ended'];
  if (closed.includes(m.stage))
    throw new CoreError(
      'CONFLICT',
      `This match is “${MATCH_STAGE_LABELS[m.stage]}”: nothing more can be recorded on it.`,
    );
  return m;
}

const notFuture = (field: string, day: string, today: string) => {
  if (day > today) throw invalid(field, 'This date cannot be in the future.');
};

/* ---------- risk assessment ---------- */

type RiskInput = z.output<typeof riskAssessmentInput>;
const SIGNED = 'A signed-off risk assessment cannot change. Start a review instead.';

export async function saveRiskAssessment(
  em: EntityManager,
  input: RiskInput,
  reviewMonths: number,
  now: Date,
  today: string,
): Promise<void> {
  await openMatch(em, input.matchId);
  notFuture('assessedOn', input.assessedOn, today);
  // Every hazard is kept, in the programme's order, whether or not it was touched on the form.
  const given = new Map(input.hazards.map((h) => [h.hazard, h]));
  const hazards = MATCH_HAZARDS.map((hazard) => ({
    hazard,
    applies: given.get(hazard)?.applies ?? false,
    controls: given.get(hazard)?.controls ?? '',
  }));
  const values = [
    JSON.stringify(hazards),
    input.overallLevel,
    input.controls,
    input.assessor,
    input.assessedOn,
    input.reviewDue ?? addMonths(input.assessedOn, reviewMonths),
  ];
  const [latest] = (await em.query(
    `SELECT id, version, signed_off_on AS signedOffOn FROM match_risk_assessment
      WHERE match_id = ? ORDER BY version DESC LIMIT 1`,
    [input.matchId],
  )) as { id: string; version: number; signedOffOn: string | null }[];
  const at = now.toISOString();
  if (input.id) {
    if (input.id !== latest?.id) {
      const [named] = (await em.query('SELECT 1 FROM match_risk_assessment WHERE id = ? AND match_id = ?', [
        input.id,
        input.matchId,
      ])) as unknown[];
      if (!named) throw new CoreError('NOT_FOUND', 'That risk assessment no longer exists.');
      throw new CoreError('CONFLICT', SIGNED);
    }
    if (latest.signedOffOn) throw new CoreError('CONFLICT', SIGNED);
  }
  if (latest && !latest.signedOffOn) {
    await em.query(
      `UPDATE match_risk_assessment SET hazards = ?, overall_level = ?, controls = ?, assessor = ?,
         assessed_on = ?, review_due = ?, updated_at = ? WHERE id = ? AND signed_off_on IS NULL`,
      [...values, at, latest.id],
    );
    return;
  }
  await em.query(
    `INSERT INTO match_risk_assessment (id, match_id, version, hazards, overall_level, controls, assessor,
       assessed_on, review_due, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), input.matchId, (latest?.version ?? 0) + 1, ...values, at, at],
  );
}

export async function signOffRiskAssessment(
  em: EntityManager,
  input: { matchId: string; id: string },
  signedOffBy: string,
  now: Date,
  today: string,
): Promise<void> {
  await openMatch(em, input.matchId);
  const [row] = (await em.query(
    `SELECT signed_off_on AS signedOffOn FROM match_risk_assessment WHERE id = ? AND match_id = ?`,
    [input.id, input.matchId],
  )) as { signedOffOn: string | null }[];
  if (!row) throw new CoreError('NOT_FOUND', 'That risk assessment no longer exists.');
  if (row.signedOffOn)
    throw new CoreError('CONFLICT', 'This risk assessment is already signed off and cannot change.');
  await em.query(
    `UPDATE match_risk_assessment SET signed_off_on = ?, signed_off_by = ?, updated_at = ? WHERE id = ?`,
    [today, signedOffBy, now.toISOString(), input.id],
  );
}

/* ---------- the three-way meeting ---------- */

export async function saveMeeting(
  em: EntityManager,
  input: z.output<typeof meetingInput>,
  now: Date,
  today: string,
  actor: string,
): Promise<void> {
  const m = await openMatch(em, input.matchId);
  notFuture('heldOn', input.heldOn, today);
  if (input.heldOn < m.proposedOn)
    throw invalid('heldOn', 'The meeting cannot be before the match was proposed.');
  const values = [
    input.heldOn,
    input.place,
    JSON.stringify(input.attendees),
    input.attendeeNames,
    JSON.stringify(input.pointsCovered),
    input.nextMeetingOn,
    input.notes,
    actor,
    now.toISOString(),
  ];
  if (await meetingOf(em, input.matchId))
    await em.query(
      `UPDATE match_meeting SET held_on = ?, place = ?, attendees = ?, attendee_names = ?, points_covered = ?,
         next_meeting_on = ?, notes = ?, recorded_by = ?, recorded_at = ? WHERE match_id = ?`,
      [...values, input.matchId],
    );
  else
    await em.query(
      `INSERT INTO match_meeting (held_on, place, attendees, attendee_names, points_covered, next_meeting_on,
         notes, recorded_by, recorded_at, match_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [...values, input.matchId],
    );
}

/* ---------- the agreement ---------- */

export async function saveAgreement(
  em: EntityManager,
  input: z.output<typeof agreementInput>,
  t: Thresholds,
  now: Date,
  today: string,
  actor: string,
): Promise<void> {
  await openMatch(em, input.matchId);
  const existing = await agreementOf(em, input.matchId);
  if (existing && (existing.mentorSignedOn || existing.menteeSignedOn))
    throw new CoreError(
      'CONFLICT',
      'The agreement has been signed, so it cannot change. Changes agreed later are recorded at a review.',
    );
  const min = input.meetingMinMinutes ?? t.sessionMinMinutes;
  const max = input.meetingMaxMinutes ?? t.sessionMaxMinutes;
  if (min > max)
    throw invalid('meetingMaxMinutes', 'The longest meeting cannot be shorter than the shortest.');
  const meeting = await meetingOf(em, input.matchId);
  const from = meeting?.heldOn ?? today;
  const reviewOn = input.reviewOn ?? addMonths(from, t.reviewMonths);
  if (reviewOn <= from) throw invalid('reviewOn', 'The review must come after the matching meeting.');
  const at = now.toISOString();
  const values = [
    input.groundRules,
    input.aim,
    input.objectives,
    input.lengthValue,
    input.lengthUnit,
    min,
    max,
    input.contactBetweenValue,
    input.contactBetweenUnit,
    reviewOn,
    actor,
    at,
  ];
  if (existing)
    await em.query(
      `UPDATE match_agreement SET ground_rules = ?, aim = ?, objectives = ?, length_value = ?, length_unit = ?,
         meeting_min_minutes = ?, meeting_max_minutes = ?, contact_between_value = ?, contact_between_unit = ?,
         review_on = ?, updated_by = ?, updated_at = ? WHERE match_id = ?`,
      [...values, input.matchId],
    );
  else
    await em.query(
      `INSERT INTO match_agreement (ground_rules, aim, objectives, length_value, length_unit,
         meeting_min_minutes, meeting_max_minutes, contact_between_value, contact_between_unit, review_on,
         updated_by, updated_at, created_at, match_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [...values, at, input.matchId],
    );
}

export async function signAgreement(
  em: EntityManager,
  input: { matchId: string; party: 'mentor' | 'mentee'; onDate: string },
  now: Date,
  today: string,
): Promise<void> {
  const m = await openMatch(em, input.matchId);
  const agreement = await agreementOf(em, input.matchId);
  if (!agreement) throw new CoreError('CONFLICT', 'Write the agreement before recording signatures.');
  notFuture('onDate', input.onDate, today);
  if (input.onDate < m.proposedOn) throw invalid('onDate', 'They cannot sign before the match was proposed.');
  const column = input.party === 'mentor' ? 'mentor_signed_on' : 'mentee_signed_on';
  if ((input.party === 'mentor' ? agreement.mentorSignedOn : agreement.menteeSignedOn) !== null)
    throw new CoreError('CONFLICT', `The ${input.party}’s signature is already recorded.`);
  await em.query(`UPDATE match_agreement SET ${column} = ?, updated_at = ? WHERE match_id = ?`, [
    input.onDate,
    now.toISOString(),
    input.matchId,
  ]);
}
