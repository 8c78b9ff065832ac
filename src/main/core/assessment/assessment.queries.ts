import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  MenteeCarer,
  MenteeInduction,
  MenteeMeeting,
  MenteeNeed,
  MenteePreferences,
  carerInput,
  meetingInput,
  needInput,
  preferencesInput,
} from '../../../shared/contract/assessment';
import { PARENTAL_CONSENT_MAX_AGE } from '../../../shared/contract/assessment';
import { INDUCTION_ITEMS, PATHWAYS } from '../../../shared/mentees/assessment';
import { needsCoordinatorView } from '../../../shared/mentees/prejudicial-preference';

/**
 * SQL for a mentee's assessment records apart from risk (see risk.queries.ts): carers, meetings,
 * induction, accessible format, preferences and needs. Each save checks the mentee exists and
 * that an existing row belongs to that mentee, so an id from another record cannot be overwritten.
 */
export async function assertMentee(em: EntityManager, menteeId: string): Promise<void> {
  const found = (await em.query('SELECT 1 FROM mentee WHERE id = ?', [menteeId])) as unknown[];
  if (!found.length) throw new CoreError('NOT_FOUND', 'That mentee no longer exists.');
}

const gone = (what: string) => new CoreError('NOT_FOUND', `That ${what} no longer exists.`);

