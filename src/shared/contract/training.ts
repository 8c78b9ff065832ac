import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, realDay, safeText } from './common';
import { ATTENDANCE_STATUSES, COURSE_KINDS, SESSION_HOURS, SESSION_WHEN } from '../mentors/training';

/**
 * Mentor training: courses (initial and ongoing, with topics), dated sessions, who was invited and
 * who came (hours), a waiting list per course for people who cannot make the dates, and
 * evaluations. Courses and sessions are reference data; the register names mentors (directory,
 * scoped to the caller's view of each mentor); trainers' observations are screening evidence
 * (vetting: co-ordinators and safeguarding leads only).
 */
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const vetting = <S extends z.ZodType>(s: S) => classed('vetting', s);

const COORDINATOR = ['coordinator'] as const;
const TRAINING_STAFF = ['coordinator', 'safeguarding_lead'] as const;
/** Lead mentors follow the training status of mentors in their cluster. */
const FOLLOWERS = ['coordinator', 'safeguarding_lead', 'lead_mentor'] as const;

const notes = (subject: string) => safeText({ subject, max: 2000, multiLine: true }).optional().default('');
const paging = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};
// Functions, not shared instances: `classed` marks the instance itself, and these appear in several classes.
const courseKind = () => z.enum(COURSE_KINDS, { message: 'Choose initial or ongoing training.' });
const attendanceStatus = () => z.enum(ATTENDANCE_STATUSES, { message: 'Choose a status from the list.' });

// ---- Courses -------------------------------------------------------------------------------

const courseSchema = z.object({
  id: ref(z.string()),
  title: ref(z.string()),
  kind: ref(courseKind()),
  topics: ref(z.array(z.string())),
  description: ref(z.string()),
  archived: ref(z.boolean()),
  sessions: ref(z.number()),
  waiting: ref(z.number()),
});
export type TrainingCourse = z.infer<typeof courseSchema>;

export const courseFields = z
  .object({
    id: id.optional(),
    title: safeText({ subject: 'The title', max: 120, required: 'Enter the course title.' }).refine(
      (v) => v.length >= 3,
      'Enter the course title.',
    ),
    kind: courseKind(),
    topics: z
      .array(
        safeText({ subject: 'A topic', max: 160, required: 'Enter the topic, or remove the empty line.' }),
        {
          message: 'Enter the topics as a list.',
        },
      )
      .max(40, 'A course can have at most 40 topics.')
      .refine(
        (t) => new Set(t.map((x) => x.toLowerCase())).size === t.length,
        'Each topic can be listed once.',
      )
      .default([]),
    description: notes('The description'),
    archived: z.boolean().default(false),
  })
  .strict();
export type CourseFields = z.input<typeof courseFields>;

// ---- Sessions ------------------------------------------------------------------------------

const sessionRow = z.object({
  id: ref(z.string()),
  courseId: ref(z.string()),
  courseTitle: ref(z.string()),
  courseKind: ref(courseKind()),
  heldOn: ref(z.string()),
  startTime: ref(z.string()),
  hours: ref(z.number()),
  venue: ref(z.string()),
  trainers: ref(z.string()),
  capacity: ref(z.number()),
  announcedOn: ref(z.string().nullable()),
  cancelled: ref(z.boolean()),
  notes: ref(z.string()),
  invited: ref(z.number()),
  coming: ref(z.number()),
  attended: ref(z.number()),
});
export type TrainingSessionRow = z.infer<typeof sessionRow>;

export const sessionFields = z
  .object({
    id: id.optional(),
    courseId: id,
    heldOn: realDay('Enter the date of the session.'),
    startTime: z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the start time as hours and minutes, such as 09:30.'),
    hours: z
      .number({ message: 'Enter the length in hours.' })
      .min(SESSION_HOURS.min, `A session lasts at least ${SESSION_HOURS.min} hours.`)
      .max(SESSION_HOURS.max, `A session lasts at most ${SESSION_HOURS.max} hours.`)
      .refine((h) => Number.isInteger(h * 4), 'Enter the hours to the nearest quarter hour.'),
    venue: safeText({ subject: 'The venue', max: 160, required: 'Enter where the session is held.' }),
    trainers: safeText({ subject: 'The trainers', max: 200 }).optional().default(''),
    capacity: z
      .number({ message: 'Enter how many people the session has room for.' })
      .int('Enter a whole number of places.')
      .min(1, 'A session needs room for at least 1 person.')
      .max(200, 'A session can have at most 200 places.'),
    announcedOn: realDay('Enter the date the session was announced, or leave it empty.')
      .nullable()
      .optional()
      .default(null),
    notes: notes('Notes'),
    cancelled: z.boolean().default(false),
  })
  .strict()
  .refine((s) => !s.announcedOn || s.announcedOn <= s.heldOn, {
    message: 'A session cannot be announced after it is held.',
    path: ['announcedOn'],
  });
