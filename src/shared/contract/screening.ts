import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, optionalDay, realDay, safeText } from './common';
import {
  CLEARANCE_STATUSES,
  DBS_DECISIONS,
  DBS_OUTCOMES,
  DECISION_OUTCOMES,
  INTERVIEW_OUTCOMES,
  PERSON_SPEC_KINDS,
  REFEREE_RELATIONSHIPS,
} from '../mentors/screening';
import {
  AGE_BANDS,
  DISABILITY_ANSWERS,
  ETHNICITIES,
  GENDERS,
  RELIGIONS,
  SEXUAL_ORIENTATIONS,
} from '../mentors/equality';

/**
 * Screening and vetting of volunteer mentors (standards 8, 9, 11): references, enhanced DBS
 * checks, the standardised interview, the selection decision, prison security clearance per
 * establishment, equality monitoring (kept apart), and the programme's person specification and
 * interview questions. Vetting is for co-ordinators (safeguarding leads read it); lead mentors
 * follow the clearance paperwork of their cluster's mentors; equality answers are co-ordinators'
 * alone, everyone else sees aggregates with small numbers hidden.
 */
const line = (subject: string, max = 120) => safeText({ subject, max });
const optionalLine = (subject: string, max = 120) => line(subject, max).optional().default('');
const notes = (subject: string) => safeText({ subject, max: 4000, multiLine: true }).optional().default('');

const mentorId = id;
const recordedBy = { mentorId };

const vet = <S extends z.ZodType>(s: S) => classed('vetting', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const eq = <S extends z.ZodType>(s: S) => classed('equality', s);

/* ---------- person specification and interview questions (reference data) ---------- */

const criterionSchema = z.object({
  id: ref(z.string()),
  kind: ref(z.enum(PERSON_SPEC_KINDS)),
  text: ref(z.string()),
  sortOrder: ref(z.number()),
  archived: ref(z.boolean()),
});
export type PersonSpecCriterion = z.infer<typeof criterionSchema>;

const questionSchema = z.object({
  id: ref(z.string()),
  text: ref(z.string()),
  sortOrder: ref(z.number()),
  archived: ref(z.boolean()),
});
export type InterviewQuestion = z.infer<typeof questionSchema>;

const move = z.enum(['up', 'down'], { message: 'Choose up or down.' }).optional();

/* ---------- references ---------- */

export const SATISFACTORY_ANSWERS = ['yes', 'no', 'not_yet'] as const;
export type SatisfactoryAnswer = (typeof SATISFACTORY_ANSWERS)[number];

export const referenceInput = z
  .object({
    id: id.optional(),
    ...recordedBy,
    refereeName: line('The referee’s name', 100).min(1, 'Enter the referee’s name.'),
    relationship: z.enum(REFEREE_RELATIONSHIPS, { message: 'Choose how the referee knows them.' }),
    refereeContact: optionalLine('How to reach the referee', 200),
    requestedOn: optionalDay,
    chasedOn: optionalDay,
    receivedOn: optionalDay,
    satisfactory: z
      .enum(SATISFACTORY_ANSWERS, { message: 'Choose yes, no or not yet.' })
      .optional()
      .default('not_yet'),
    concerns: notes('The concerns'),
    howAddressed: notes('How the concerns were addressed'),
  })
  .strict()
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((r.satisfactory === 'no' || r.concerns !== '') && r.howAddressed === '')
      issue(
        'howAddressed',
        r.satisfactory === 'no'
          ? 'Say how an unsatisfactory reference was dealt with.'
          : 'Say how the concerns were addressed.',
      );
    if (r.satisfactory !== 'not_yet' && !r.receivedOn)
      issue(
        'receivedOn',
        'Enter the date the reference came back before saying whether it was satisfactory.',
      );
    if (r.requestedOn && r.chasedOn && r.chasedOn < r.requestedOn)
      issue('chasedOn', 'A reference cannot be chased before it was requested.');
    if (r.requestedOn && r.receivedOn && r.receivedOn < r.requestedOn)
      issue('receivedOn', 'A reference cannot come back before it was requested.');
  });

