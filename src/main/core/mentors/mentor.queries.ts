import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type {
  Mentor,
  MentorFields,
  MentorHistoryEntry,
  PossibleDuplicate,
} from '../../../shared/contract/mentors';
import { CoreError } from '../../../shared/errors';
import { nameKey, namesLookAlike } from '../../../shared/mentors/names';
import type { MentorStage } from '../../../shared/mentors/pipeline';

/**
 * Writing a mentor record. Raw SQL with explicit columns; lists are JSON arrays in text columns.
 * The import (spreadsheet) and the create channel both come through `insertMentor`, so a mentor
 * always starts the same way: at "enquiry", since their enquiry date, with that first step recorded.
 */
const FIELD_COLUMNS = [
  'first_name',
  'last_name',
  'preferred_name',
  'name_key',
  'date_of_birth',
  'email',
  'phone',
  'address_line1',
  'address_line2',
  'town',
  'postcode',
  'enquiry_date',
  'heard_via',
  'application_date',
  'motivation',
  'hopes',
  'employment_status',
  'interests',
  'skills',
  'languages',
  'learning_style',
  'availability',
  'availability_notes',
  'travel_area',
  'gender',
  'max_mentees',
  'excluded_offences',
  'hard_to_work_with',
  'former_mentee_id',
  'notes',
] as const;

export const mentorNameKey = (f: Pick<MentorFields, 'firstName' | 'lastName'>): string =>
  nameKey(f.firstName, f.lastName);

export const fieldValues = (f: MentorFields): unknown[] => [
  f.firstName,
  f.lastName,
  f.preferredName,
  mentorNameKey(f),
  f.dateOfBirth,
  f.email,
  f.phone,
  f.addressLine1,
  f.addressLine2,
  f.town,
  f.postcode,
  f.enquiryDate,
  f.heardVia,
  f.applicationDate,
  f.motivation,
  f.hopes,
  f.employmentStatus,
  JSON.stringify(f.interests),
  JSON.stringify(f.skills),
  JSON.stringify(f.languages),
  f.learningStyle,
  JSON.stringify(f.availability),
  f.availabilityNotes,
  f.travelArea,
  f.gender,
  f.maxMentees,
  JSON.stringify(f.excludedOffences),
  f.hardToWorkWith,
  f.formerMenteeId,
  f.notes,
];
export const FIELD_ASSIGNMENTS = FIELD_COLUMNS.map((c) => `${c} = ?`).join(', ');

