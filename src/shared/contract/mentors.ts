import { z } from 'zod';
import { personWrites } from './invalidation';
import { classed, defineArea } from './define';
import { email, id, optionalDate, phone, postcode, realDate, safeText } from './common';
import { EMPLOYMENT_STATUSES, LEARNING_STYLES, MENTOR_STAGES, WEEKDAYS } from '../mentors/pipeline';
import { CLEARANCE_STATUSES } from '../mentors/screening';
import { OFFENCE_CATEGORIES } from '../mentees/referral';
import { MENTOR_GENDERS } from '../matching/suggest';

/** A change to a mentor shows in search and in the match screens too. */
const WRITES_MENTORS = personWrites('mentors');

/**
 * Volunteer mentors: the record from first enquiry to leaving, the recruitment pipeline and its
 * readiness gate. Names and stage are directory data; contact details, what they offer and their
 * motivation are contact data; what they would find hard to work with is vetting; a link to a
 * former mentee record is criminal-offence data.
 */
const line = (subject: string, max = 120) => safeText({ subject, max });
const optionalLine = (subject: string, max = 120) => line(subject, max).optional().default('');
const notes = (subject: string, max = 4000) =>
  safeText({ subject, max, multiLine: true }).optional().default('');
const shortList = (subject: string) =>
  z
    .array(safeText({ subject, max: 60 }).min(1, `${subject} cannot be blank.`), {
      message: `${subject} must be a list.`,
    })
    .max(20, `Enter no more than 20 ${subject.toLowerCase()}.`)
    .optional()
    .default([]);
export const mentorFields = z
  .object({
    firstName: safeText({ subject: 'The first name', max: 80, required: 'Enter their first name.' }),
    lastName: safeText({ subject: 'The last name', max: 80, required: 'Enter their last name.' }),
    preferredName: optionalLine('The preferred name', 80),
    dateOfBirth: optionalDate('Enter their date of birth as a date.'),
    email,
    phone,
    addressLine1: optionalLine('The address'),
    addressLine2: optionalLine('The address'),
    town: optionalLine('The town', 80),
    postcode,
    enquiryDate: realDate('Enter the date they first got in touch.'),
    heardVia: optionalLine('How they heard', 120),
    applicationDate: optionalDate('Enter the application date as a date.'),
    motivation: notes('Their motivation'),
    hopes: notes('What they hope to get from it'),
    employmentStatus: z
      .enum(EMPLOYMENT_STATUSES, { message: 'Choose their employment status from the list.' })
      .optional()
      .default('not_known'),
    interests: shortList('Interests'),
    skills: shortList('Skills'),
    languages: shortList('Languages'),
    learningStyle: z
      .enum(LEARNING_STYLES, { message: 'Choose a learning style from the list.' })
      .nullable()
      .optional()
      .default(null),
    availability: z
      .array(z.enum(WEEKDAYS, { message: 'Choose days of the week.' }))
      .max(7)
      .refine((d) => new Set(d).size === d.length, 'Choose each day only once.')
      .transform((d) => WEEKDAYS.filter((w) => d.includes(w)))
      .optional()
      .default([]),
    availabilityNotes: notes('Availability notes', 500),
    travelArea: optionalLine('Where they can travel', 200),
    // For matching (issue 10): a mentee may ask for a mentor of a gender; '' is not recorded.
    gender: z
      .enum(MENTOR_GENDERS, { message: 'Choose a gender from the list.' })
      .or(z.literal(''))
      .optional()
      .default(''),
    maxMentees: z
      .number({ message: 'Enter how many mentees they can take at once.' })
      .int('Enter a whole number of mentees.')
      .min(1, 'Enter at least 1 mentee.')
      .max(5, 'Enter no more than 5 mentees.')
      .optional()
      .default(1),
    excludedOffences: z
      .array(z.enum(OFFENCE_CATEGORIES, { message: 'Choose offence categories from the list.' }))
      .refine((o) => new Set(o).size === o.length, 'Choose each offence category only once.')
      .optional()
      .default([]),
    hardToWorkWith: notes('Who they would find hard to work with', 2000),
    notes: notes('Notes'),
    formerMenteeId: id.nullable().optional().default(null),
  })
  .strict();