const referenceSchema = z.object({
  id: vet(z.string()),
  mentorId: vet(z.string()),
  refereeName: vet(z.string()),
  relationship: vet(z.enum(REFEREE_RELATIONSHIPS)),
  refereeContact: vet(z.string()),
  requestedOn: vet(z.string().nullable()),
  chasedOn: vet(z.string().nullable()),
  receivedOn: vet(z.string().nullable()),
  satisfactory: vet(z.enum(SATISFACTORY_ANSWERS)),
  concerns: vet(z.string()),
  howAddressed: vet(z.string()),
  updatedAt: vet(z.string()),
});
export type MentorReference = z.infer<typeof referenceSchema>;

/* ---------- enhanced DBS checks ---------- */

/** A DBS certificate number is twelve digits; people often type it in groups, so spaces go. */
export const DBS_CERTIFICATE_DIGITS = 12;
const certificateNumber = z
  .string({ message: 'Enter the certificate number.' })
  .transform((v) => v.replace(/[\s-]/g, ''))
  .refine(
    (v) => v === '' || new RegExp(`^\\d{${DBS_CERTIFICATE_DIGITS}}$`).test(v),
    `A DBS certificate number is ${DBS_CERTIFICATE_DIGITS} digits, printed at the top right of the certificate.`,
  )
  .optional()
  .default('');

export const dbsCheckInput = z
  .object({
    id: id.optional(),
    ...recordedBy,
    certificateNumber,
    issueDate: optionalDay,
    updateService: z.boolean({ message: 'Say whether they subscribe to the update service.' }).default(false),
    /** Left empty: the issue date plus the programme's renewal period. */
    renewalDue: optionalDay,
    outcome: z.enum(DBS_OUTCOMES, { message: 'Choose what the check showed.' }),
    declaredConvictions: notes('Declared convictions'),
    disclosedInformation: notes('Disclosed information'),
    decision: z
      .enum(DBS_DECISIONS, { message: 'Choose the decision.' })
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    decisionReasons: notes('The reasons for the decision'),
    decidedOn: optionalDay,
  })
  .strict()
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const back = c.outcome !== 'pending';
    if (back && c.certificateNumber === '')
      issue('certificateNumber', 'Enter the certificate number from the certificate.');
    if (back && !c.issueDate) issue('issueDate', 'Enter the date the certificate was issued.');
    if (c.issueDate && c.renewalDue && c.renewalDue <= c.issueDate)
      issue('renewalDue', 'Renewal must fall after the issue date.');
    const disclosed =
      c.outcome === 'information_disclosed' || c.disclosedInformation !== '' || c.declaredConvictions !== '';
    if (c.outcome === 'information_disclosed' && c.decision === 'not_needed')
      issue('decision', 'Information was disclosed: record whether they are suitable to mentor.');
    if (c.decision && disclosed && c.decisionReasons === '')
      issue('decisionReasons', 'Give the reasons for the decision about what was disclosed or declared.');
    if (c.decision && !c.decidedOn) issue('decidedOn', 'Enter the date the decision was made.');
    if (!c.decision && c.decidedOn) issue('decision', 'Choose the decision made on that date.');
  });

export const RENEWAL_LEVELS = ['in_date', 'due', 'expired', 'unknown'] as const;
export type RenewalLevel = (typeof RENEWAL_LEVELS)[number];