export type SessionFields = z.input<typeof sessionFields>;

const registerRow = z.object({
  /** The mentor's id: the register is scoped mentor by mentor. */
  id: dir(z.string()),
  attendanceId: dir(z.string()),
  name: dir(z.string()),
  stage: dir(z.string()),
  status: dir(attendanceStatus()),
  hoursAttended: dir(z.number().nullable()),
  invitedOn: dir(z.string()),
  observations: vetting(z.string().nullable()),
});
export type RegisterRow = z.infer<typeof registerRow>;

const sessionDetail = sessionRow.extend({
  courseTopics: ref(z.array(z.string())),
  register: z.array(registerRow),
});
export type TrainingSessionDetail = z.infer<typeof sessionDetail>;

const warnings = ref(z.array(z.string()));

// ---- Waiting list, evaluations, per mentor ---------------------------------------------------

const waitingRow = z.object({
  /** The mentor's id (scoped); `waitingId` names the entry. */
  id: dir(z.string()),
  waitingId: dir(z.string()),
  name: dir(z.string()),
  stage: dir(z.string()),
  addedOn: dir(z.string()),
  reason: classed('contact', z.string().nullable()),
});
export type WaitingRow = z.infer<typeof waitingRow>;

const evaluationRow = z.object({
  id: dir(z.string()),
  mentorId: dir(z.string().nullable()),
  mentorName: dir(z.string().nullable()),
  rating: dir(z.number()),
  comments: dir(z.string()),
  createdAt: dir(z.string()),
});
export type EvaluationRow = z.infer<typeof evaluationRow>;

const mentorSessionRow = z.object({
  id: dir(z.string()),
  courseTitle: dir(z.string()),
  courseKind: dir(courseKind()),
  heldOn: dir(z.string()),
  hours: dir(z.number()),
  cancelled: dir(z.boolean()),
  status: dir(attendanceStatus()),
  hoursAttended: dir(z.number().nullable()),
});
const mentorWaitingRow = z.object({
  id: dir(z.string()),
  courseId: dir(z.string()),
  courseTitle: dir(z.string()),
  addedOn: dir(z.string()),
  reason: classed('contact', z.string().nullable()),
});
const mentorTrainingSchema = z.object({
  mentorId: dir(z.string()),
  /** Their pipeline stage: those who have left or were not selected are not offered training. */
  stage: dir(z.string()),
  initialHours: dir(z.number()),
  initialThreshold: ref(z.number()),
  ongoingHoursLast12Months: dir(z.number()),
  sessions: z.array(mentorSessionRow),
  waiting: z.array(mentorWaitingRow),
});
export type MentorTraining = z.infer<typeof mentorTrainingSchema>;

const UUID = '00000000-0000-4000-8000-000000000000';
const validSession = {
  courseId: UUID,
  heldOn: '2027-03-06',
  startTime: '09:30',
  hours: 6,
  venue: 'Riverside Centre',
  capacity: 14,
} as const;

