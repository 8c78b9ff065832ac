import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, optionalDay, realDay, safeText } from './common';
import {
  INDUCTION_ITEMS,
  NEED_LEVELS,
  PATHWAYS,
  RISK_ANSWERS,
  RISK_LEVELS,
  RISK_QUESTIONS,
  RISK_SOURCE_DOCUMENTS,
} from '../mentees/assessment';

/**
 * Assessing a referred mentee (issue 9): parents and carers with parental consent, the assessment
 * meeting, versioned risk assessments (signed-off versions are read-only), the induction
 * checklist, what they would like in a mentor, and resettlement needs on the seven pathways.
 * Every channel is about one mentee and is scoped to it: caseworkers reach their own caseload.
 */
const line = (subject: string, max = 120) => safeText({ subject, max });
const optionalLine = (subject: string, max = 120) => line(subject, max).optional().default('');
const notes = (subject: string) => safeText({ subject, max: 4000, multiLine: true }).optional().default('');

const menteeId = id;
const aboutMentee = z.object({ menteeId }).strict();

const con = <S extends z.ZodType>(s: S) => classed('contact', s);
const crim = <S extends z.ZodType>(s: S) => classed('criminal', s);
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const spec = <S extends z.ZodType>(s: S) => classed('special', s);

/* ---------- parents and carers ---------- */

export const carerInput = z
  .object({
    id: id.optional(),
    menteeId,
    name: line('The carer’s name', 100).min(1, 'Enter the carer’s name.'),
    relationship: line('How they are related', 60).min(1, 'Say how they are related to the mentee.'),
    phone: optionalLine('A phone number', 40),
    email: optionalLine('An email address', 200),
    address: safeText({ subject: 'An address', max: 300, multiLine: true }).optional().default(''),
    isKeyContact: z.boolean({ message: 'Say whether they are the key contact.' }).optional().default(false),
    involvement: notes('How they are involved'),
    literatureGivenOn: optionalDay,
    parentalConsentOn: optionalDay,
    parentalConsentForm: optionalLine('The consent form reference', 60),
  })
  .strict();

const carerSchema = z.object({
  id: con(z.string()),
  menteeId: con(z.string()),
  name: con(z.string()),
  relationship: con(z.string()),
  phone: con(z.string()),
  email: con(z.string()),
  address: con(z.string()),
  isKeyContact: con(z.boolean()),
  involvement: con(z.string()),
  literatureGivenOn: con(z.string().nullable()),
  parentalConsentOn: con(z.string().nullable()),
  parentalConsentForm: con(z.string()),
});
export type MenteeCarer = z.infer<typeof carerSchema>;
/** Parental consent is needed for mentees of this age and under. */
export const PARENTAL_CONSENT_MAX_AGE = 16;

/* ---------- the assessment meeting ---------- */

export const MEETING_OUTCOMES = ['suitable', 'not_selected', 'more_information'] as const;
export const MEETING_OUTCOME_LABELS: Record<(typeof MEETING_OUTCOMES)[number], string> = {
  suitable: 'Suitable for a mentor',
  not_selected: 'Not selected',
  more_information: 'More information needed',
};

export const meetingInput = z
  .object({
    id: id.optional(),
    menteeId,
    heldOn: realDay('Enter the date of the meeting as day/month/year.'),
    attendedBy: line('Who attended', 300).min(1, 'Say who attended the meeting.'),
    notes: notes('The notes'),
    outcome: z.enum(MEETING_OUTCOMES, { message: 'Choose the outcome.' }),
    notSelectedReasons: notes('The reasons'),
    signposting: notes('The signposting'),
    toldOn: optionalDay,
    toldHow: optionalLine('How they were told', 120),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.outcome === 'not_selected' && m.notSelectedReasons === '')
      ctx.addIssue({
        code: 'custom',
        path: ['notSelectedReasons'],
        message: 'Give the reasons they were not selected.',
      });
    if (m.toldOn && m.toldOn < m.heldOn)
      ctx.addIssue({ code: 'custom', path: ['toldOn'], message: 'They cannot be told before the meeting.' });
  });

const meetingSchema = z.object({
  id: con(z.string()),
  menteeId: con(z.string()),
  heldOn: con(z.string()),
  attendedBy: con(z.string()),
  notes: con(z.string()),
  outcome: con(z.enum(MEETING_OUTCOMES)),
  notSelectedReasons: con(z.string()),
  signposting: con(z.string()),
  toldOn: con(z.string().nullable()),
  toldHow: con(z.string()),
});
export type MenteeMeeting = z.infer<typeof meetingSchema>;