const dbsCheckSchema = z.object({
  id: vet(z.string()),
  mentorId: vet(z.string()),
  certificateNumber: vet(z.string()),
  issueDate: vet(z.string().nullable()),
  updateService: vet(z.boolean()),
  renewalDue: vet(z.string().nullable()),
  outcome: vet(z.enum(DBS_OUTCOMES)),
  declaredConvictions: vet(z.string()),
  disclosedInformation: vet(z.string()),
  decision: vet(z.enum(DBS_DECISIONS).nullable()),
  decisionReasons: vet(z.string()),
  decidedOn: vet(z.string().nullable()),
  /** Renewal, worked out by the core from today and the programme's warning points. */
  renewal: vet(
    z.object({
      level: z.enum(RENEWAL_LEVELS),
      daysLeft: z.number().nullable(),
      /** The warning point reached (60, 30, 7 days…) when `due`. */
      within: z.number().nullable(),
    }),
  ),
  updatedAt: vet(z.string()),
});
export type MentorDbsCheck = z.infer<typeof dbsCheckSchema>;

/* ---------- interview ---------- */

export const interviewInput = z
  .object({
    id: id.optional(),
    ...recordedBy,
    heldOn: realDay('Enter the date of the interview.'),
    panel: line('The panel', 300).min(1, 'Enter who sat on the panel.'),
    answers: z
      .array(
        z
          .object({
            questionId: id,
            covered: z.boolean({ message: 'Say whether the question was covered.' }),
            notes: notes('The notes on this answer'),
          })
          .strict(),
      )
      .max(50, 'An interview can record at most 50 questions.')
      .refine(
        (a) => new Set(a.map((x) => x.questionId)).size === a.length,
        'Each question can be answered once.',
      ),
    outcome: z.enum(INTERVIEW_OUTCOMES, { message: 'Choose the outcome of the interview.' }),
    notes: notes('Notes'),
  })
  .strict();

const interviewSchema = z.object({
  id: vet(z.string()),
  mentorId: vet(z.string()),
  heldOn: vet(z.string()),
  panel: vet(z.string()),
  answers: vet(
    z.array(
      z.object({ questionId: z.string(), question: z.string(), covered: z.boolean(), notes: z.string() }),
    ),
  ),
  outcome: vet(z.enum(INTERVIEW_OUTCOMES)),
  notes: vet(z.string()),
  updatedAt: vet(z.string()),
});
export type MentorInterview = z.infer<typeof interviewSchema>;

/* ---------- decision ---------- */

export const decisionInput = z
  .object({
    id: id.optional(),
    ...recordedBy,
    outcome: z.enum(DECISION_OUTCOMES, { message: 'Choose approved or not selected.' }),
    decidedOn: realDay('Enter the date of the decision.'),
    trialPeriod: z.boolean().optional().default(false),
    trialReviewDue: optionalDay,
    reasons: notes('The reasons'),
    feedbackGivenOn: optionalDay,
    signposting: notes('Where they were signposted'),
  })
  .strict()
  .superRefine((d, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (d.outcome === 'not_selected' && d.reasons === '')
      issue('reasons', 'Give the reasons they were not selected: they are entitled to know them.');
    if (d.outcome === 'not_selected' && d.trialPeriod)
      issue('trialPeriod', 'A trial period applies only to an approved mentor.');
    if (d.trialPeriod && !d.trialReviewDue)
      issue('trialReviewDue', 'Enter when the trial period will be reviewed.');
    if (!d.trialPeriod && d.trialReviewDue)
      issue('trialReviewDue', 'A review date is only for a trial period: tick it, or clear the date.');
    if (d.trialReviewDue && d.trialReviewDue <= d.decidedOn)
      issue('trialReviewDue', 'The trial review must fall after the decision.');
    if (d.feedbackGivenOn && d.feedbackGivenOn < d.decidedOn)
      issue('feedbackGivenOn', 'Feedback cannot be given before the decision was made.');
  });

const decisionSchema = z.object({
  id: vet(z.string()),
  mentorId: vet(z.string()),
  outcome: vet(z.enum(DECISION_OUTCOMES)),
  decidedOn: vet(z.string()),
  trialPeriod: vet(z.boolean()),
  trialReviewDue: vet(z.string().nullable()),
  reasons: vet(z.string()),
  feedbackGivenOn: vet(z.string().nullable()),
  signposting: vet(z.string()),
  updatedAt: vet(z.string()),
});
export type MentorDecision = z.infer<typeof decisionSchema>;

