import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, optionalDate, realDate, safeText } from './common';
import {
  CALL_DIRECTIONS,
  GROUP_ATTENDANCE,
  GROUP_SESSION_STATUSES,
  SUPERVISION_KINDS,
} from '../supervision/supervision';

/**
 * Supervision of mentors (standard 23): individual supervision, the year's group supervision
 * sessions with attendance and apologies, and telephone support. Co-ordinators (and the
 * safeguarding lead) record and read it; lead mentors and caseworkers do not, because the notes
 * talk about mentees' casework and mentors' own lives. Those notes are `special`; dates, kinds and
 * attendance are `contact`; the session calendar itself (date, time, venue) is `reference`.
 */
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const special = <S extends z.ZodType>(s: S) => classed('special', s);

const SUPERVISORS = ['coordinator', 'safeguarding_lead'] as const;
const INVALIDATES = ['supervision', 'workqueue'];

const line = (subject: string, max = 120) => safeText({ subject, max }).optional().default('');
const notes = (subject: string) => safeText({ subject, max: 4000, multiLine: true }).optional().default('');
const day = (what: string) => realDate(`Enter the date of the ${what} as day/month/year.`);
const time = z
  .string({ message: 'Enter the start time as hours and minutes, like 18:30.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the start time as hours and minutes, like 18:30.');
const attendance = z.enum(GROUP_ATTENDANCE, {
  message: 'Choose attended, sent apologies or did not attend.',
});
const sessionStatus = z.enum(GROUP_SESSION_STATUSES, { message: 'Choose planned, published or cancelled.' });

// ——— Group sessions ———

const sessionFields = z
  .object({
    heldOn: day('session'),
    startsAt: time,
    venue: line('The venue'),
    ledBy: line('Who leads the session', 100),
  })
  .strict();
export type GroupSessionFields = z.input<typeof sessionFields>;

export const groupSessionSchema = z.object({
  id: ref(z.string()),
  heldOn: ref(z.string()),
  startsAt: ref(z.string()),
  venue: ref(z.string()),
  ledBy: contact(z.string()),
  status: ref(sessionStatus),
  themes: contact(z.array(z.string())),
  attendanceTaken: ref(z.boolean()),
  attended: ref(z.number()),
  apologies: ref(z.number()),
  didNotAttend: ref(z.number()),
});
export type GroupSession = z.infer<typeof groupSessionSchema>;

const registerRow = z.object({
  mentorId: dir(z.string()),
  mentorName: dir(z.string()),
  stage: dir(z.string()),
  status: contact(attendance.nullable()),
});
export type RegisterRow = z.infer<typeof registerRow>;

// ——— Individual supervision and calls ———

export const supervisionFields = z
  .object({
    mentorId: id,
    heldOn: day('supervision'),
    supervisorAccountId: id.nullable().optional().default(null),
    supervisorName: safeText({
      subject: 'The supervisor’s name',
      max: 100,
      required: 'Enter who supervised.',
    }),
    kind: z.enum(SUPERVISION_KINDS, { message: 'Choose in person, by telephone or by video call.' }),
    matchesDiscussed: z
      .array(id)
      .max(20)
      .refine((a) => new Set(a).size === a.length, 'Each match can be listed once.')
      .default([]),
    contactsReviewed: z.boolean({ message: 'Say whether the contact records were reviewed.' }),
    contactsNote: notes('The note on the contact records'),
    concerns: notes('The concerns'),
    trainingNeeds: notes('The training needs'),
    personalIssues: notes('The personal issues'),
    actions: notes('The actions agreed'),
    nextOn: optionalDate('Enter the next supervision date as day/month/year.'),
  })
  .strict();
export type SupervisionFields = z.input<typeof supervisionFields>;

const supervisionSchema = z.object({
  id: contact(z.string()),
  heldOn: contact(z.string()),
  supervisorName: contact(z.string()),
  kind: contact(z.enum(SUPERVISION_KINDS)),
  matchesDiscussed: contact(z.array(z.object({ id: z.string(), reference: z.string() }))),
  contactsReviewed: contact(z.boolean()),
  contactsNote: special(z.string()),
  concerns: special(z.string()),
  trainingNeeds: special(z.string()),
  personalIssues: special(z.string()),
  actions: special(z.string()),
  nextOn: contact(z.string().nullable()),
});
export type SupervisionRecord = z.infer<typeof supervisionSchema>;

export const callFields = z
  .object({
    mentorId: id,
    calledOn: day('call'),
    direction: z.enum(CALL_DIRECTIONS, { message: 'Choose who made the call.' }),
    staffName: safeText({
      subject: 'The staff member’s name',
      max: 100,
      required: 'Enter who took or made the call.',
    }),
    minutes: z
      .number({ message: 'Enter the length of the call in minutes.' })
      .int('Enter a whole number of minutes.')
      .min(1, 'Enter 1 minute or more.')
      .max(600, 'Enter 600 minutes or less.'),
    topic: safeText({
      subject: 'The topic',
      max: 2000,
      multiLine: true,
      required: 'Say what the call was about.',
    }),
    followUpNeeded: z.boolean({ message: 'Say whether a follow-up is needed.' }),
    followUpNote: notes('The follow-up'),
  })
  .strict();
export type CallFields = z.input<typeof callFields>;

const callSchema = z.object({
  id: contact(z.string()),
  calledOn: contact(z.string()),
  direction: contact(z.enum(CALL_DIRECTIONS)),
  staffName: contact(z.string()),
  minutes: contact(z.number()),
  topic: special(z.string()),
  followUpNeeded: contact(z.boolean()),
  followUpNote: special(z.string()),
});
export type SupervisionCall = z.infer<typeof callSchema>;

const dueRow = z.object({
  mentorId: dir(z.string()),
  mentorName: dir(z.string()),
  stage: dir(z.string()),
  lastSupervisedOn: contact(z.string().nullable()),
  dueOn: contact(z.string()),
  overdue: contact(z.boolean()),
  missedStreak: contact(z.number()),
  invite: contact(z.boolean()),
});
export type SupervisionDueRow = z.infer<typeof dueRow>;

const UUID = '00000000-0000-4000-8000-000000000000';
const validSession = { heldOn: '2026-01-07', startsAt: '18:30' };
const validRecord = {
  mentorId: UUID,
  heldOn: '2026-01-10',
  supervisorName: 'Sam Co-ordinator',
  kind: 'in_person',
  contactsReviewed: true,
};
const validCall = {
  mentorId: UUID,
  calledOn: '2026-01-10',
  direction: 'from_mentor',
  staffName: 'Sam Co-ordinator',
  minutes: 15,
  topic: 'Visit arrangements',
  followUpNeeded: false,
};

export const supervisionChannels = defineArea('supervision', {
  calendar: {
    kind: 'read',
    input: z.object({ year: z.number().int().min(2000).max(2100) }).strict(),
    output: z.object({
      year: ref(z.number()),
      weeks: ref(z.number()),
      sessions: z.array(groupSessionSchema),
    }),
    classes: ['reference', 'contact'],
    access: [...SUPERVISORS],
    label: 'Looked at the group supervision calendar',
    summary: 'A calendar year’s group supervision sessions with their attendance counts.',
    examples: { valid: [{ year: 2026 }], invalid: [{}, { year: 1066 }, { year: '2026' }] },
  },
  scheduleYear: {
    kind: 'write',
    input: sessionFields.extend({}).strict(),
    output: z.object({ created: ref(z.number()), skipped: ref(z.number()) }),
    classes: ['reference'],
    access: [...SUPERVISORS],
    invalidates: INVALIDATES,
    label: 'Scheduled a year of group supervision',
    summary:
      'Plan a year of group supervision from a first date at the programme’s interval; days already holding a session are skipped.',
    examples: {
      valid: [validSession],
      invalid: [{}, { ...validSession, heldOn: '2026-02-30' }, { ...validSession, startsAt: '25:00' }],
    },
  },
  saveSession: {
    kind: 'write',
    input: sessionFields.extend({ id: id.optional() }),
    output: groupSessionSchema,
    classes: ['reference', 'contact'],
    access: [...SUPERVISORS],
    invalidates: INVALIDATES,
    label: 'Saved a group supervision date',
    summary: 'Add a group supervision date or change its day, time, venue or leader.',
    examples: {
      valid: [validSession, { ...validSession, id: UUID, venue: 'Community room' }],
      invalid: [
        { ...validSession, startsAt: '6pm' },
        { ...validSession, venue: 'a\u202Eb' },
      ],
    },
  },
  setSessionStatus: {
    kind: 'write',
    input: z.object({ id, status: sessionStatus }).strict(),
    output: groupSessionSchema,
    classes: ['reference', 'contact'],
    access: [...SUPERVISORS],
    invalidates: INVALIDATES,
    label: 'Published or cancelled a group supervision date',
    summary: 'Publish a planned date to mentors, cancel it, or put it back to planned.',
    examples: {
      valid: [{ id: UUID, status: 'published' }],
      invalid: [{ id: UUID }, { id: UUID, status: 'moved' }],
    },
  },
  session: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: z.object({ session: groupSessionSchema, register: z.array(registerRow) }),
    classes: ['reference', 'directory', 'contact'],
    access: [...SUPERVISORS],
    label: 'Looked at a group supervision session',
    summary:
      'One session with its register: the ready and matched mentors (on hold left out) and anyone already marked.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  recordAttendance: {
    kind: 'write',
    input: z
      .object({
        id,
        marks: z
          .array(z.object({ mentorId: id, status: attendance }).strict())
          .max(500)
          .refine(
            (a) => new Set(a.map((x) => x.mentorId)).size === a.length,
            'Each mentor can be marked once.',
          ),
        themes: z
          .array(safeText({ subject: 'A theme', max: 80, required: 'A theme cannot be empty.' }))
          .max(12, 'List at most 12 themes.')
          .default([]),
      })
      .strict(),
    output: groupSessionSchema,
    classes: ['reference', 'contact'],
    access: [...SUPERVISORS],
    invalidates: INVALIDATES,
    label: 'Recorded group supervision attendance',
    summary:
      'Mark who attended, sent apologies or did not attend, and the themes discussed; updates each mentor’s missed-in-a-row count.',
    examples: {
      valid: [{ id: UUID, marks: [{ mentorId: UUID, status: 'apologies' }], themes: ['Boundaries'] }],
      invalid: [
        { id: UUID },
        { id: UUID, marks: [{ mentorId: UUID, status: 'late' }] },
        {
          id: UUID,
          marks: [
            { mentorId: UUID, status: 'attended' },
            { mentorId: UUID, status: 'apologies' },
          ],
        },
        { id: UUID, marks: [], themes: [''] },
      ],
    },
  },
  due: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({
      weeks: ref(z.number()),
      supervised: ref(z.number()),
      active: ref(z.number()),
      items: z.array(dueRow),
    }),
    classes: ['reference', 'directory', 'contact'],
    access: [...SUPERVISORS],
    label: 'Looked at mentors due for supervision',
    summary:
      'Ready and matched mentors not supervised within the interval or invited after missed group sessions, and standard 23’s count (supervised within the interval out of all active mentors).',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  mentor: {
    kind: 'read',
    input: z.object({ mentorId: id }).strict(),
    output: z.object({
      mentorId: dir(z.string()),
      mentorName: dir(z.string()),
      stage: dir(z.string()),
      lastSupervisedOn: contact(z.string().nullable()),
      nextDueOn: contact(z.string().nullable()),
      missedStreak: contact(z.number()),
      missed: contact(z.array(z.object({ on: z.string(), apologies: z.boolean() }))),
      records: z.array(supervisionSchema),
      attendance: z.array(
        z.object({ sessionId: ref(z.string()), heldOn: ref(z.string()), status: contact(attendance) }),
      ),
      calls: z.array(callSchema),
      matches: z.array(
        z.object({
          id: ref(z.string()),
          reference: ref(z.string()),
          menteeName: dir(z.string()),
          stage: ref(z.string()),
        }),
      ),
    }),
    classes: ['reference', 'directory', 'contact', 'special'],
    access: [...SUPERVISORS],
    label: 'Looked at a mentor’s supervision',
    summary:
      'One mentor’s individual supervision, group attendance and telephone support, with their matches.',
    examples: { valid: [{ mentorId: UUID }], invalid: [{}, { mentorId: 'x' }] },
  },
  record: {
    kind: 'write',
    input: supervisionFields,
    output: supervisionSchema,
    classes: ['contact', 'special'],
    access: [...SUPERVISORS],
    invalidates: INVALIDATES,
    label: 'Recorded an individual supervision',
    summary:
      'Record an individual supervision: matches discussed, contact records reviewed, concerns, training needs, personal issues, actions and the next date.',
    examples: {
      valid: [validRecord, { ...validRecord, kind: 'video', nextOn: '2026-02-20', matchesDiscussed: [UUID] }],
      invalid: [
        {},
        { ...validRecord, kind: 'letter' },
        { ...validRecord, heldOn: '10/01/2026' },
        { ...validRecord, supervisorName: '' },
        { ...validRecord, matchesDiscussed: [UUID, UUID] },
        { ...validRecord, nextOn: '2026-13-01' },
      ],
    },
  },
  calls: {
    kind: 'read',
    input: z
      .object({
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      items: z.array(callSchema.extend({ mentorId: dir(z.string()), mentorName: dir(z.string()) })),
    }),
    classes: ['reference', 'directory', 'contact', 'special'],
    access: [...SUPERVISORS],
    label: 'Looked at the telephone support log',
    summary: 'Every telephone support call, newest first, a page at a time.',
    examples: { valid: [{}, { page: 2 }], invalid: [{ page: 0 }, { pageSize: 1000 }] },
  },
  logCall: {
    kind: 'write',
    input: callFields,
    output: callSchema,
    classes: ['contact', 'special'],
    access: [...SUPERVISORS],
    invalidates: INVALIDATES,
    label: 'Logged a telephone support call',
    summary: 'Log a support call to or from a mentor: date, who, length, topic and any follow-up.',
    examples: {
      valid: [validCall],
      invalid: [
        {},
        { ...validCall, minutes: 0 },
        { ...validCall, minutes: 2.5 },
        { ...validCall, direction: 'sideways' },
        { ...validCall, topic: '' },
      ],
    },
  },
});
