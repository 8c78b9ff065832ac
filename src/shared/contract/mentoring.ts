import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, realDay, safeText } from './common';
import {
  CHECKIN_FEELINGS,
  CHECKIN_METHODS,
  CONTACT_KINDS,
  FACE_TO_FACE_KINDS,
  PHASES,
} from '../matching/relationship';

/**
 * The mentoring relationship session by session: the record of contact (the form people fill
 * most), staff check-ins with the mentor after meetings, the concern follow-ups both can raise for
 * the caseworker, and the programme's list of safe, public places to meet. Casework: co-ordinators
 * and caseworkers write it, safeguarding leads read it; every call about one match is checked
 * against the match scope (a caseworker's own caseload in full, nobody else's).
 */

/** The manual asks for brief notes: enough to follow the relationship, not a transcript. */
export const CONTACT_NOTE_MAX = 1000;

const brief = (subject: string) =>
  safeText({ subject, max: CONTACT_NOTE_MAX, multiLine: true }).optional().default('');
const onDate = realDay('Enter the date as day/month/year.');
const kind = z.enum(CONTACT_KINDS, { message: 'Choose the kind of contact.' });
const method = z.enum(CHECKIN_METHODS, { message: 'Choose how you checked in.' });
const feeling = z.enum(CHECKIN_FEELINGS, { message: 'Choose how the mentor said it went.' });

/** Minutes as typed ('' for none) or as a number: a form's text box and a core call both work. */
const minutes = z
  .preprocess(
    (v) => {
      if (v === undefined || v === null) return null;
      if (typeof v !== 'string') return v;
      const t = v.trim();
      if (t === '') return null;
      return /^\d+$/.test(t) ? Number(t) : v;
    },
    z
      .number({ message: 'Enter the minutes as a whole number, such as 60.' })
      .int('Enter the minutes as a whole number, such as 60.')
      .min(1, 'Enter 1 minute or more.')
      .max(600, 'A session cannot be longer than 600 minutes (10 hours).')
      .nullable(),
  )
  .optional()
  .default(null);

const contactShape = z
  .object({
    matchId: id,
    onDate,
    minutes,
    kind,
    place: safeText({ subject: 'The place', max: 120 }).optional().default(''),
    noShow: z.boolean().default(false),
    notes: brief('The notes'),
    actionsAgreed: brief('The actions agreed'),
    menteeFeedback: brief('The mentee’s feedback'),
    concern: z.boolean().default(false),
    concernNote: brief('The concern'),
    /** Release-day gate meetings only: whether a lead mentor went too. */
    leadMentorAttended: z.boolean().nullable().optional().default(null),
  })
  .strict();

type ContactShape = z.output<typeof contactShape>;

/** The rules between fields, shared by recording and correcting a session. */
function contactRules(c: ContactShape, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (c.minutes === null && !c.noShow && c.kind !== 'letter')
    issue('minutes', 'Enter how many minutes the session lasted.');
  if (FACE_TO_FACE_KINDS.includes(c.kind) && c.place === '')
    issue('place', 'Say where they met (or were due to meet).');
  if (c.concern && c.concernNote === '')
    issue('concernNote', 'Say briefly what the concern is, so the caseworker can follow it up.');
  if (c.kind === 'release_day_gate' && c.leadMentorAttended === null)
    issue('leadMentorAttended', 'Say whether a lead mentor went to the gate.');
}

export const contactInput = contactShape.superRefine(contactRules);
export const contactUpdateInput = contactShape.extend({ id }).strict().superRefine(contactRules);
export type ContactInput = z.input<typeof contactInput>;

const con = <S extends z.ZodType>(s: S) => classed('contact', s);
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);

export const contactRecordSchema = z.object({
  id: con(z.string()),
  matchId: con(z.string()),
  onDate: con(z.string()),
  minutes: con(z.number().nullable()),
  kind: con(kind),
  place: con(z.string()),
  phase: con(z.enum(PHASES)),
  noShow: con(z.boolean()),
  notes: con(z.string()),
  actionsAgreed: con(z.string()),
  menteeFeedback: con(z.string()),
  concern: con(z.boolean()),
  concernNote: con(z.string()),
  leadMentorAttended: con(z.boolean().nullable()),
  recordedByName: con(z.string()),
  recordedAt: con(z.string()),
});
export type ContactRecord = z.infer<typeof contactRecordSchema>;

export const contactTotalsSchema = z.object({
  /** Sessions that took place (no-shows not counted). */
  sessions: con(z.number()),
  minutes: con(z.number()),
  noShows: con(z.number()),
  preRelease: con(z.number()),
  postRelease: con(z.number()),
  lastContactOn: con(z.string().nullable()),
  noShowStreak: con(z.number()),
});
export type ContactTotals = z.infer<typeof contactTotalsSchema>;

