import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Mentee, MenteeReferral } from '../../../shared/contract/mentees';
import type { MenteeFields, ReferralFields } from '../../../shared/contract/mentees.fields';
import { CoreError } from '../../../shared/errors';
import type { MenteeStage } from '../../../shared/mentees/referral';
import { ageOn } from '../../../shared/mentees/readiness';
import { ukToday } from '../../../shared/mentors/dates';
import { nameKey } from '../../../shared/mentors/names';
import { nextYearlyReference } from '../db/yearly-reference';

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
  'languages',
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
  JSON.stringify(f.languages),
  f.accessibleFormat ? 1 : 0,
  f.adaptations,
  f.consentGivenOn,
  f.consentHow,
  f.notes,
];
/** `col = ?, …` for an UPDATE with `menteeFieldValues`. Establishment moves go through recordMove. */
export const MENTEE_FIELD_ASSIGNMENTS = FIELD_COLUMNS.map((c) => `${c} = ?`).join(', ');

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
  const reference = await nextYearlyReference(em, 'mentee', since.slice(0, 4));
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

const notFound = () => new CoreError('NOT_FOUND', 'That mentee’s record no longer exists.');

/** How a mentee is called on screen: their preferred name if they gave one, then their last name. */
export const MENTEE_NAME_SQL = (a: string) =>
  `coalesce(nullif(${a}.preferred_name, ''), ${a}.first_name) || ' ' || ${a}.last_name`;
/** Whole days since the mentee reached their stage, as of `?` (today). */
export const MENTEE_DAYS_SQL = (a: string) => `CAST(julianday(?) - julianday(${a}.stage_since) AS INTEGER)`;

const DETAIL_SQL = `
  SELECT m.id, m.reference, m.first_name AS firstName, m.last_name AS lastName,
         m.preferred_name AS preferredName, ${MENTEE_NAME_SQL('m')} AS displayName, m.stage,
         m.stage_since AS stageSince, ${MENTEE_DAYS_SQL('m')} AS daysInStage,
         m.establishment_id AS establishmentId, e.name AS establishmentName,
         m.caseworker_account_id AS caseworkerAccountId, a.display_name AS caseworkerName,
         m.date_of_birth AS dateOfBirth, m.gender, m.address_on_release AS addressOnRelease,
         m.home_area AS homeArea, m.employment_status AS employmentStatus,
         m.family_background AS familyBackground, m.prison_number AS prisonNumber,
         m.custody_status AS custodyStatus, m.sentence_type AS sentenceType,
         m.sentence_months AS sentenceMonths, m.offence_category AS offenceCategory,
         m.expected_release AS expectedRelease, m.confirmed_release AS confirmedRelease,
         m.licence_end AS licenceEnd, m.case_manager_name AS caseManagerName,
         m.case_manager_contact AS caseManagerContact, m.learning_style AS learningStyle, m.interests, m.languages,
         m.accessible_format AS accessibleFormat, m.adaptations, m.consent_given_on AS consentGivenOn,
         m.consent_how AS consentHow, m.notes, m.updated_at AS updatedAt
    FROM mentee m
    LEFT JOIN establishment e ON e.id = m.establishment_id
    LEFT JOIN account a ON a.id = m.caseworker_account_id
   WHERE m.id = ?`;

type DetailRow = Omit<
  Mentee,
  | 'interests'
  | 'languages'
  | 'accessibleFormat'
  | 'ageNow'
  | 'ageAtRelease'
  | 'referrals'
  | 'history'
  | 'moves'
> & { interests: string; languages: string; accessibleFormat: number };
type ReferralRow = Omit<MenteeReferral, 'criteriaMet' | 'notALicenceCondition'> & {
  criteriaMet: string;
  notALicenceCondition: number;
};

const jsonList = (json: string): string[] => {
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) ? (parsed as string[]) : [];
};

export async function getMentee(em: EntityManager, id: string, today: string): Promise<Mentee> {
  const [row] = (await em.query(DETAIL_SQL, [today, id])) as DetailRow[];
  if (!row) throw notFound();
  const referrals = (await em.query(
    `SELECT id, source, agency, referrer_name AS referrerName, referrer_contact AS referrerContact,
            referred_on AS referredOn, acknowledged_on AS acknowledgedOn, criteria_met AS criteriaMet,
            reason, hopes, not_a_licence_condition AS notALicenceCondition, self_referral_note AS selfReferralNote
       FROM mentee_referral WHERE mentee_id = ? ORDER BY referred_on DESC, created_at DESC`,
    [id],
  )) as ReferralRow[];
  const history = (await em.query(
    `SELECT e.id, e.stage, e.on_date AS onDate, e.note, a.display_name AS recordedByName, e.recorded_at AS recordedAt
       FROM mentee_stage_event e LEFT JOIN account a ON a.id = e.recorded_by
      WHERE e.mentee_id = ? ORDER BY e.on_date DESC, e.recorded_at DESC`,
    [id],
  )) as Mentee['history'];
  const moves = (await em.query(
    `SELECT v.id, v.establishment_id AS establishmentId, e.name AS establishmentName, v.moved_on AS movedOn, v.note
       FROM mentee_move v LEFT JOIN establishment e ON e.id = v.establishment_id
      WHERE v.mentee_id = ? ORDER BY v.moved_on DESC, v.recorded_at DESC`,
    [id],
  )) as Mentee['moves'];
  const release = row.confirmedRelease ?? row.expectedRelease;
  return {
    ...row,
    interests: jsonList(row.interests),
    languages: jsonList(row.languages),
    accessibleFormat: !!row.accessibleFormat,
    ageNow: row.dateOfBirth ? ageOn(row.dateOfBirth, today) : null,
    ageAtRelease: row.dateOfBirth && release ? ageOn(row.dateOfBirth, release) : null,
    referrals: referrals.map((r) => ({
      ...r,
      criteriaMet: jsonList(r.criteriaMet),
      notALicenceCondition: !!r.notALicenceCondition,
    })),
    history,
    moves,
  };
}

export async function assertMenteeExists(
  em: EntityManager,
  id: string,
): Promise<{ stage: MenteeStage; stageSince: string }> {
  const [row] = (await em.query('SELECT stage, stage_since AS stageSince FROM mentee WHERE id = ?', [
    id,
  ])) as {
    stage: MenteeStage;
    stageSince: string;
  }[];
  if (!row) throw notFound();
  return row;
}

/** Changes the record's details; where they are held changes only through `recordMove`. */
export async function updateMentee(
  em: EntityManager,
  id: string,
  fields: Omit<MenteeFields, 'establishmentId'>,
  now: Date,
): Promise<void> {
  const [row] = (await em.query('SELECT establishment_id AS establishmentId FROM mentee WHERE id = ?', [
    id,
  ])) as {
    establishmentId: string | null;
  }[];
  if (!row) throw notFound();
  await em.query(`UPDATE mentee SET ${MENTEE_FIELD_ASSIGNMENTS}, updated_at = ? WHERE id = ?`, [
    ...menteeFieldValues({ ...fields, establishmentId: row.establishmentId }),
    now.toISOString(),
    id,
  ]);
}