/** What a form or an import sends. */
export type MentorFieldsInput = z.input<typeof mentorFields>;
/** After validation: every field present. */
export type MentorFields = z.output<typeof mentorFields>;

/** Who may look at mentors at all; the scope narrows each record (see mentor.scope.ts). */
export const MENTOR_READERS = ['coordinator', 'safeguarding_lead', 'lead_mentor', 'caseworker'] as const;
/** Who may see a mentor's readiness (vetting facts) and the work queue. */
export const MENTOR_VETTERS = ['coordinator', 'safeguarding_lead'] as const;

const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const vetting = <S extends z.ZodType>(s: S) => classed('vetting', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);

// A new schema each time: `classed` marks the schema object itself, and one stage is directory
// data on a record but vetting data on a gate exception.
const stage = () => z.enum(MENTOR_STAGES, { message: 'Choose a stage from the list.' });
export const MENTOR_SORTS = ['name', 'stage', 'stageSince', 'enquiryDate'] as const;

const historyEntry = z.object({
  id: dir(z.string()),
  stage: dir(stage()),
  onDate: dir(z.string()),
  note: contact(z.string()),
  recordedByName: dir(z.string().nullable()),
  recordedAt: system(z.string()),
  /** The move went through on a co-ordinator's exception to the readiness gate. */
  byException: vetting(z.boolean()),
});
export type MentorHistoryEntry = z.infer<typeof historyEntry>;

export const mentorSchema = z.object({
  id: dir(z.string()),
  firstName: dir(z.string()),
  lastName: dir(z.string()),
  preferredName: dir(z.string()),
  displayName: dir(z.string()),
  stage: dir(stage()),
  stageSince: dir(z.string()),
  daysInStage: dir(z.number()),
  dateOfBirth: contact(z.string().nullable()),
  email: contact(z.string()),
  phone: contact(z.string()),
  addressLine1: contact(z.string()),
  addressLine2: contact(z.string()),
  town: contact(z.string()),
  postcode: contact(z.string()),
  enquiryDate: dir(z.string()),
  heardVia: dir(z.string()),
  applicationDate: dir(z.string().nullable()),
  motivation: contact(z.string()),
  hopes: contact(z.string()),
  employmentStatus: contact(z.enum(EMPLOYMENT_STATUSES)),
  interests: contact(z.array(z.string())),
  skills: contact(z.array(z.string())),
  languages: contact(z.array(z.string())),
  learningStyle: contact(z.enum(LEARNING_STYLES).nullable()),
  availability: contact(z.array(z.enum(WEEKDAYS))),
  availabilityNotes: contact(z.string()),
  travelArea: contact(z.string()),
  gender: contact(z.enum(MENTOR_GENDERS).or(z.literal(''))),
  maxMentees: contact(z.number()),
  excludedOffences: vetting(z.array(z.enum(OFFENCE_CATEGORIES))),
  hardToWorkWith: vetting(z.string()),
  notes: contact(z.string()),
  formerMenteeId: classed('criminal', z.string().nullable()),
  isLeadMentor: dir(z.boolean()),
  clusterId: dir(z.string().nullable()),
  clusterName: dir(z.string().nullable()),
  accountId: system(z.string().nullable()),
  onHoldReason: contact(z.string().nullable()),
  followUpDue: dir(z.string().nullable()),
  leftDate: dir(z.string().nullable()),
  leftReason: contact(z.string().nullable()),
  exitInterviewDate: dir(z.string().nullable()),
  exitInterviewNotes: contact(z.string().nullable()),
  updatedAt: system(z.string()),
  history: z.array(historyEntry),
});
export type Mentor = z.infer<typeof mentorSchema>;