/* ---------- risk assessments ---------- */

const riskAnswer = z
  .object({
    answer: z.enum(RISK_ANSWERS, { message: 'Choose yes, no or not known.' }),
    notes: safeText({ subject: 'The notes', max: 1000, multiLine: true }).optional().default(''),
  })
  .strict();
const riskKeys = RISK_QUESTIONS.map((q) => q.key) as [
  (typeof RISK_QUESTIONS)[number]['key'],
  ...(typeof RISK_QUESTIONS)[number]['key'][],
];
export const riskAnswers = z.partialRecord(z.enum(riskKeys), riskAnswer);
export type RiskAnswers = z.infer<typeof riskAnswers>;

export const riskDraftInput = z
  .object({
    /** The version being edited; none starts a new version when the latest is signed off. */
    id: id.optional(),
    menteeId,
    answers: riskAnswers.optional().default({}),
    sourceDocument: z
      .enum(RISK_SOURCE_DOCUMENTS, { message: 'Choose the source document.' })
      .nullable()
      .optional()
      .default(null),
    sourceReference: optionalLine('The source reference', 60),
    sourceDated: optionalDay,
    overallLevel: z.enum(RISK_LEVELS, { message: 'Choose the overall level of risk.' }),
    safeguards: notes('The safeguards'),
    assessor: line('The assessor', 100).min(1, 'Enter who carried out the assessment.'),
    assessedOn: realDay('Enter the date of the assessment as day/month/year.'),
    /** Empty: the assessment date plus the review period in settings. */
    reviewDue: optionalDay,
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.overallLevel === 'high' || r.overallLevel === 'very_high') && r.safeguards === '')
      ctx.addIssue({
        code: 'custom',
        path: ['safeguards'],
        message: 'At a high or very high level, say what safeguards the mentor needs.',
      });
    if (r.reviewDue && r.reviewDue <= r.assessedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDue'],
        message: 'The review must come after the assessment.',
      });
  });

const riskSchema = z.object({
  id: crim(z.string()),
  menteeId: crim(z.string()),
  version: crim(z.number()),
  answers: crim(z.record(z.string(), z.object({ answer: z.enum(RISK_ANSWERS), notes: z.string() }))),
  sourceDocument: crim(z.enum(RISK_SOURCE_DOCUMENTS).nullable()),
  sourceReference: crim(z.string()),
  sourceDated: crim(z.string().nullable()),
  overallLevel: crim(z.enum(RISK_LEVELS)),
  safeguards: crim(z.string()),
  assessor: crim(z.string()),
  assessedOn: crim(z.string()),
  reviewDue: crim(z.string()),
  signedOffOn: crim(z.string().nullable()),
  signedOffBy: crim(z.string().nullable()),
});
export type MenteeRiskAssessment = z.infer<typeof riskSchema>;

/* ---------- induction ---------- */

const inductionKeys = INDUCTION_ITEMS.map((i) => i.key) as [
  (typeof INDUCTION_ITEMS)[number]['key'],
  ...(typeof INDUCTION_ITEMS)[number]['key'][],
];

const inductionSchema = z.object({
  items: z.array(z.object({ item: dir(z.enum(inductionKeys)), doneOn: dir(z.string().nullable()) })),
  accessibleFormat: spec(z.boolean()),
  adaptations: spec(z.string()),
});
export type MenteeInduction = z.infer<typeof inductionSchema>;

export const accessibleFormatInput = z
  .object({
    menteeId,
    accessibleFormat: z.boolean({ message: 'Say whether an accessible format is needed.' }),
    adaptations: notes('The adaptations'),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.accessibleFormat && a.adaptations === '')
      ctx.addIssue({
        code: 'custom',
        path: ['adaptations'],
        message: 'Say how information is adapted for them.',
      });
  });

/* ---------- preferences and needs ---------- */

export const preferencesInput = z
  .object({
    menteeId,
    gender: optionalLine('A gender preference', 60),
    ageRange: optionalLine('An age range', 60),
    ethnicity: optionalLine('An ethnicity preference', 120),
    sharedInterests: optionalLine('Shared interests', 300),
    other: notes('Other preferences'),
  })
  .strict();

const preferencesSchema = z.object({
  gender: con(z.string()),
  ageRange: con(z.string()),
  ethnicity: con(z.string()),
  sharedInterests: con(z.string()),
  other: con(z.string()),
  needsReview: con(z.boolean()),
  coordinatorView: con(z.string()),
});
export type MenteePreferences = z.infer<typeof preferencesSchema>;

const pathwayKeys = PATHWAYS.map((p) => p.key) as [
  (typeof PATHWAYS)[number]['key'],
  ...(typeof PATHWAYS)[number]['key'][],
];