export async function insertStageEvent(
  em: EntityManager,
  e: { mentorId: string; stage: string; onDate: string; note: string; exceptionId: string | null },
  now: Date,
  actorAccountId: string,
): Promise<void> {
  await em.query(
    `INSERT INTO mentor_stage_event (id, mentor_id, stage, on_date, note, exception_id, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), e.mentorId, e.stage, e.onDate, e.note, e.exceptionId, actorAccountId, now.toISOString()],
  );
}

/**
 * Adds a mentor at the "enquiry" stage and records that first step. Validated fields only (parse
 * with `mentorFields` first). Returns the new id. Duplicate checks are the caller's choice.
 */
export async function insertMentor(
  em: EntityManager,
  fields: MentorFields,
  now: Date,
  actorAccountId: string,
): Promise<string> {
  const id = randomUUID();
  const at = now.toISOString();
  await em.query(
    `INSERT INTO mentor (id, ${FIELD_COLUMNS.join(', ')}, stage, stage_since, is_lead_mentor, created_at, updated_at)
     VALUES (?, ${FIELD_COLUMNS.map(() => '?').join(', ')}, 'enquiry', ?, 0, ?, ?)`,
    [id, ...fieldValues(fields), fields.enquiryDate, at, at],
  );
  await insertStageEvent(
    em,
    { mentorId: id, stage: 'enquiry', onDate: fields.enquiryDate, note: '', exceptionId: null },
    now,
    actorAccountId,
  );
  return id;
}

const notFound = () => new CoreError('NOT_FOUND', 'That mentor’s record no longer exists.');

/** How a mentor is called on screen: their preferred name if they gave one, then their last name. */
export const DISPLAY_NAME_SQL = (a: string) =>
  `coalesce(nullif(${a}.preferred_name, ''), ${a}.first_name) || ' ' || ${a}.last_name`;
/** Whole days since the mentor reached their stage, as of `?` (today). */
export const DAYS_IN_STAGE_SQL = (a: string) => `CAST(julianday(?) - julianday(${a}.stage_since) AS INTEGER)`;

const DETAIL_SQL = `
  SELECT m.id, m.first_name AS firstName, m.last_name AS lastName, m.preferred_name AS preferredName,
         ${DISPLAY_NAME_SQL('m')} AS displayName, m.stage, m.stage_since AS stageSince,
         ${DAYS_IN_STAGE_SQL('m')} AS daysInStage,
         m.date_of_birth AS dateOfBirth, m.email, m.phone, m.address_line1 AS addressLine1,
         m.address_line2 AS addressLine2, m.town, m.postcode, m.enquiry_date AS enquiryDate,
         m.heard_via AS heardVia, m.application_date AS applicationDate, m.motivation, m.hopes,
         m.employment_status AS employmentStatus, m.interests, m.skills, m.languages,
         m.learning_style AS learningStyle, m.availability, m.availability_notes AS availabilityNotes,
         m.travel_area AS travelArea, m.gender, m.max_mentees AS maxMentees,
         m.excluded_offences AS excludedOffences, m.hard_to_work_with AS hardToWorkWith, m.notes,
         m.former_mentee_id AS formerMenteeId, m.is_lead_mentor AS isLeadMentor, m.cluster_id AS clusterId,
         c.name AS clusterName, m.account_id AS accountId, m.on_hold_reason AS onHoldReason,
         m.follow_up_due AS followUpDue, m.left_date AS leftDate, m.left_reason AS leftReason,
         m.exit_interview_date AS exitInterviewDate, m.exit_interview_notes AS exitInterviewNotes,
         m.updated_at AS updatedAt
    FROM mentor m LEFT JOIN cluster c ON c.id = m.cluster_id
   WHERE m.id = ?`;

type DetailRow = Omit<
  Mentor,
  'isLeadMentor' | 'interests' | 'skills' | 'languages' | 'availability' | 'history' | 'excludedOffences'
> & {
  excludedOffences: string;
  isLeadMentor: number;
  interests: string;
  skills: string;
  languages: string;
  availability: string;
};
type HistoryRow = Omit<MentorHistoryEntry, 'byException'> & { byException: number };

const list = <T>(json: string): T[] => {
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
};

export async function getMentor(em: EntityManager, id: string, today: string): Promise<Mentor> {
  const [row] = (await em.query(DETAIL_SQL, [today, id])) as DetailRow[];
  if (!row) throw notFound();
  const history = (await em.query(
    `SELECT e.id, e.stage, e.on_date AS onDate, e.note, a.display_name AS recordedByName,
            e.recorded_at AS recordedAt, e.exception_id IS NOT NULL AS byException
       FROM mentor_stage_event e LEFT JOIN account a ON a.id = e.recorded_by
      WHERE e.mentor_id = ? ORDER BY e.on_date DESC, e.recorded_at DESC`,
    [id],
  )) as HistoryRow[];
  return {
    ...row,
    isLeadMentor: !!row.isLeadMentor,
    interests: list(row.interests),
    skills: list(row.skills),
    languages: list(row.languages),
    availability: list(row.availability),
    excludedOffences: list(row.excludedOffences),
    history: history.map((h) => ({ ...h, byException: !!h.byException })),
  };
}

export async function assertMentorExists(
  em: EntityManager,
  id: string,
): Promise<{ stage: MentorStage; stageSince: string }> {
  const [row] = (await em.query('SELECT stage, stage_since AS stageSince FROM mentor WHERE id = ?', [
    id,
  ])) as {
    stage: MentorStage;
    stageSince: string;
  }[];
  if (!row) throw notFound();
  return row;
}

export async function updateMentor(
  em: EntityManager,
  id: string,
  fields: MentorFields,
  now: Date,
): Promise<void> {
  await assertMentorExists(em, id);
  await em.query(`UPDATE mentor SET ${FIELD_ASSIGNMENTS}, updated_at = ? WHERE id = ?`, [
    ...fieldValues(fields),
    now.toISOString(),
    id,
  ]);
}

/**
 * Mentors who may be the same person: the same name (however typed) and date of birth, or a name
 * close enough to be a typo. Compared in memory against name keys only (a few thousand short
 * strings), so a fuzzy match needs no extension in SQLite.
 */
export async function possibleDuplicates(
  em: EntityManager,
  who: { firstName: string; lastName: string; dateOfBirth?: string | null; excludeId?: string },
): Promise<PossibleDuplicate[]> {
  const key = nameKey(who.firstName, who.lastName);
  const rows = (await em.query(
    `SELECT m.id, ${DISPLAY_NAME_SQL('m')} AS displayName, m.stage, m.enquiry_date AS enquiryDate, m.town,
            m.name_key AS nameKey, m.date_of_birth AS dateOfBirth
       FROM mentor m WHERE m.id IS NOT ?`,
    [who.excludeId ?? null],
  )) as (Omit<PossibleDuplicate, 'sameDateOfBirth'> & { nameKey: string; dateOfBirth: string | null })[];
  return (
    rows
      // Two known, different dates of birth mean two people, however alike the names.
      .filter((r) => !(who.dateOfBirth && r.dateOfBirth && r.dateOfBirth !== who.dateOfBirth))
      .filter((r) => r.nameKey === key || namesLookAlike(r.nameKey, key))
      .map(({ nameKey: _k, dateOfBirth, ...r }) => ({
        ...r,
        sameDateOfBirth: !!who.dateOfBirth && dateOfBirth === who.dateOfBirth,
      }))
      .sort((a, b) => Number(b.sameDateOfBirth) - Number(a.sameDateOfBirth))
      .slice(0, 10)
  );
}

/** Refuses a likely duplicate: same name and date of birth, or a very similar name. */
export async function assertNotDuplicate(
  em: EntityManager,
  f: Pick<MentorFields, 'firstName' | 'lastName' | 'dateOfBirth'>,
): Promise<void> {
  const found = await possibleDuplicates(em, f);
  if (!found.length) return;
  throw new CoreError(
    'CONFLICT',
    found.some((d) => d.sameDateOfBirth)
      ? 'A mentor with this name and date of birth is already recorded. Open their record, or confirm this is a different person.'
      : 'A mentor with a very similar name is already recorded. Check it is not the same person, then confirm to add them.',
  );
}