/** Insert a new row, or update one that belongs to the mentee; returns the row's id. */
async function upsert(
  em: EntityManager,
  table: string,
  what: string,
  row: { id?: string | undefined; menteeId: string },
  columns: readonly string[],
  values: readonly unknown[],
  now: Date,
): Promise<string> {
  await assertMentee(em, row.menteeId);
  const at = now.toISOString();
  if (row.id) {
    const updated = (await em.query(
      `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = ?
        WHERE id = ? AND mentee_id = ? RETURNING id`,
      [...values, at, row.id, row.menteeId],
    )) as unknown[];
    if (!updated.length) throw gone(what);
    return row.id;
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO ${table} (id, mentee_id, ${columns.join(', ')}, created_at, updated_at)
     VALUES (?, ?, ${columns.map(() => '?').join(', ')}, ?, ?)`,
    [id, row.menteeId, ...values, at, at],
  );
  return id;
}

/* ---------- carers ---------- */

const CARER_COLUMNS = `id, mentee_id AS menteeId, name, relationship, phone, email, address,
  is_key_contact AS isKeyContact, involvement, literature_given_on AS literatureGivenOn,
  parental_consent_on AS parentalConsentOn, parental_consent_form AS parentalConsentForm`;
type CarerRow = Omit<MenteeCarer, 'isKeyContact'> & { isKeyContact: number };
const carer = (r: CarerRow): MenteeCarer => ({ ...r, isKeyContact: r.isKeyContact === 1 });

export async function listCarers(em: EntityManager, menteeId: string): Promise<MenteeCarer[]> {
  const rows = (await em.query(
    `SELECT ${CARER_COLUMNS} FROM mentee_carer WHERE mentee_id = ?
      ORDER BY is_key_contact DESC, created_at, id`,
    [menteeId],
  )) as CarerRow[];
  return rows.map(carer);
}

export async function saveCarer(
  em: EntityManager,
  input: z.output<typeof carerInput>,
  now: Date,
): Promise<MenteeCarer> {
  const id = await upsert(
    em,
    'mentee_carer',
    'carer',
    input,
    [
      'name',
      'relationship',
      'phone',
      'email',
      'address',
      'is_key_contact',
      'involvement',
      'literature_given_on',
      'parental_consent_on',
      'parental_consent_form',
    ],
    [
      input.name,
      input.relationship,
      input.phone,
      input.email,
      input.address,
      input.isKeyContact ? 1 : 0,
      input.involvement,
      input.literatureGivenOn,
      input.parentalConsentOn,
      input.parentalConsentForm,
    ],
    now,
  );
  // Only one key contact per mentee: naming this one clears the others.
  if (input.isKeyContact)
    await em.query(
      'UPDATE mentee_carer SET is_key_contact = 0 WHERE mentee_id = ? AND id <> ? AND is_key_contact = 1',
      [input.menteeId, id],
    );
  const rows = (await em.query(`SELECT ${CARER_COLUMNS} FROM mentee_carer WHERE id = ?`, [id])) as CarerRow[];
  return carer(rows[0]!);
}

/** Whole years from an ISO date of birth to an ISO day. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export async function carersOf(
  em: EntityManager,
  menteeId: string,
  now: Date,
): Promise<{ items: MenteeCarer[]; ageYears: number | null; consentMissing: boolean }> {
  const mentee = (await em.query('SELECT date_of_birth AS dateOfBirth FROM mentee WHERE id = ?', [
    menteeId,
  ])) as { dateOfBirth: string | null }[];
  if (!mentee.length) throw new CoreError('NOT_FOUND', 'That mentee no longer exists.');
  const dob = mentee[0]!.dateOfBirth;
  const ageYears = dob ? ageOn(dob, now.toISOString().slice(0, 10)) : null;
  const items = await listCarers(em, menteeId);
  const consentMissing =
    ageYears !== null && ageYears <= PARENTAL_CONSENT_MAX_AGE && !items.some((c) => c.parentalConsentOn);
  return { items, ageYears, consentMissing };
}

/* ---------- meetings ---------- */

const MEETING_COLUMNS = `id, mentee_id AS menteeId, held_on AS heldOn, attended_by AS attendedBy, notes,
  outcome, not_selected_reasons AS notSelectedReasons, signposting, told_on AS toldOn, told_how AS toldHow`;

export async function listMeetings(em: EntityManager, menteeId: string): Promise<MenteeMeeting[]> {
  return (await em.query(
    `SELECT ${MEETING_COLUMNS} FROM mentee_assessment WHERE mentee_id = ?
      ORDER BY held_on DESC, created_at DESC`,
    [menteeId],
  )) as MenteeMeeting[];
}

export async function saveMeeting(
  em: EntityManager,
  input: z.output<typeof meetingInput>,
  now: Date,
): Promise<MenteeMeeting> {
  const notSelected = input.outcome === 'not_selected';
  const id = await upsert(
    em,
    'mentee_assessment',
    'meeting',
    input,
    [
      'held_on',
      'attended_by',
      'notes',
      'outcome',
      'not_selected_reasons',
      'signposting',
      'told_on',
      'told_how',
    ],
    [
      input.heldOn,
      input.attendedBy,
      input.notes,
      input.outcome,
      // Reasons belong only to a "not selected" outcome; they are not kept against another.
      notSelected ? input.notSelectedReasons : '',
      input.signposting,
      input.toldOn,
      input.toldHow,
    ],
    now,
  );
  const rows = (await em.query(`SELECT ${MEETING_COLUMNS} FROM mentee_assessment WHERE id = ?`, [
    id,
  ])) as MenteeMeeting[];
  return rows[0]!;
}

/* ---------- induction and accessible format ---------- */

export async function getInduction(em: EntityManager, menteeId: string): Promise<MenteeInduction> {
  const mentee = (await em.query(
    'SELECT accessible_format AS accessibleFormat, adaptations FROM mentee WHERE id = ?',
    [menteeId],
  )) as { accessibleFormat: number; adaptations: string }[];
  if (!mentee.length) throw new CoreError('NOT_FOUND', 'That mentee no longer exists.');
  const done = (await em.query('SELECT item, done_on AS doneOn FROM mentee_induction WHERE mentee_id = ?', [
    menteeId,
  ])) as { item: string; doneOn: string }[];
  const byItem = new Map(done.map((d) => [d.item, d.doneOn]));
  return {
    items: INDUCTION_ITEMS.map((i) => ({ item: i.key, doneOn: byItem.get(i.key) ?? null })),
    accessibleFormat: mentee[0]!.accessibleFormat === 1,
    adaptations: mentee[0]!.adaptations,
  };
}

export async function setInductionItem(
  em: EntityManager,
  input: { menteeId: string; item: string; doneOn: string | null },
  recordedBy: string,
): Promise<MenteeInduction> {
  await assertMentee(em, input.menteeId);
  if (input.doneOn === null)
    await em.query('DELETE FROM mentee_induction WHERE mentee_id = ? AND item = ?', [
      input.menteeId,
      input.item,
    ]);
  else
    await em.query(
      `INSERT INTO mentee_induction (mentee_id, item, done_on, recorded_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (mentee_id, item) DO UPDATE SET done_on = excluded.done_on, recorded_by = excluded.recorded_by`,
      [input.menteeId, input.item, input.doneOn, recordedBy],
    );
  return getInduction(em, input.menteeId);
}

export async function setAccessibleFormat(
  em: EntityManager,
  input: { menteeId: string; accessibleFormat: boolean; adaptations: string },
  now: Date,
): Promise<MenteeInduction> {
  await assertMentee(em, input.menteeId);
  await em.query('UPDATE mentee SET accessible_format = ?, adaptations = ?, updated_at = ? WHERE id = ?', [
    input.accessibleFormat ? 1 : 0,
    input.accessibleFormat ? input.adaptations : '',
    now.toISOString(),
    input.menteeId,
  ]);
  return getInduction(em, input.menteeId);
}

/* ---------- preferences ---------- */

const NO_PREFERENCES: MenteePreferences = {
  gender: '',
  ageRange: '',
  ethnicity: '',
  sharedInterests: '',
  other: '',
  needsReview: false,
  coordinatorView: '',
};

export async function getPreferences(em: EntityManager, menteeId: string): Promise<MenteePreferences> {
  await assertMentee(em, menteeId);
  const rows = (await em.query(
    `SELECT gender, age_range AS ageRange, ethnicity, shared_interests AS sharedInterests, other,
            needs_review AS needsReview, coordinator_view AS coordinatorView
       FROM mentee_preference WHERE mentee_id = ?`,
    [menteeId],
  )) as (Omit<MenteePreferences, 'needsReview'> & { needsReview: number })[];
  const r = rows[0];
  return r ? { ...r, needsReview: r.needsReview === 1 } : { ...NO_PREFERENCES };
}

export async function savePreferences(
  em: EntityManager,
  input: z.output<typeof preferencesInput>,
  now: Date,
): Promise<MenteePreferences> {
  await assertMentee(em, input.menteeId);
  // A changed preference that could be prejudicial needs a fresh view; the old one no longer applies.
  const flag = needsCoordinatorView(input);
  await em.query(
    `INSERT INTO mentee_preference
       (mentee_id, gender, age_range, ethnicity, shared_interests, other, needs_review, coordinator_view, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)
     ON CONFLICT (mentee_id) DO UPDATE SET gender = excluded.gender, age_range = excluded.age_range,
       ethnicity = excluded.ethnicity, shared_interests = excluded.shared_interests, other = excluded.other,
       needs_review = excluded.needs_review,
       coordinator_view = CASE WHEN excluded.needs_review = 1 THEN '' ELSE coordinator_view END,
       updated_at = excluded.updated_at`,
    [
      input.menteeId,
      input.gender,
      input.ageRange,
      input.ethnicity,
      input.sharedInterests,
      input.other,
      flag ? 1 : 0,
      now.toISOString(),
    ],
  );
  return getPreferences(em, input.menteeId);
}

export async function reviewPreferences(
  em: EntityManager,
  input: { menteeId: string; coordinatorView: string },
  now: Date,
): Promise<MenteePreferences> {
  await assertMentee(em, input.menteeId);
  const updated = (await em.query(
    `UPDATE mentee_preference SET coordinator_view = ?, needs_review = 0, updated_at = ?
      WHERE mentee_id = ? RETURNING mentee_id`,
    [input.coordinatorView, now.toISOString(), input.menteeId],
  )) as unknown[];
  if (!updated.length)
    throw new CoreError('NOT_FOUND', 'No preferences have been recorded for this mentee yet.');
  return getPreferences(em, input.menteeId);
}

/* ---------- needs ---------- */

export async function listNeeds(em: EntityManager, menteeId: string): Promise<MenteeNeed[]> {
  await assertMentee(em, menteeId);
  const rows = (await em.query('SELECT pathway, level, notes FROM mentee_need WHERE mentee_id = ?', [
    menteeId,
  ])) as { pathway: string; level: MenteeNeed['level']; notes: string }[];
  const byPathway = new Map(rows.map((r) => [r.pathway, r]));
  return PATHWAYS.map((p) => ({
    pathway: p.key,
    level: byPathway.get(p.key)?.level ?? null,
    notes: byPathway.get(p.key)?.notes ?? '',
  }));
}

export async function saveNeed(
  em: EntityManager,
  input: z.output<typeof needInput>,
  now: Date,
): Promise<MenteeNeed[]> {
  await assertMentee(em, input.menteeId);
  await em.query(
    `INSERT INTO mentee_need (mentee_id, pathway, level, notes, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (mentee_id, pathway) DO UPDATE SET level = excluded.level, notes = excluded.notes,
       updated_at = excluded.updated_at`,
    [input.menteeId, input.pathway, input.level, input.notes, now.toISOString()],
  );
  return listNeeds(em, input.menteeId);
}