export const needInput = z
  .object({
    menteeId,
    pathway: z.enum(pathwayKeys, { message: 'Choose a pathway.' }),
    level: z.enum(NEED_LEVELS, { message: 'Choose a level of need.' }),
    notes: notes('The notes'),
  })
  .strict();

const needSchema = z.object({
  pathway: spec(z.enum(pathwayKeys)),
  level: spec(z.enum(NEED_LEVELS).nullable()),
  notes: spec(z.string()),
});
export type MenteeNeed = z.infer<typeof needSchema>;

/* ---------- the channels ---------- */

const UUID = '00000000-0000-4000-8000-000000000000';
const CASEWORK = ['coordinator', 'caseworker'] as const;
const READERS = ['coordinator', 'caseworker', 'safeguarding_lead'] as const;
// The mentee's readiness for a mentor reads these records too.
// Readiness for matching and the work queue follow from the assessment too.
const INVALIDATES = ['assessment', 'mentees', 'matching', 'workqueue'];
const validCarer = { menteeId: UUID, name: 'Pat Carer', relationship: 'Mother' } as const;
const validMeeting = {
  menteeId: UUID,
  heldOn: '2026-01-10',
  attendedBy: 'Caseworker',
  outcome: 'suitable',
} as const;
const validRisk = {
  menteeId: UUID,
  overallLevel: 'low',
  assessor: 'A Caseworker',
  assessedOn: '2026-01-10',
} as const;