/* ---------- prison security clearance ---------- */

export const clearanceInput = z
  .object({
    id: id.optional(),
    ...recordedBy,
    establishmentId: id,
    formsSubmittedOn: optionalDay,
    formsCheckedBy: optionalLine('Who checked the forms', 100),
    idSeenOn: optionalDay,
    securityAwarenessOn: optionalDay,
    status: z.enum(CLEARANCE_STATUSES, { message: 'Choose the clearance status.' }),
    clearedOn: optionalDay,
    expiresOn: optionalDay,
    notes: notes('Notes'),
  })
  .strict()
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.status === 'cleared' && !c.clearedOn) issue('clearedOn', 'Enter the date they were cleared.');
    if (c.status === 'forms_submitted' && !c.formsSubmittedOn)
      issue('formsSubmittedOn', 'Enter the date the forms went to the prison.');
    if (c.expiresOn && !c.clearedOn) issue('expiresOn', 'An expiry date needs the date they were cleared.');
    if (c.clearedOn && c.expiresOn && c.expiresOn <= c.clearedOn)
      issue('expiresOn', 'Clearance must expire after the date it was given.');
  });

const clearanceSchema = z.object({
  id: dir(z.string()),
  mentorId: dir(z.string()),
  establishmentId: dir(z.string()),
  establishmentName: ref(z.string()),
  clusterName: ref(z.string().nullable()),
  formsSubmittedOn: dir(z.string().nullable()),
  formsCheckedBy: dir(z.string()),
  idSeenOn: dir(z.string().nullable()),
  securityAwarenessOn: dir(z.string().nullable()),
  status: dir(z.enum(CLEARANCE_STATUSES)),
  clearedOn: dir(z.string().nullable()),
  expiresOn: dir(z.string().nullable()),
  notes: dir(z.string()),
  updatedAt: dir(z.string()),
});
export type MentorClearance = z.infer<typeof clearanceSchema>;

/* ---------- equality monitoring ---------- */

export const equalityInput = z
  .object({
    ...recordedBy,
    ageBand: z.enum(AGE_BANDS, { message: 'Choose an age band, or prefer not to say.' }),
    gender: z.enum(GENDERS, { message: 'Choose a gender, or prefer not to say.' }),
    ethnicity: z.enum(ETHNICITIES as [string, ...string[]], {
      message: 'Choose an ethnic group from the list, or prefer not to say.',
    }),
    disability: z.enum(DISABILITY_ANSWERS, { message: 'Choose yes, no, or prefer not to say.' }),
    /** Optional questions: null when the programme did not ask. */
    religion: z
      .enum(RELIGIONS, { message: 'Choose a religion from the list, or prefer not to say.' })
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    sexualOrientation: z
      .enum(SEXUAL_ORIENTATIONS, { message: 'Choose from the list, or prefer not to say.' })
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    recordedOn: optionalDay,
  })
  .strict();

const equalitySchema = z.object({
  mentorId: eq(z.string()),
  recorded: eq(z.boolean()),
  ageBand: eq(z.string().nullable()),
  gender: eq(z.string().nullable()),
  ethnicity: eq(z.string().nullable()),
  disability: eq(z.string().nullable()),
  religion: eq(z.string().nullable()),
  sexualOrientation: eq(z.string().nullable()),
  recordedOn: eq(z.string().nullable()),
});
export type MentorEquality = z.infer<typeof equalitySchema>;

export const PROFILE_POPULATIONS = ['current', 'all'] as const;
export type ProfilePopulation = (typeof PROFILE_POPULATIONS)[number];