const contactDefaultsSchema = z.object({
  /** Sessions are recorded for active matches only; the form is offered only then. */
  matchActive: dir(z.boolean()),
  /** The last session's kind, place and length, to start the next one from. */
  kind: con(kind.nullable()),
  place: con(z.string()),
  minutes: con(z.number().nullable()),
  /** Places this match has used, most recent first, then the programme's list. */
  recentPlaces: con(z.array(z.string())),
  places: ref(z.array(z.string())),
});
export type ContactDefaults = z.infer<typeof contactDefaultsSchema>;

export const checkInInput = z
  .object({
    matchId: id,
    onDate,
    method,
    feeling,
    howItWent: safeText({
      subject: 'How it went',
      max: CONTACT_NOTE_MAX,
      multiLine: true,
      required: 'Say briefly how the mentor said it went.',
    }),
    concern: z.boolean().default(false),
    concernNote: brief('The concern'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.concern && c.concernNote === '')
      ctx.addIssue({
        code: 'custom',
        path: ['concernNote'],
        message: 'Say briefly what the concern is, so the caseworker can follow it up.',
      });
  });

const checkInSchema = z.object({
  id: con(z.string()),
  matchId: con(z.string()),
  onDate: con(z.string()),
  method: con(method),
  feeling: con(feeling),
  howItWent: con(z.string()),
  concern: con(z.boolean()),
  recordedByName: con(z.string()),
  recordedAt: con(z.string()),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const FOLLOW_UP_SOURCES = ['contact_record', 'checkin', 'incident'] as const;
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];

const followUpSchema = z.object({
  id: con(z.string()),
  matchId: dir(z.string()),
  matchReference: dir(z.string()),
  menteeName: dir(z.string()),
  mentorName: dir(z.string()),
  source: con(z.enum(FOLLOW_UP_SOURCES)),
  raisedOn: con(z.string()),
  dueOn: con(z.string()),
  note: con(z.string()),
  overdue: con(z.boolean()),
});
export type FollowUp = z.infer<typeof followUpSchema>;

const activeMatchRow = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  menteeName: dir(z.string()),
  mentorName: dir(z.string()),
  activeOn: dir(z.string().nullable()),
  lastContactOn: con(z.string().nullable()),
  noShowStreak: con(z.number()),
  openFollowUps: con(z.number()),
});
export type ActiveMatchRow = z.infer<typeof activeMatchRow>;

const placeSchema = z.object({
  id: ref(z.string()),
  name: ref(z.string()),
  sortOrder: ref(z.number()),
  archived: ref(z.boolean()),
});
export type MeetingPlace = z.infer<typeof placeSchema>;

const CASEWORK = ['coordinator', 'caseworker'] as const;
/** A session changes the match's last contact and no-show count, which match lists and the work queue show. */
const AFFECTS = ['mentoring', 'matches', 'workqueue'];
const READERS = ['coordinator', 'caseworker', 'safeguarding_lead'] as const;
const UUID = '00000000-0000-4000-8000-000000000000';
const visit = {
  matchId: UUID,
  onDate: '2026-03-02',
  minutes: 60,
  kind: 'prison_visit',
  place: 'Visits hall',
  notes: 'Talked about housing after release.',
} as const;
const checkIn = {
  matchId: UUID,
  onDate: '2026-03-02',
  method: 'phone',
  feeling: 'well',
  howItWent: 'Good first visit.',
} as const;
const matchOnly = { valid: [{ matchId: UUID }], invalid: [{}, { matchId: 'x' }, { matchId: UUID, all: 1 }] };