export const trainingChannels = defineArea('training', {
  courses: {
    kind: 'read',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(courseSchema),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Looked at the training courses',
    summary: 'Training courses (initial, then ongoing), with their topics and numbers of sessions.',
    examples: {
      valid: [{}, { includeArchived: true }],
      invalid: [{ includeArchived: 'yes' }, { kind: 'x' }],
    },
  },
  saveCourse: {
    kind: 'write',
    input: courseFields,
    output: courseSchema,
    classes: ['reference'],
    access: COORDINATOR,
    label: 'Saved a training course',
    summary: 'Add a training course or change one (title, kind, topics, description, archived).',
    examples: {
      valid: [{ title: 'Working with families', kind: 'ongoing', topics: ['Visits', 'Letters home'] }],
      invalid: [
        {},
        { title: 'Course', kind: 'weekly' },
        { title: 'Course', kind: 'initial', topics: ['A', 'a'] },
        { title: 'Course\u202E', kind: 'initial' },
      ],
    },
  },
  sessions: {
    kind: 'read',
    input: z
      .object({
        when: z.enum(SESSION_WHEN).default('all'),
        courseId: id.optional(),
        ...paging,
      })
      .strict(),
    output: z.object({
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      items: z.array(sessionRow),
    }),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Looked at the training register',
    summary:
      'Training sessions, upcoming first (soonest at the top) then past, with places and attendance counts.',
    examples: {
      valid: [{}, { when: 'past', courseId: UUID, page: 2 }],
      invalid: [{ when: 'soon' }, { page: 0 }, { pageSize: 1000 }, { courseId: 'x' }],
    },
  },
  session: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: sessionDetail,
    classes: ['reference', 'directory', 'vetting'],
    access: FOLLOWERS,
    label: 'Looked at a training session’s register',
    summary:
      'One session with its register: each invited mentor, their status, hours and (co-ordinators) observations.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  saveSession: {
    kind: 'write',
    input: sessionFields,
    output: z.object({ session: sessionRow, warnings }),
    classes: ['reference'],
    access: COORDINATOR,
    label: 'Saved a training session',
    summary:
      'Add or change a session; the answer warns (without refusing) about short notice and group size.',
    examples: {
      valid: [validSession, { ...validSession, id: UUID, announcedOn: '2027-02-01', cancelled: true }],
      invalid: [
        {},
        { ...validSession, hours: 0.25 },
        { ...validSession, hours: 13 },
        { ...validSession, startTime: '9am' },
        { ...validSession, heldOn: '2027-02-30' },
        { ...validSession, announcedOn: '2027-04-01' },
        { ...validSession, capacity: 0 },
      ],
    },
  },
  invite: {
    kind: 'write',
    input: z
      .object({
        sessionId: id,
        mentorIds: z.array(id).min(1, 'Choose at least one mentor to invite.').max(200),
      })
      .strict(),
    output: z.object({ invited: dir(z.number()) }),
    classes: ['directory'],
    access: COORDINATOR,
    label: 'Invited mentors to a training session',
    summary:
      'Invite mentors to a session (those already invited are left as they are); not those who have left or were not selected.',
    examples: {
      valid: [{ sessionId: UUID, mentorIds: [UUID] }],
      invalid: [
        { sessionId: UUID, mentorIds: [] },
        { sessionId: UUID, mentorIds: ['x'] },
        { mentorIds: [UUID] },
      ],
    },
  },
  invitableMentors: {
    kind: 'read',
    input: z
      .object({
        sessionId: id,
        search: safeText({ subject: 'The search', max: 80 }).optional().default(''),
      })
      .strict(),
    output: z.object({
      items: z.array(z.object({ id: dir(z.string()), name: dir(z.string()), stage: dir(z.string()) })),
    }),
    classes: ['directory'],
    access: COORDINATOR,
    label: 'Looked for mentors to invite to training',
    summary: 'Mentors not yet invited to a session (not those who have left), by name, at most 50.',
    examples: {
      valid: [{ sessionId: UUID }, { sessionId: UUID, search: 'ali' }],
      invalid: [{}, { sessionId: UUID, search: 'a\u0007' }],
    },
  },
  setAttendance: {
    kind: 'write',
    input: z
      .object({
        sessionId: id,
        mentorId: id,
        status: attendanceStatus(),
        hoursAttended: z
          .number({ message: 'Enter the hours attended.' })
          .min(0, 'Hours attended cannot be negative.')
          .max(SESSION_HOURS.max, `A session lasts at most ${SESSION_HOURS.max} hours.`)
          .nullable()
          .optional()
          .default(null),
        observations: safeText({ subject: 'Observations', max: 4000, multiLine: true }).optional(),
      })
      .strict(),
    output: z.object({
      status: dir(attendanceStatus()),
      hoursAttended: dir(z.number().nullable()),
    }),
    classes: ['directory', 'vetting'],
    access: COORDINATOR,
    label: 'Recorded training attendance',
    summary:
      'Set one mentor’s status on a session’s register; attended or absent only from the session’s day, attended hours defaulting to its length.',
    examples: {
      valid: [{ sessionId: UUID, mentorId: UUID, status: 'attended' }],
      invalid: [
        { sessionId: UUID, mentorId: UUID, status: 'late' },
        { sessionId: UUID, mentorId: UUID, status: 'attended', hoursAttended: -1 },
        { sessionId: UUID, status: 'attended' },
      ],
    },
  },
  waitingList: {
    kind: 'read',
    input: z.object({ courseId: id }).strict(),
    output: z.object({ items: z.array(waitingRow) }),
    classes: ['directory', 'contact'],
    access: TRAINING_STAFF,
    label: 'Looked at a course’s waiting list',
    summary: 'Mentors waiting for a place on a course, oldest first.',
    examples: { valid: [{ courseId: UUID }], invalid: [{}, { courseId: 'x' }] },
  },
  addToWaitingList: {
    kind: 'write',
    input: z
      .object({
        courseId: id,
        mentorId: id,
        reason: safeText({ subject: 'The reason', max: 500 }).optional().default(''),
      })
      .strict(),
    output: z.object({ waitingId: dir(z.string()) }),
    classes: ['directory', 'contact'],
    access: COORDINATOR,
    label: 'Added a mentor to a training waiting list',
    summary:
      'Put a mentor who cannot make a course’s dates on its waiting list (not one who has left or was not selected).',
    examples: {
      valid: [{ courseId: UUID, mentorId: UUID, reason: 'Works shifts on Saturdays' }],
      invalid: [{ courseId: UUID }, { courseId: UUID, mentorId: UUID, reason: 'x'.repeat(501) }],
    },
  },
  placeFromWaitingList: {
    kind: 'write',
    input: z.object({ waitingId: id, sessionId: id }).strict(),
    output: z.object({ invited: dir(z.number()) }),
    classes: ['directory'],
    access: COORDINATOR,
    label: 'Offered a waiting mentor a training place',
    summary:
      'Invite a waiting mentor to a session of the same course, taking them off the waiting list (unless they have since left).',
    examples: {
      valid: [{ waitingId: UUID, sessionId: UUID }],
      invalid: [{ waitingId: UUID }, { waitingId: 'x', sessionId: UUID }],
    },
  },
  addEvaluation: {
    kind: 'write',
    input: z
      .object({
        sessionId: id,
        mentorId: id.nullable().optional().default(null),
        rating: z
          .number({ message: 'Choose a rating from 1 to 5.' })
          .int('Choose a rating from 1 to 5.')
          .min(1, 'Choose a rating from 1 to 5.')
          .max(5, 'Choose a rating from 1 to 5.'),
        comments: safeText({ subject: 'Comments', max: 4000, multiLine: true }).optional().default(''),
      })
      .strict(),
    output: z.object({ id: dir(z.string()) }),
    classes: ['directory'],
    access: COORDINATOR,
    label: 'Added a training evaluation',
    summary: 'Record what a participant thought of a session (named or anonymous): a rating and comments.',
    examples: {
      valid: [{ sessionId: UUID, rating: 4, comments: 'Useful role play.' }],
      invalid: [
        { sessionId: UUID, rating: 0 },
        { sessionId: UUID, rating: 6 },
        { sessionId: UUID, rating: 3.5 },
      ],
    },
  },
  evaluations: {
    kind: 'read',
    input: z.object({ sessionId: id }).strict(),
    output: z.object({
      average: dir(z.number().nullable()),
      count: dir(z.number()),
      items: z.array(evaluationRow),
    }),
    classes: ['directory'],
    access: TRAINING_STAFF,
    label: 'Looked at a training session’s evaluations',
    summary: 'What participants thought of a session, newest first, with the average rating.',
    examples: { valid: [{ sessionId: UUID }], invalid: [{}, { sessionId: 'x' }] },
  },
  mentorTraining: {
    kind: 'read',
    input: z.object({ mentorId: id }).strict(),
    output: mentorTrainingSchema,
    classes: ['directory', 'contact', 'reference'],
    access: FOLLOWERS,
    label: 'Looked at a mentor’s training',
    summary:
      'One mentor’s training: sessions and hours, initial hours against the threshold, ongoing hours in the last 12 months, waiting lists.',
    examples: { valid: [{ mentorId: UUID }], invalid: [{}, { mentorId: 'x' }] },
  },
});