/**
 * One cell of the profile. `count` is null when it is under the small-number threshold (and not
 * zero); `exact` carries the true figure as equality data, which only co-ordinators' roles read
 * (the pipeline blanks it for everyone else), so no handler has to look at who is asking.
 */
const cell = z.object({
  key: ref(z.string()),
  label: ref(z.string()),
  count: ref(z.number().nullable()),
  /** Why `count` is null: under the threshold itself, or hidden so the total cannot reveal another. */
  hidden: ref(z.enum(['small', 'secondary']).nullable()),
  exact: eq(z.number().nullable()),
});
export type ProfileCell = z.infer<typeof cell>;

const profileSchema = z.object({
  population: ref(z.enum(PROFILE_POPULATIONS)),
  threshold: ref(z.number()),
  mentors: ref(z.number()),
  answered: cell,
  /** Whole per cent of mentors who have answered; null when the answered count is hidden. */
  completionPercent: ref(z.number().nullable()),
  completionPercentExact: eq(z.number().nullable()),
  ageBands: z.array(cell),
  genders: z.array(cell),
  ethnicityGroups: z.array(cell),
  disability: z.array(cell),
});
export type EqualityProfile = z.infer<typeof profileSchema>;

/* ---------- channels ---------- */

const UUID = '00000000-0000-4000-8000-000000000000';
const VETTING_READERS = ['coordinator', 'safeguarding_lead'] as const;
const COORDINATOR = ['coordinator'] as const;
const validReference = { mentorId: UUID, refereeName: 'Sam Referee', relationship: 'professional' } as const;
const validDbs = {
  mentorId: UUID,
  certificateNumber: '0012 3456 7890',
  issueDate: '2026-01-15',
  outcome: 'clear',
} as const;
const validInterview = {
  mentorId: UUID,
  heldOn: '2026-02-01',
  panel: 'Co-ordinator and a lead mentor',
  answers: [{ questionId: UUID, covered: true }],
  outcome: 'passed',
} as const;
const validDecision = { mentorId: UUID, outcome: 'approved', decidedOn: '2026-02-10' } as const;
const validClearance = { mentorId: UUID, establishmentId: UUID, status: 'not_started' } as const;
const validEquality = {
  mentorId: UUID,
  ageBand: '35_44',
  gender: 'prefer_not_to_say',
  ethnicity: 'Irish',
  disability: 'no',
} as const;