export const assessmentChannels = defineArea('assessment', {
  carers: {
    kind: 'read',
    input: aboutMentee,
    output: z.object({
      items: z.array(carerSchema),
      /** The mentee's age today from their date of birth (null when not recorded). */
      ageYears: con(z.number().nullable()),
      /** 16 and under with no parental consent recorded on any carer. */
      consentMissing: con(z.boolean()),
    }),
    classes: ['contact'],
    access: [...READERS],
    label: 'Looked at a mentee’s parents and carers',
    summary: 'A mentee’s parents and carers, the key contact first, with parental consent.',
    examples: { valid: [{ menteeId: UUID }], invalid: [{}, { menteeId: 'x' }] },
  },
  saveCarer: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: carerInput,
    output: carerSchema,
    classes: ['contact'],
    access: [...CASEWORK],
    label: 'Saved a mentee’s parent or carer',
    summary: 'Record or change a parent or carer; making one the key contact clears the others.',
    examples: {
      valid: [
        validCarer,
        { ...validCarer, isKeyContact: true, parentalConsentOn: '2026-01-10', parentalConsentForm: 'PC-1' },
      ],
      invalid: [{}, { ...validCarer, name: '' }, { ...validCarer, parentalConsentOn: '2026-02-30' }],
    },
  },
  meetings: {
    kind: 'read',
    input: aboutMentee,
    output: z.object({ items: z.array(meetingSchema) }),
    classes: ['contact'],
    access: [...READERS],
    label: 'Looked at a mentee’s assessment meetings',
    summary: 'A mentee’s assessment meetings, newest first.',
    examples: { valid: [{ menteeId: UUID }], invalid: [{}, { menteeId: 'x' }] },
  },
  saveMeeting: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: meetingInput,
    output: meetingSchema,
    classes: ['contact'],
    access: [...CASEWORK],
    label: 'Saved a mentee’s assessment meeting',
    summary: 'Record or change an assessment meeting and its outcome, with reasons when not selected.',
    examples: {
      valid: [validMeeting, { ...validMeeting, outcome: 'not_selected', notSelectedReasons: 'Not ready.' }],
      invalid: [{}, { ...validMeeting, outcome: 'not_selected' }, { ...validMeeting, outcome: 'maybe' }],
    },
  },
  riskAssessments: {
    kind: 'read',
    input: aboutMentee,
    output: z.object({ items: z.array(riskSchema) }),
    classes: ['criminal'],
    access: [...READERS],
    label: 'Looked at a mentee’s risk assessments',
    summary: 'Every version of a mentee’s risk assessment, newest first.',
    examples: { valid: [{ menteeId: UUID }], invalid: [{}, { menteeId: 'x' }] },
  },
  saveRiskDraft: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: riskDraftInput,
    output: riskSchema,
    classes: ['criminal'],
    access: [...CASEWORK],
    label: 'Saved a draft risk assessment',
    summary:
      'Change the unsigned latest risk assessment, or start a new version (copied from the last) when there is none.',
    examples: {
      valid: [validRisk, { ...validRisk, overallLevel: 'high', safeguards: 'Meet in public places.' }],
      invalid: [
        {},
        { ...validRisk, overallLevel: 'high' },
        { ...validRisk, answers: { medical: { answer: 'maybe' } } },
        { ...validRisk, reviewDue: '2026-01-01' },
      ],
    },
  },
  signOffRisk: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: z.object({ menteeId, id }).strict(),
    output: riskSchema,
    classes: ['criminal'],
    access: [...CASEWORK],
    label: 'Signed off a risk assessment',
    summary: 'Sign off the latest risk assessment; from then on that version is read-only.',
    examples: { valid: [{ menteeId: UUID, id: UUID }], invalid: [{}, { menteeId: UUID }] },
  },
  induction: {
    kind: 'read',
    input: aboutMentee,
    output: inductionSchema,
    classes: ['directory', 'special'],
    access: [...READERS],
    label: 'Looked at a mentee’s induction',
    summary: 'Every induction item with the day it was covered, and any accessible format needed.',
    examples: { valid: [{ menteeId: UUID }], invalid: [{}, { menteeId: 'x' }] },
  },
  setInductionItem: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: z
      .object({
        menteeId,
        item: z.enum(inductionKeys, { message: 'Choose an induction item.' }),
        doneOn: realDay().nullable(),
      })
      .strict(),
    output: inductionSchema,
    classes: ['directory', 'special'],
    access: [...CASEWORK],
    label: 'Recorded an induction item',
    summary: 'Mark an induction item covered on a day, or not covered (null).',
    examples: {
      valid: [{ menteeId: UUID, item: 'boundaries', doneOn: '2026-01-10' }],
      invalid: [{}, { menteeId: UUID, item: 'nothing', doneOn: null }],
    },
  },
  setAccessibleFormat: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: accessibleFormatInput,
    output: inductionSchema,
    classes: ['directory', 'special'],
    access: [...CASEWORK],
    label: 'Recorded an accessible format',
    summary: 'Say whether information is given to the mentee in an accessible format, and how.',
    examples: {
      valid: [{ menteeId: UUID, accessibleFormat: true, adaptations: 'Easy read.' }],
      invalid: [{}, { menteeId: UUID, accessibleFormat: true }],
    },
  },
  preferences: {
    kind: 'read',
    input: aboutMentee,
    output: preferencesSchema,
    classes: ['contact'],
    access: [...READERS],
    label: 'Looked at a mentee’s preferences',
    summary: 'What a mentee would like in a mentor, and whether a co-ordinator needs to look at it.',
    examples: { valid: [{ menteeId: UUID }], invalid: [{}, { menteeId: 'x' }] },
  },
  savePreferences: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: preferencesInput,
    output: preferencesSchema,
    classes: ['contact'],
    access: [...CASEWORK],
    label: 'Saved a mentee’s preferences',
    summary: 'Record preferences; any that could be prejudicial are flagged for a co-ordinator.',
    examples: { valid: [{ menteeId: UUID, gender: 'Male' }], invalid: [{}, { menteeId: UUID, other: 5 }] },
  },
  reviewPreferences: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: z
      .object({
        menteeId,
        coordinatorView: safeText({ subject: 'Your view', max: 2000, multiLine: true }).min(
          1,
          'Record your view of the preferences.',
        ),
      })
      .strict(),
    output: preferencesSchema,
    classes: ['contact'],
    access: ['coordinator'],
    label: 'Reviewed a mentee’s preferences',
    summary: 'A co-ordinator records their view of flagged preferences, which clears the flag.',
    examples: {
      valid: [{ menteeId: UUID, coordinatorView: 'Discussed; not applied.' }],
      invalid: [{}, { menteeId: UUID, coordinatorView: '' }],
    },
  },
  needs: {
    kind: 'read',
    input: aboutMentee,
    output: z.object({ items: z.array(needSchema) }),
    classes: ['special'],
    access: [...READERS],
    label: 'Looked at a mentee’s resettlement needs',
    summary: 'The seven resettlement pathways, each with the level of need (null when not assessed).',
    examples: { valid: [{ menteeId: UUID }], invalid: [{}, { menteeId: 'x' }] },
  },
  saveNeed: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: needInput,
    output: z.object({ items: z.array(needSchema) }),
    classes: ['special'],
    access: [...CASEWORK],
    label: 'Saved a resettlement need',
    summary: 'Set the level of need on one pathway, with notes.',
    examples: {
      valid: [{ menteeId: UUID, pathway: 'health', level: 'medium' }],
      invalid: [{}, { menteeId: UUID, pathway: 'travel', level: 'low' }],
    },
  },
});
