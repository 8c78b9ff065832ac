import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MenteeFields, ReferralFields } from '../../../shared/contract/mentees.fields';
import { ukToday } from '../../../shared/mentors/dates';
import { nameKey } from '../../../shared/mentors/names';

/**
 * Writing a mentee record. Raw SQL with explicit columns; lists are JSON arrays in text columns.
 * The referral channels and the demo data both come through `insertMentee`, so a mentee always
 * starts the same way: "referred", with a programme reference, that first step recorded and (when
 * known) where they are held as the first entry of their establishment history.
 */
const FIELD_COLUMNS = [
  'first_name',
  'last_name',
  'preferred_name',
  'name_key',
  'date_of_birth',
  'gender',
  'address_on_release',
  'home_area',
  'employment_status',
  'family_background',
  'prison_number',
  'establishment_id',
  'custody_status',
  'sentence_type',
  'sentence_months',
  'offence_category',
  'expected_release',
  'confirmed_release',
  'licence_end',
  'case_manager_name',
  'case_manager_contact',
  'learning_style',
  'interests',
  'accessible_format',
  'adaptations',
  'consent_given_on',
  'consent_how',
  'notes',
] as const;

export const menteeFieldValues = (f: MenteeFields): unknown[] => [
  f.firstName,
  f.lastName,
  f.preferredName,
  nameKey(f.firstName, f.lastName),
  f.dateOfBirth,
  f.gender,
  f.addressOnRelease,
  f.homeArea,
  f.employmentStatus,
  f.familyBackground,
  f.prisonNumber,
  f.establishmentId,
  f.custodyStatus,
  f.sentenceType,
  f.sentenceMonths,
  f.offenceCategory,
  f.expectedRelease,
  f.confirmedRelease,
  f.licenceEnd,
  f.caseManagerName,
  f.caseManagerContact,
  f.learningStyle,
  JSON.stringify(f.interests),
  f.accessibleFormat ? 1 : 0,
  f.adaptations,
  f.consentGivenOn,
  f.consentHow,
  f.notes,
];
/** `col = ?, …` for an UPDATE with `menteeFieldValues`. Establishment moves go through recordMove. */
export const MENTEE_FIELD_ASSIGNMENTS = FIELD_COLUMNS.map((c) => `${c} = ?`).join(', ');

/**
 * The next programme reference for the year: M-YYYY-NNNN, counting on from the highest issued
 * (numerically, so the 10,000th of a year still follows the 9,999th).
 */
export async function nextReference(em: EntityManager, year: string): Promise<string> {
  const [row] = (await em.query(
    `SELECT coalesce(max(CAST(substr(reference, 8) AS INTEGER)), 0) AS n FROM mentee WHERE reference LIKE ?`,
    [`M-${year}-%`],
  )) as { n: number }[];
  return `M-${year}-${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

export async function insertMenteeStageEvent(
  em: EntityManager,
  e: { menteeId: string; stage: string; onDate: string; note: string },
  now: Date,
  actorAccountId: string,
): Promise<void> {
  await em.query(
    `INSERT INTO mentee_stage_event (id, mentee_id, stage, on_date, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), e.menteeId, e.stage, e.onDate, e.note, actorAccountId, now.toISOString()],
  );
}

export async function insertMenteeMove(
  em: EntityManager,
  m: { menteeId: string; establishmentId: string; movedOn: string; note: string },
  now: Date,
  actorAccountId: string,
): Promise<void> {
  await em.query(
    `INSERT INTO mentee_move (id, mentee_id, establishment_id, moved_on, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), m.menteeId, m.establishmentId, m.movedOn, m.note, actorAccountId, now.toISOString()],
  );
}

/**
 * Adds a mentee at "referred" (since `options.referredOn`, else today) with a new programme
 * reference, and records that first step. Validated fields only (parse with `menteeFields`
 * first). Returns the new id and reference. Duplicate checks are the caller's choice.
 */
export async function insertMentee(
  em: EntityManager,
  fields: MenteeFields,
  now: Date,
  actorAccountId: string,
  options: { referredOn?: string; caseworkerAccountId?: string | null } = {},
): Promise<{ id: string; reference: string }> {
  const id = randomUUID();
  const at = now.toISOString();
  const since = options.referredOn ?? ukToday(now);
  const reference = await nextReference(em, since.slice(0, 4));
  await em.query(
    `INSERT INTO mentee (id, ${FIELD_COLUMNS.join(', ')}, reference, stage, stage_since,
                         caseworker_account_id, created_at, updated_at)
     VALUES (?, ${FIELD_COLUMNS.map(() => '?').join(', ')}, ?, 'referred', ?, ?, ?, ?)`,
    [id, ...menteeFieldValues(fields), reference, since, options.caseworkerAccountId ?? null, at, at],
  );
  await insertMenteeStageEvent(
    em,
    { menteeId: id, stage: 'referred', onDate: since, note: '' },
    now,
    actorAccountId,
  );
  if (fields.establishmentId)
    await insertMenteeMove(
      em,
      {
        menteeId: id,
        establishmentId: fields.establishmentId,
        movedOn: since,
        note: 'Where they were when referred',
      },
      now,
      actorAccountId,
    );
  return { id, reference };
}

/** The referral that brought a mentee to the programme (one per mentee record). */
export async function insertReferral(
  em: EntityManager,
  menteeId: string,
  r: ReferralFields,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  const at = now.toISOString();
  await em.query(
    `INSERT INTO mentee_referral (id, mentee_id, source, agency, referrer_name, referrer_contact, referred_on,
                                  criteria_met, reason, hopes, not_a_licence_condition, self_referral_note,
                                  created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    [
      id,
      menteeId,
      r.source,
      r.agency,
      r.referrerName,
      r.referrerContact,
      r.referredOn,
      JSON.stringify(r.criteriaMet),
      r.reason,
      r.hopes,
      r.selfReferralNote,
      at,
      at,
    ],
  );
  return id;
}