export const mentoringChannels = defineArea('mentoring', {
  recordContact: {
    kind: 'write',
    invalidates: AFFECTS,
    input: contactInput,
    output: contactRecordSchema,
    classes: ['contact'],
    access: CASEWORK,
    label: 'Recorded a mentoring session',
    summary:
      'Add a record of contact to an active match; its phase comes from the release date, and a concern raises a follow-up.',
    examples: {
      valid: [
        visit,
        { ...visit, kind: 'letter', minutes: null, place: '' },
        { ...visit, noShow: true, minutes: null },
        { ...visit, kind: 'release_day_gate', leadMentorAttended: true },
        { ...visit, concern: true, concernNote: 'Worried about where he will sleep.' },
      ],
      invalid: [
        {},
        { ...visit, onDate: '02/03/2026' },
        { ...visit, onDate: '2026-02-30' },
        { ...visit, kind: 'carrier_pigeon' },
        { ...visit, minutes: null },
        { ...visit, minutes: 0 },
        { ...visit, minutes: 'an hour' },
        { ...visit, place: '' },
        { ...visit, concern: true },
        { ...visit, kind: 'release_day_gate' },
        { ...visit, notes: 'x'.repeat(CONTACT_NOTE_MAX + 1) },
        { ...visit, notes: 'a\u202Eb' },
      ],
    },
  },
  updateContact: {
    kind: 'write',
    invalidates: AFFECTS,
    input: contactUpdateInput,
    output: contactRecordSchema,
    classes: ['contact'],
    access: CASEWORK,
    label: 'Corrected a mentoring session',
    summary: 'Correct a record of contact; the match’s last contact and no-show count are worked out again.',
    examples: {
      valid: [{ ...visit, id: UUID }],
      invalid: [visit, { ...visit, id: 'x' }, { ...visit, id: UUID, minutes: -5 }],
    },
  },
  deleteContact: {
    kind: 'write',
    invalidates: AFFECTS,
    input: z.object({ matchId: id, id }).strict(),
    output: z.object({ deleted: con(z.boolean()) }),
    classes: ['contact'],
    access: CASEWORK,
    label: 'Removed a mentoring session',
    summary: 'Remove a record of contact entered by mistake (its open follow-up goes with it).',
    examples: {
      valid: [{ matchId: UUID, id: UUID }],
      invalid: [{ matchId: UUID }, { matchId: UUID, id: 'x' }],
    },
  },
  contacts: {
    kind: 'read',
    input: z.object({ matchId: id }).strict(),
    output: z.object({ items: z.array(contactRecordSchema), totals: contactTotalsSchema }),
    classes: ['contact'],
    access: READERS,
    label: 'Looked at a match’s records of contact',
    summary:
      'Every session of one match, newest first, with totals (sessions, minutes, no-shows, before and after release).',
    examples: matchOnly,
  },
  contactDefaults: {
    kind: 'read',
    input: z.object({ matchId: id }).strict(),
    output: contactDefaultsSchema,
    classes: ['directory', 'contact', 'reference'],
    access: CASEWORK,
    label: 'Started a record of contact',
    summary:
      'What the next record of contact starts from: the last session’s kind, place and length, and the places to offer.',
    examples: matchOnly,
  },
  activeMatches: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(activeMatchRow) }),
    classes: ['directory', 'contact'],
    access: READERS,
    label: 'Looked at the matches to record contact for',
    summary:
      'The active matches whose casework the caller holds, with the last contact date, longest without contact first.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  checkIn: {
    kind: 'write',
    invalidates: AFFECTS,
    input: checkInInput,
    output: checkInSchema,
    classes: ['contact'],
    access: CASEWORK,
    label: 'Recorded a check-in with a mentor',
    summary: 'Record a staff check-in with the mentor after a meeting; a concern raises a follow-up.',
    examples: {
      valid: [
        checkIn,
        { ...checkIn, feeling: 'difficult', concern: true, concernNote: 'Mentee seemed low.' },
      ],
      invalid: [
        {},
        { ...checkIn, method: 'pigeon' },
        { ...checkIn, feeling: 'fine' },
        { ...checkIn, howItWent: '' },
        { ...checkIn, concern: true },
      ],
    },
  },
  checkIns: {
    kind: 'read',
    input: z.object({ matchId: id }).strict(),
    output: z.object({ items: z.array(checkInSchema) }),
    classes: ['contact'],
    access: READERS,
    label: 'Looked at a match’s check-ins',
    summary: 'Every staff check-in with the mentor of one match, newest first.',
    examples: matchOnly,
  },
  followUps: {
    kind: 'read',
    input: z.object({ matchId: id.optional() }).strict(),
    output: z.object({ items: z.array(followUpSchema) }),
    classes: ['directory', 'contact'],
    access: READERS,
    label: 'Looked at open concern follow-ups',
    summary:
      'Open concern follow-ups, for one match or for every match in the caller’s casework, overdue first.',
    examples: { valid: [{}, { matchId: UUID }], invalid: [{ matchId: 'x' }, { all: true }] },
  },
  completeFollowUp: {
    kind: 'write',
    invalidates: AFFECTS,
    input: z
      .object({
        id,
        onDate,
        outcome: safeText({
          subject: 'What was done',
          max: CONTACT_NOTE_MAX,
          multiLine: true,
          required: 'Say what was done about the concern.',
        }),
      })
      .strict(),
    output: followUpSchema.extend({ doneOn: con(z.string()) }),
    classes: ['directory', 'contact'],
    access: CASEWORK,
    label: 'Followed up a concern',
    summary: 'Mark a concern follow-up done, with the date and what was done.',
    examples: {
      valid: [{ id: UUID, onDate: '2026-03-04', outcome: 'Spoke to the housing officer.' }],
      invalid: [{ id: UUID }, { id: UUID, onDate: '2026-03-04', outcome: '' }],
    },
  },
  places: {
    kind: 'read',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(placeSchema),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Looked at the places to meet',
    summary: 'The programme’s list of safe, public places for mentors and mentees to meet.',
    examples: { valid: [{}], invalid: [{ includeArchived: 'yes' }] },
  },
  savePlace: {
    kind: 'write',
    input: z
      .object({
        id: id.optional(),
        name: safeText({ subject: 'The place', max: 120, required: 'Enter the place’s name.' }),
        sortOrder: z.number().int().min(0).max(10_000).optional(),
        archived: z.boolean().default(false),
      })
      .strict(),
    output: placeSchema,
    classes: ['reference'],
    access: ['coordinator'],
    label: 'Saved a place to meet',
    summary: 'Add, rename or archive a safe, public place on the programme’s list.',
    examples: { valid: [{ name: 'Town library' }], invalid: [{}, { name: '' }, { name: 'a\u0007' }] },
  },
});
