import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MentorFields } from '../../../shared/contract/mentors';
import { nameKey } from '../../../shared/mentors/names';

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