export const screeningChannels = defineArea('screening', {
  forMentor: {
    kind: 'read',
    input: z.object({ mentorId }).strict(),
    output: z.object({
      references: z.array(referenceSchema),
      dbsChecks: z.array(dbsCheckSchema),
      interviews: z.array(interviewSchema),
      decisions: z.array(decisionSchema),
      personSpec: z.array(criterionSchema),
      interviewQuestions: z.array(questionSchema),
    }),
    classes: ['vetting', 'reference'],
    access: [...VETTING_READERS],
    label: 'Looked at a mentor’s screening and vetting',
    summary:
      'A mentor’s references, DBS checks (newest first), interviews and decisions, with the person specification and interview questions beside them.',
    examples: { valid: [{ mentorId: UUID }], invalid: [{}, { mentorId: 'x' }] },
  },
  saveReference: {
    kind: 'write',
    // The mentor's readiness (what is still missing) reads these records too.
    invalidates: ['screening', 'mentors', 'matching', 'workqueue'],
    input: referenceInput,
    output: referenceSchema,
    classes: ['vetting'],
    access: [...COORDINATOR],
    label: 'Saved a mentor’s reference',
    summary: 'Record or change one of a mentor’s two references.',
    examples: {
      valid: [validReference, { ...validReference, satisfactory: 'yes', receivedOn: '2026-01-03' }],
      invalid: [
        {},
        { ...validReference, relationship: 'cousin' },
        { ...validReference, satisfactory: 'no', receivedOn: '2026-01-03' },
        { ...validReference, concerns: 'Late twice' },
        { ...validReference, satisfactory: 'yes' },
        { ...validReference, receivedOn: '2026-02-30' },
      ],
    },
  },
  saveDbsCheck: {
    kind: 'write',
    // The mentor's readiness (what is still missing) reads these records too.
    invalidates: ['screening', 'mentors', 'matching', 'workqueue'],
    input: dbsCheckInput,
    output: dbsCheckSchema,
    classes: ['vetting'],
    access: [...COORDINATOR],
    label: 'Saved a mentor’s DBS check',
    summary: 'Record or change an enhanced DBS check and the decision on anything it disclosed.',
    examples: {
      valid: [validDbs, { mentorId: UUID, outcome: 'pending' }],
      invalid: [
        {},
        { ...validDbs, certificateNumber: '12345' },
        { ...validDbs, outcome: 'information_disclosed', decision: 'suitable', decidedOn: '2026-01-20' },
        { ...validDbs, certificateNumber: '' },
        { ...validDbs, renewalDue: '2025-01-01' },
      ],
    },
  },
  saveInterview: {
    kind: 'write',
    // The mentor's readiness (what is still missing) reads these records too.
    invalidates: ['screening', 'mentors', 'matching', 'workqueue'],
    input: interviewInput,
    output: interviewSchema,
    classes: ['vetting'],
    access: [...COORDINATOR],
    label: 'Saved a mentor’s interview',
    summary: 'Record or change an interview: the panel, each standard question covered, and the outcome.',
    examples: {
      valid: [validInterview],
      invalid: [{}, { ...validInterview, panel: '' }, { ...validInterview, outcome: 'maybe' }],
    },
  },
  saveDecision: {
    kind: 'write',
    // The mentor's readiness (what is still missing) reads these records too.
    invalidates: ['screening', 'mentors', 'matching', 'workqueue'],
    input: decisionInput,
    output: decisionSchema,
    classes: ['vetting'],
    access: [...COORDINATOR],
    label: 'Saved a decision on a mentor',
    summary: 'Approve a mentor (perhaps with a trial period), or record that they were not selected and why.',
    examples: {
      valid: [
        validDecision,
        { ...validDecision, trialPeriod: true, trialReviewDue: '2026-05-10' },
        { ...validDecision, outcome: 'not_selected', reasons: 'Not able to keep to boundaries.' },
      ],
      invalid: [
        {},
        { ...validDecision, outcome: 'not_selected' },
        { ...validDecision, trialPeriod: true },
        { ...validDecision, trialPeriod: true, trialReviewDue: '2026-01-01' },
      ],
    },
  },
  clearances: {
    kind: 'read',
    input: z.object({ mentorId }).strict(),
    output: z.object({ items: z.array(clearanceSchema) }),
    classes: ['directory', 'reference'],
    access: ['coordinator', 'safeguarding_lead', 'lead_mentor'],
    label: 'Looked at a mentor’s prison clearances',
    summary:
      'A mentor’s security clearance at each establishment: paperwork, ID, session, status and expiry.',
    examples: { valid: [{ mentorId: UUID }], invalid: [{}, { mentorId: 'x' }] },
  },
  saveClearance: {
    kind: 'write',
    // The mentor's readiness (what is still missing) reads these records too.
    invalidates: ['screening', 'mentors', 'matching', 'workqueue'],
    input: clearanceInput,
    output: clearanceSchema,
    classes: ['directory', 'reference'],
    access: ['coordinator', 'lead_mentor'],
    label: 'Saved a mentor’s prison clearance',
    summary: 'Record the clearance paperwork steps and status for a mentor at one establishment.',
    examples: {
      valid: [validClearance, { ...validClearance, status: 'cleared', clearedOn: '2026-03-01' }],
      invalid: [
        {},
        { ...validClearance, status: 'cleared' },
        { ...validClearance, status: 'cleared', clearedOn: '2026-03-01', expiresOn: '2026-02-01' },
        { ...validClearance, establishmentId: 'x' },
      ],
    },
  },
  equality: {
    kind: 'read',
    input: z.object({ mentorId }).strict(),
    output: equalitySchema,
    classes: ['equality'],
    access: [...COORDINATOR],
    label: 'Looked at a mentor’s equality monitoring answers',
    summary: 'One mentor’s equality monitoring answers (co-ordinators only).',
    examples: { valid: [{ mentorId: UUID }], invalid: [{}, { mentorId: 'x' }] },
  },
  saveEquality: {
    kind: 'write',
    input: equalityInput,
    output: equalitySchema,
    classes: ['equality'],
    access: [...COORDINATOR],
    label: 'Saved a mentor’s equality monitoring answers',
    summary: 'Record or change one mentor’s equality monitoring answers.',
    examples: {
      valid: [validEquality, { ...validEquality, religion: 'No religion', sexualOrientation: null }],
      invalid: [
        {},
        { ...validEquality, ethnicity: 'Martian' },
        { ...validEquality, ageBand: '18' },
        { ...validEquality, religion: 'Jedi' },
      ],
    },
  },
  equalityProfile: {
    kind: 'read',
    input: z
      .object({
        population: z
          .enum(PROFILE_POPULATIONS, { message: 'Choose which mentors to count.' })
          .default('current'),
      })
      .strict(),
    output: profileSchema,
    classes: ['reference', 'equality'],
    access: ['coordinator', 'safeguarding_lead', 'caseworker', 'lead_mentor', 'regional_manager'],
    label: 'Looked at the equality profile of mentors',
    summary:
      'How many mentors fall in each age band, gender, ethnic group and disability answer, with numbers under 5 hidden.',
    examples: { valid: [{}, { population: 'all' }], invalid: [{ population: 'everyone' }, { x: 1 }] },
  },
  personSpec: {
    kind: 'read',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(criterionSchema),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Looked at the person specification',
    summary: 'The qualities sought in mentors and the reasons for screening out, in order.',
    examples: { valid: [{}, { includeArchived: true }], invalid: [{ includeArchived: 'yes' }] },
  },
  savePersonSpecCriterion: {
    kind: 'write',
    input: z
      .object({
        id: id.optional(),
        kind: z.enum(PERSON_SPEC_KINDS, { message: 'Choose a quality sought or a reason to screen out.' }),
        text: safeText({ subject: 'The criterion', max: 300, required: 'Enter the criterion.' }),
        archived: z.boolean().optional().default(false),
        move,
      })
      .strict(),
    output: z.array(criterionSchema),
    classes: ['reference'],
    access: [...COORDINATOR],
    label: 'Changed the person specification',
    summary: 'Add, change, reorder or archive one criterion of the person specification.',
    examples: {
      valid: [{ kind: 'quality', text: 'Patient and calm' }],
      invalid: [
        { kind: 'quality', text: '' },
        { kind: 'hobby', text: 'Golf' },
        { kind: 'quality', text: 'x', move: 'left' },
      ],
    },
  },
  interviewQuestions: {
    kind: 'read',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(questionSchema),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Looked at the interview questions',
    summary: 'The standardised questions every applicant is asked, in order.',
    examples: { valid: [{}], invalid: [{ includeArchived: 1 }] },
  },
  saveInterviewQuestion: {
    kind: 'write',
    input: z
      .object({
        id: id.optional(),
        text: safeText({ subject: 'The question', max: 400, required: 'Enter the question.' }),
        archived: z.boolean().optional().default(false),
        move,
      })
      .strict(),
    output: z.array(questionSchema),
    classes: ['reference'],
    access: [...COORDINATOR],
    label: 'Changed the interview questions',
    summary: 'Add, change, reorder or archive one standard interview question.',
    examples: {
      valid: [{ text: 'What would you do if a mentee did not turn up?' }],
      invalid: [{ text: '' }, { text: 'a\u202Eb' }],
    },
  },
});