const listRow = z.object({
  id: dir(z.string()),
  displayName: dir(z.string()),
  firstName: dir(z.string()),
  lastName: dir(z.string()),
  stage: dir(stage()),
  stageSince: dir(z.string()),
  daysInStage: dir(z.number()),
  clusterName: dir(z.string().nullable()),
  isLeadMentor: dir(z.boolean()),
  heardVia: dir(z.string()),
  /** Readiness conditions not yet met (vetting: only roles that read it see the number). */
  unmetCount: vetting(z.number().nullable()),
});
export type MentorRow = z.infer<typeof listRow>;

export const mentorListInput = z
  .object({
    search: safeText({ subject: 'The search', max: 80 }).optional(),
    stages: z.array(stage()).max(MENTOR_STAGES.length).optional(),
    clusterId: id.optional(),
    leadMentorsOnly: z.boolean().default(false),
    heardVia: safeText({ subject: 'How they heard', max: 120 }).optional(),
    /** Only mentors with readiness conditions still unmet (vetting: co-ordinators and safeguarding leads). */
    missingBeforeReady: z.boolean().default(false),
    sortBy: z.enum(MENTOR_SORTS).default('name'),
    sortDir: z.enum(['asc', 'desc']).default('asc'),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();

const boardCard = z.object({
  id: dir(z.string()),
  stage: dir(stage()),
  displayName: dir(z.string()),
  daysInStage: dir(z.number()),
  clusterName: dir(z.string().nullable()),
});
export type BoardCard = z.infer<typeof boardCard>;

const unmetSchema = z.object({ condition: vetting(z.string()), message: vetting(z.string()) });
const exceptionSchema = z.object({
  id: vetting(z.string()),
  stage: vetting(stage()),
  reason: vetting(z.string()),
  unmet: vetting(z.array(z.string())),
  recordedByName: vetting(z.string().nullable()),
  recordedAt: vetting(z.string()),
});
export type GateException = z.infer<typeof exceptionSchema>;
const readinessSchema = z.object({
  unmet: z.array(unmetSchema),
  clearedEstablishments: vetting(z.number()),
  /** Advisory only: matching needs clearance at the mentee's establishment. */
  advisory: vetting(z.string().nullable()),
  exceptions: z.array(exceptionSchema),
});
export type MentorReadiness = z.infer<typeof readinessSchema>;

const duplicateSchema = z.object({
  id: dir(z.string()),
  displayName: dir(z.string()),
  stage: dir(stage()),
  enquiryDate: dir(z.string()),
  town: contact(z.string()),
  sameDateOfBirth: contact(z.boolean()),
});
export type PossibleDuplicate = z.infer<typeof duplicateSchema>;

const sourceSchema = z.object({
  id: ref(z.string()),
  name: ref(z.string()),
  sortOrder: ref(z.number()),
  archived: ref(z.boolean()),
});
export type RecruitmentSource = z.infer<typeof sourceSchema>;

export const DUE_KINDS = [
  'dbs_renewal',
  'dbs_expired',
  'on_hold_follow_up',
  'trial_review',
  'clearance_expiring',
  'clearance_expired',
  'reference_overdue',
] as const;
export type DueKind = (typeof DUE_KINDS)[number];
const dueItem = z.object({
  /** Unique within the answer (a mentor can have several items). */
  key: dir(z.string()),
  id: dir(z.string()),
  displayName: dir(z.string()),
  kind: vetting(z.enum(DUE_KINDS)),
  due: vetting(z.string()),
  message: vetting(z.string()),
});
export type DueItem = z.infer<typeof dueItem>;
const clearanceDue = z.object({
  key: dir(z.string()),
  id: dir(z.string()),
  displayName: dir(z.string()),
  kind: dir(z.enum(['clearance_expiring', 'clearance_expired'])),
  establishmentName: dir(z.string()),
  due: dir(z.string()),
  message: dir(z.string()),
});
export type ClearanceDue = z.infer<typeof clearanceDue>;

const UUID = '00000000-0000-4000-8000-000000000000';
const valid = { firstName: 'Robin', lastName: 'Example', enquiryDate: '2026-11-02' } as const;
const MENTOR_CLASSES = ['directory', 'contact', 'vetting', 'criminal', 'system'] as const;
const reason = (subject: string, max = 1000) => safeText({ subject, max, multiLine: true });

export const moveStageInput = z
  .object({
    id,
    stage: stage(),
    on: realDate('Enter the date of this step.'),
    note: notes('The note', 2000),
    onHoldReason: reason('The reason for the pause').optional(),
    leftReason: reason('The reason for leaving').optional(),
    exitInterviewDate: optionalDate('Enter the exit interview date as a date.'),
    exitInterviewNotes: notes('The exit interview notes'),
    exceptionReason: reason('The reason for the exception', 2000).optional(),
  })
  .strict()
  .refine((m) => m.stage !== 'on_hold' || !!m.onHoldReason, {
    message: 'Say why they are pausing.',
    path: ['onHoldReason'],
  })
  .refine((m) => m.stage !== 'left' || !!m.leftReason, {
    message: 'Say why they left.',
    path: ['leftReason'],
  });

/**
 * The lead mentor's view of their cluster: where each mentor's prison clearance paperwork has got
 * to, most urgent first. `CLUSTER_STEPS` is in that order (the screen groups and sorts by it).
 */
export const CLUSTER_STEPS = [
  'clearance_expired',
  'clearance_expiring',
  'forms_to_submit',
  'id_to_be_seen',
  'security_session',
  'awaiting_prison',
  'no_clearance',
  'cleared',
  'refused',
  'withdrawn',
] as const;
export type ClusterStep = (typeof CLUSTER_STEPS)[number];
const clusterStep = () => z.enum(CLUSTER_STEPS);
const clusterClearance = z.object({
  id: dir(z.string()),
  establishmentId: dir(z.string()),
  establishmentName: ref(z.string()),
  status: dir(z.enum(CLEARANCE_STATUSES)),
  formsSubmittedOn: dir(z.string().nullable()),
  idSeenOn: dir(z.string().nullable()),
  securityAwarenessOn: dir(z.string().nullable()),
  clearedOn: dir(z.string().nullable()),
  expiresOn: dir(z.string().nullable()),
  step: dir(clusterStep()),
  /** The next step in plain English, such as "ID to be seen" or "Cleared until 01/12/2026". */
  nextStep: dir(z.string()),
});
export type ClusterClearance = z.infer<typeof clusterClearance>;
const clusterRow = z.object({
  id: dir(z.string()),
  displayName: dir(z.string()),
  stage: dir(stage()),
  daysInStage: dir(z.number()),
  isLeadMentor: dir(z.boolean()),
  clusterId: dir(z.string().nullable()),
  clusterName: dir(z.string().nullable()),
  email: contact(z.string()),
  phone: contact(z.string()),
  initialHours: dir(z.number()),
  initialHoursMet: dir(z.boolean()),
  nextSessionOn: dir(z.string().nullable()),
  nextSessionCourse: dir(z.string().nullable()),
  /** The most urgent of the mentor's clearance steps (or `no_clearance`), and its wording. */
  step: dir(clusterStep()),
  nextStep: dir(z.string()),
  clearances: z.array(clusterClearance),
});
export type ClusterMentorRow = z.infer<typeof clusterRow>;
const clusterOverview = z.object({
  /** The programme's initial training threshold in hours (a setting). */
  initialTrainingHours: ref(z.number()),
  /** The clusters the caller's mentors belong to (a lead mentor: the one they lead). */
  clusters: z.array(z.object({ id: ref(z.string()), name: ref(z.string()) })),
  items: z.array(clusterRow),
});
export type ClusterOverview = z.infer<typeof clusterOverview>;

export const mentorsChannels = defineArea('mentors', {
  list: {
    kind: 'read',
    input: mentorListInput,
    output: z.object({
      total: dir(z.number()),
      page: dir(z.number()),
      pageSize: dir(z.number()),
      items: z.array(listRow),
    }),
    classes: ['directory', 'vetting'],
    access: MENTOR_READERS,
    label: 'Looked at the list of mentors',
    summary: 'Mentors the caller may see, filtered, sorted and a page at a time.',
    examples: {
      valid: [{}, { search: 'rob', stages: ['enquiry', 'dbs'], sortBy: 'stageSince', page: 2 }],
      invalid: [{ page: 0 }, { stages: ['asleep'] }, { sortBy: 'postcode' }, { search: 'a\u202Eb' }],
    },
  },
  board: {
    kind: 'read',
    input: z
      .object({
        perStage: z.number().int().min(1).max(50).default(12),
        clusterId: id.optional(),
      })
      .strict(),
    output: z.object({
      columns: z.array(z.object({ stage: dir(stage()), count: dir(z.number()) })),
      cards: z.array(boardCard),
    }),
    classes: ['directory'],
    access: MENTOR_READERS,
    label: 'Looked at the recruitment pipeline',
    summary: 'How many mentors are at each stage, and those longest in each.',
    examples: { valid: [{}, { perStage: 5 }], invalid: [{ perStage: 0 }, { clusterId: 'x' }] },
  },
  get: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: mentorSchema,
    classes: MENTOR_CLASSES,
    access: MENTOR_READERS,
    label: 'Looked at a mentor',
    summary: 'One mentor’s record in full, with the steps of their recruitment.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  readiness: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: readinessSchema,
    classes: ['vetting'],
    access: MENTOR_VETTERS,
    label: 'Looked at what a mentor still needs before being ready',
    summary: 'The readiness conditions a mentor has not met, and any exceptions recorded.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  possibleDuplicates: {
    kind: 'read',
    input: z
      .object({
        firstName: safeText({ subject: 'The first name', max: 80 }),
        lastName: safeText({ subject: 'The last name', max: 80 }),
        dateOfBirth: optionalDate('Enter their date of birth as a date.'),
        excludeId: id.optional(),
      })
      .strict(),
    output: z.array(duplicateSchema),
    classes: ['directory', 'contact'],
    access: ['coordinator'],
    label: 'Checked for a mentor already recorded',
    summary: 'Mentors already recorded with the same or a very similar name.',
    examples: {
      valid: [{ firstName: 'Robin', lastName: 'Example' }],
      invalid: [{ firstName: 'Robin' }, { firstName: 'R', lastName: 'E', dateOfBirth: '1990-02-31' }],
    },
  },
  create: {
    kind: 'write',
    invalidates: WRITES_MENTORS,
    input: mentorFields.extend({ allowDuplicate: z.boolean().optional().default(false) }),
    output: mentorSchema,
    classes: MENTOR_CLASSES,
    access: ['coordinator'],
    label: 'Added a mentor',
    summary: 'Record a new volunteer enquiry (refused as a likely duplicate unless confirmed).',
    examples: {
      valid: [valid],
      invalid: [
        {},
        { ...valid, firstName: '' },
        { ...valid, enquiryDate: '23/11/2026' },
        { ...valid, postcode: 'nowhere' },
        { ...valid, availability: ['someday'] },
        { ...valid, lastName: 'x\u0007' },
      ],
    },
  },
  update: {
    kind: 'write',
    invalidates: WRITES_MENTORS,
    input: mentorFields.extend({ id }),
    output: mentorSchema,
    classes: MENTOR_CLASSES,
    access: ['coordinator'],
    label: 'Changed a mentor’s details',
    summary: 'Change a mentor’s details (not their stage: see moveStage).',
    examples: {
      valid: [{ ...valid, id: UUID }],
      invalid: [valid, { ...valid, id: UUID, email: 'not an email' }],
    },
  },
  moveStage: {
    kind: 'write',
    invalidates: WRITES_MENTORS,
    input: moveStageInput,
    output: mentorSchema,
    classes: MENTOR_CLASSES,
    access: ['coordinator'],
    label: 'Moved a mentor to another stage',
    summary:
      'Record the next step of a mentor’s recruitment. Ready and matched need the readiness gate met, or a co-ordinator’s exception with a reason.',
    examples: {
      valid: [{ id: UUID, stage: 'application', on: '2026-11-20' }],
      invalid: [
        { id: UUID, stage: 'asleep', on: '2026-11-20' },
        { id: UUID, stage: 'on_hold', on: '2026-11-20' },
        { id: UUID, stage: 'left', on: '2026-11-20' },
        { id: UUID, stage: 'dbs', on: '20/11/2026' },
      ],
    },
  },
  setLeadMentor: {
    kind: 'write',
    invalidates: WRITES_MENTORS,
    input: z
      .object({
        id,
        isLeadMentor: z.boolean(),
        clusterId: id.nullable().optional().default(null),
        accountId: id.nullable().optional().default(null),
      })
      .strict()
      .refine((l) => !l.isLeadMentor || !!l.clusterId, {
        message: 'Choose the cluster they lead.',
        path: ['clusterId'],
      }),
    output: mentorSchema,
    classes: MENTOR_CLASSES,
    access: ['coordinator'],
    label: 'Changed a mentor’s lead mentor role',
    summary: 'Make a mentor a lead mentor for a cluster (linked to their staff account), or stop.',
    examples: {
      valid: [{ id: UUID, isLeadMentor: false }],
      invalid: [
        { id: UUID, isLeadMentor: true },
        { id: UUID, isLeadMentor: 'yes' },
      ],
    },
  },
  leadMentorAccounts: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(z.object({ id: system(z.string()), displayName: system(z.string()) })),
    classes: ['system'],
    access: ['coordinator'],
    label: 'Looked at the lead mentor accounts',
    summary: 'Staff accounts holding the lead mentor role, to link to a mentor record.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  recruitmentSources: {
    kind: 'read',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(sourceSchema),
    classes: ['reference'],
    access: MENTOR_READERS,
    label: 'Looked at the recruitment sources',
    summary: 'The choices for how a volunteer heard about the programme.',
    examples: { valid: [{}], invalid: [{ includeArchived: 'yes' }] },
  },
  saveRecruitmentSource: {
    kind: 'write',
    input: z
      .object({
        id: id.optional(),
        name: safeText({ subject: 'The source', max: 120, required: 'Enter the source’s name.' }),
        sortOrder: z.number().int().min(0).max(10_000).optional(),
        archived: z.boolean().default(false),
      })
      .strict(),
    output: sourceSchema,
    classes: ['reference'],
    access: ['coordinator'],
    label: 'Saved a recruitment source',
    summary: 'Add, rename or archive a choice for how volunteers hear about the programme.',
    examples: { valid: [{ name: 'Local library' }], invalid: [{}, { name: '' }] },
  },
  dueItems: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(dueItem) }),
    classes: ['directory', 'vetting'],
    access: MENTOR_VETTERS,
    label: 'Looked at the mentors’ work queue',
    summary:
      'What is due for mentors: DBS renewals, follow-ups of mentors on hold, trial reviews, clearances expiring and references not back.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  clearancesDue: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(clearanceDue) }),
    classes: ['directory'],
    access: ['coordinator', 'safeguarding_lead', 'lead_mentor'],
    label: 'Looked at prison clearances due',
    summary: 'Prison clearances expired or expiring within 30 days, for the mentors the caller may see.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  clusterOverview: {
    kind: 'read',
    input: z.object({ clusterId: id.optional() }).strict(),
    output: clusterOverview,
    classes: ['directory', 'contact', 'reference'],
    access: ['coordinator', 'safeguarding_lead', 'lead_mentor'],
    label: 'Looked at a cluster’s mentors',
    summary:
      'The mentors of a cluster (a lead mentor: their own) with contact details, training hours, the next training session and each prison clearance’s next step.',
    examples: { valid: [{}, { clusterId: UUID }], invalid: [{ clusterId: 'x' }, { all: true }] },
  },
});
