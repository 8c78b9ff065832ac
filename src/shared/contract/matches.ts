import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, optionalDay, realDay, safeText } from './common';
import {
  CONTACT_BETWEEN_UNITS,
  DECLINED_BY,
  LENGTH_UNITS,
  MATCH_HAZARDS,
  MATCH_RISK_LEVELS,
  MATCH_STAGES,
  MEETING_ATTENDEES,
  MEETING_POINTS,
} from '../matching/match';
import { ACTIVATION_CONDITIONS } from '../matching/activation';
import { MENTEE_STAGES } from '../mentees/referral';
import { MENTOR_STAGES } from '../mentors/pipeline';

/**
 * The match workflow (the manual's section 6): both sides' answers, the match risk assessment, the
 * three-way matching meeting and the shared agreement, then activation. Every channel about one
 * match is checked against the match scope (a caseworker: their caseload's matches in full, others'
 * refused). Reference, names, stage and dates of the workflow are directory data; answers, the
 * meeting and the agreement are contact data; the risk assessment and the release date are
 * criminal-offence data. Lead mentors see only `myCluster`: names, establishment and stage.
 */
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const criminal = <S extends z.ZodType>(s: S) => classed('criminal', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);

/** Who reads matches at all (the scope narrows each); who records the casework. */
export const MATCH_READERS = ['coordinator', 'caseworker', 'safeguarding_lead'] as const;
export const MATCH_WRITERS = ['coordinator', 'caseworker'] as const;
const READ_CLASSES = ['directory', 'contact', 'criminal', 'system', 'reference'] as const;
/** A step in the workflow changes what the work queue, the pool and the agreement's document show. */
const INVALIDATES = ['matches', 'matching', 'workqueue', 'documents'];
/** Activation also moves both people to "matched" and opens the relationship's records. */
const ACTIVATION_INVALIDATES = [...INVALIDATES, 'mentees', 'mentors', 'mentoring', 'plans'];

const matchStage = () => z.enum(MATCH_STAGES, { message: 'Choose a stage from the list.' });
const party = z.enum(DECLINED_BY, { message: 'Choose the mentor or the mentee.' });
const notes = (subject: string, max = 2000) =>
  safeText({ subject, max, multiLine: true }).optional().default('');
const line = (subject: string, max = 200) => safeText({ subject, max }).optional().default('');
const matchId = id;
const onDate = (what: string) => realDay(`Enter the date ${what} as day/month/year.`);
const uniqueList = <T extends string>(values: readonly T[]) => new Set(values).size === values.length;

/* ---------- list ---------- */

export const MATCH_SORTS = ['stageSince', 'reference', 'mentee', 'nextReviewDue'] as const;
export const matchListInput = z
  .object({
    stages: z.array(matchStage()).max(MATCH_STAGES.length).optional(),
    mentorId: id.optional(),
    menteeId: id.optional(),
    /** Only the caller's own caseload (a caseworker). */
    myCaseload: z.boolean().default(false),
    /** Only matches needing attention: waiting long for an answer, a review overdue, contact lapsed. */
    needsAttention: z.boolean().default(false),
    sortBy: z.enum(MATCH_SORTS).default('reference'),
    sortDir: z.enum(['asc', 'desc']).default('desc'),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();

const listRow = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  menteeId: dir(z.string()),
  menteeName: dir(z.string()),
  mentorId: dir(z.string()),
  mentorName: dir(z.string()),
  establishmentName: dir(z.string().nullable()),
  stage: dir(matchStage()),
  stageSince: dir(z.string()),
  proposedOn: dir(z.string()),
  activeOn: dir(z.string().nullable()),
  nextReviewDue: dir(z.string().nullable()),
  lastContactOn: contact(z.string().nullable()),
  /** On the caller's own caseload. */
  mine: dir(z.boolean()),
});
export type MatchRow = z.infer<typeof listRow>;

/* ---------- one match ---------- */

const hazardEntry = z
  .object({
    hazard: z.enum(MATCH_HAZARDS, { message: 'Choose a hazard from the list.' }),
    applies: z.boolean({ message: 'Say whether the hazard applies.' }),
    controls: safeText({ subject: 'The controls', max: 1000, multiLine: true }).optional().default(''),
  })
  .strict();
export type MatchHazardEntry = z.input<typeof hazardEntry>;

const riskSchema = z.object({
  id: criminal(z.string()),
  version: criminal(z.number()),
  hazards: criminal(
    z.array(z.object({ hazard: z.enum(MATCH_HAZARDS), applies: z.boolean(), controls: z.string() })),
  ),
  overallLevel: criminal(z.enum(MATCH_RISK_LEVELS)),
  controls: criminal(z.string()),
  assessor: criminal(z.string()),
  assessedOn: criminal(z.string()),
  reviewDue: criminal(z.string()),
  signedOffOn: criminal(z.string().nullable()),
  signedOffBy: system(z.string().nullable()),
});
export type MatchRiskAssessment = z.infer<typeof riskSchema>;

const meetingSchema = z.object({
  heldOn: contact(z.string()),
  place: contact(z.string()),
  attendees: contact(z.array(z.enum(MEETING_ATTENDEES))),
  attendeeNames: contact(z.string()),
  pointsCovered: contact(z.array(z.enum(MEETING_POINTS))),
  nextMeetingOn: contact(z.string().nullable()),
  notes: contact(z.string()),
  recordedAt: system(z.string()),
});
export type MatchMeeting = z.infer<typeof meetingSchema>;

const agreementSchema = z.object({
  groundRules: contact(z.string()),
  aim: contact(z.string()),
  objectives: contact(z.string()),
  lengthValue: contact(z.number()),
  lengthUnit: contact(z.enum(LENGTH_UNITS)),
  meetingMinMinutes: contact(z.number()),
  meetingMaxMinutes: contact(z.number()),
  contactBetweenValue: contact(z.number()),
  contactBetweenUnit: contact(z.enum(CONTACT_BETWEEN_UNITS)),
  reviewOn: contact(z.string()),
  mentorSignedOn: contact(z.string().nullable()),
  menteeSignedOn: contact(z.string().nullable()),
  updatedAt: system(z.string()),
});
export type MatchAgreement = z.infer<typeof agreementSchema>;

const historyEntry = z.object({
  id: dir(z.string()),
  stage: dir(matchStage()),
  onDate: dir(z.string()),
  note: contact(z.string()),
  recordedByName: dir(z.string().nullable()),
  recordedAt: system(z.string()),
});
const earlierMatch = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  mentorName: dir(z.string()),
  stage: dir(matchStage()),
  proposedOn: dir(z.string()),
  activeOn: dir(z.string().nullable()),
  endedOn: dir(z.string().nullable()),
  declinedBy: contact(z.enum(DECLINED_BY).nullable()),
  declinedOn: contact(z.string().nullable()),
  declineReason: contact(z.string()),
});
const unmetSchema = z.object({
  condition: dir(z.enum(ACTIVATION_CONDITIONS)),
  message: dir(z.string()),
});

export const matchSchema = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  stage: dir(matchStage()),
  stageSince: dir(z.string()),
  proposedOn: dir(z.string()),
  proposedByName: dir(z.string().nullable()),
  suggestionRank: contact(z.number().nullable()),
  score: contact(z.number().nullable()),
  overrideReason: contact(z.string()),
  releaseWarning: criminal(z.boolean()),
  mentorToldOn: contact(z.string().nullable()),
  mentorAgreedOn: contact(z.string().nullable()),
  menteeToldOn: contact(z.string().nullable()),
  menteeAgreedOn: contact(z.string().nullable()),
  declinedBy: contact(z.enum(DECLINED_BY).nullable()),
  declinedOn: contact(z.string().nullable()),
  declineReason: contact(z.string()),
  activeOn: dir(z.string().nullable()),
  endedOn: dir(z.string().nullable()),
  previousMatchId: dir(z.string().nullable()),
  lastContactOn: contact(z.string().nullable()),
  noShowStreak: contact(z.number()),
  nextReviewDue: dir(z.string().nullable()),
  mentee: z.object({
    id: dir(z.string()),
    reference: dir(z.string()),
    displayName: dir(z.string()),
    firstName: dir(z.string()),
    stage: dir(z.enum(MENTEE_STAGES)),
    establishmentName: dir(z.string().nullable()),
    caseworkerName: dir(z.string().nullable()),
    /** Confirmed release if known, else expected. */
    releaseDate: criminal(z.string().nullable()),
    caseManagerName: contact(z.string()),
  }),
  mentor: z.object({
    id: dir(z.string()),
    displayName: dir(z.string()),
    stage: dir(z.enum(MENTOR_STAGES)),
    clusterName: dir(z.string().nullable()),
  }),
  history: z.array(historyEntry),
  /** What is missing before the match can be active (empty once active). */
  unmet: z.array(unmetSchema),
  /** Every version of the match risk assessment, newest first. */
  riskAssessments: z.array(riskSchema),
  meeting: meetingSchema.nullable(),
  agreement: agreementSchema.nullable(),
  /** The mentee's other matches (declined, ended), newest first: re-matching keeps the history. */
  earlierMatches: z.array(earlierMatch),
  /** What a new agreement starts from (the programme's settings). */
  defaults: z.object({
    meetingMinMinutes: ref(z.number()),
    meetingMaxMinutes: ref(z.number()),
    reviewMonths: ref(z.number()),
  }),
});
export type Match = z.infer<typeof matchSchema>;

/* ---------- writes ---------- */

export const respondInput = z
  .object({
    matchId,
    party,
    answer: z.enum(['agreed', 'declined'], { message: 'Choose agreed or declined.' }),
    onDate: onDate('of their answer'),
    /** When they were told about the proposed match (defaults to what is recorded). */
    toldOn: optionalDay,
    reason: notes('The reason', 1000),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.answer === 'declined' && r.reason === '')
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Say why they declined. It is kept, without blame, for the next suggestion.',
      });
    if (r.toldOn && r.toldOn > r.onDate)
      ctx.addIssue({
        code: 'custom',
        path: ['toldOn'],
        message: 'They cannot have been told after they answered.',
      });
  });

export const riskAssessmentInput = z
  .object({
    matchId,
    /** The draft being changed; none starts a new version when the latest is signed off. */
    id: id.optional(),
    hazards: z
      .array(hazardEntry)
      .max(MATCH_HAZARDS.length)
      .refine((h) => uniqueList(h.map((x) => x.hazard)), 'Each hazard can be listed once.')
      .optional()
      .default([]),
    overallLevel: z.enum(MATCH_RISK_LEVELS, { message: 'Choose the overall level of risk.' }),
    controls: notes('The controls'),
    assessor: safeText({
      subject: 'The assessor',
      max: 100,
      required: 'Enter who carried out the assessment.',
    }),
    assessedOn: onDate('of the assessment'),
    /** Empty: the assessment date plus the review period in settings. */
    reviewDue: optionalDay,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.overallLevel === 'high' && r.controls === '')
      ctx.addIssue({
        code: 'custom',
        path: ['controls'],
        message: 'At a high level, say what controls will keep the mentor and the mentee safe.',
      });
    if (r.reviewDue && r.reviewDue <= r.assessedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDue'],
        message: 'The review must come after the assessment.',
      });
  });

/** Someone from the service, the prison or probation runs the meeting (the manual). */
export const MEETING_LEADS = ['coordinator', 'prison_staff', 'case_manager'] as const;

export const meetingInput = z
  .object({
    matchId,
    heldOn: onDate('of the meeting'),
    place: safeText({ subject: 'The place', max: 200, required: 'Enter where the meeting was held.' }),
    attendees: z
      .array(z.enum(MEETING_ATTENDEES, { message: 'Choose who attended from the list.' }))
      .max(MEETING_ATTENDEES.length)
      .refine(uniqueList, 'Each person can be listed once.'),
    attendeeNames: line('The names of those who attended', 500),
    pointsCovered: z
      .array(z.enum(MEETING_POINTS, { message: 'Choose the points from the list.' }))
      .max(MEETING_POINTS.length)
      .refine(uniqueList, 'Each point can be listed once.')
      .optional()
      .default([]),
    nextMeetingOn: optionalDay,
    notes: notes('The notes'),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (!m.attendees.some((a) => (MEETING_LEADS as readonly string[]).includes(a)))
      ctx.addIssue({
        code: 'custom',
        path: ['attendees'],
        message:
          'The co-ordinator, a member of prison staff or the statutory case manager must attend the meeting.',
      });
    if (m.nextMeetingOn && m.nextMeetingOn <= m.heldOn)
      ctx.addIssue({
        code: 'custom',
        path: ['nextMeetingOn'],
        message: 'The next meeting must come after this one.',
      });
  });

/**
 * Whole numbers as a form's text box holds them: digits become the number, an empty box nothing
 * (so a default applies), anything else is refused with the field's own message.
 */
const typedNumber = (v: unknown) =>
  typeof v === 'string' ? (v.trim() === '' ? undefined : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v) : v;
const wholeNumber = (message: string, min: number, max: number, range: string) =>
  z.number({ message }).int(message).min(min, range).max(max, range);
const typed = <S extends z.ZodType>(schema: S) => z.preprocess(typedNumber, schema);
const minutes = (subject: string) =>
  wholeNumber(
    `Enter the ${subject} in whole minutes.`,
    5,
    600,
    `The ${subject} must be between 5 and 600 minutes.`,
  );

export const agreementInput = z
  .object({
    matchId,
    groundRules: safeText({
      subject: 'The ground rules',
      max: 4000,
      multiLine: true,
      required: 'Write the ground rules they agreed.',
    }),
    aim: safeText({
      subject: 'The aim',
      max: 1000,
      multiLine: true,
      required: 'Write the aim of the mentoring.',
    }),
    objectives: notes('The objectives', 4000),
    lengthValue: typed(
      wholeNumber(
        'Enter how long the match will last, as a whole number.',
        1,
        104,
        'Enter a length from 1 to 104.',
      ),
    ),
    lengthUnit: z.enum(LENGTH_UNITS, { message: 'Choose weeks or months.' }),
    /** Left out: the programme's shortest and longest advised session. */
    meetingMinMinutes: typed(minutes('shortest meeting').optional()),
    meetingMaxMinutes: typed(minutes('longest meeting').optional()),
    contactBetweenValue: typed(
      wholeNumber(
        'Enter how often they may be in touch between meetings, as a whole number.',
        1,
        52,
        'Enter a number from 1 to 52.',
      ),
    ),
    contactBetweenUnit: z.enum(CONTACT_BETWEEN_UNITS, { message: 'Choose days or weeks.' }),
    /** Empty: the meeting's date (else today) plus the review period in settings. */
    reviewOn: optionalDay,
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.meetingMinMinutes && a.meetingMaxMinutes && a.meetingMinMinutes > a.meetingMaxMinutes)
      ctx.addIssue({
        code: 'custom',
        path: ['meetingMaxMinutes'],
        message: 'The longest meeting cannot be shorter than the shortest.',
      });
  });

const clusterRow = z.object({
  id: dir(z.string()),
  mentorName: dir(z.string()),
  menteeFirstName: dir(z.string()),
  establishmentName: dir(z.string().nullable()),
  stage: dir(matchStage()),
  activeOn: dir(z.string().nullable()),
});
export type ClusterMatchRow = z.infer<typeof clusterRow>;

const UUID = '00000000-0000-4000-8000-000000000000';
const one = { matchId: UUID } as const;
const validRisk = {
  matchId: UUID,
  overallLevel: 'low',
  assessor: 'A Caseworker',
  assessedOn: '2026-11-20',
} as const;
const validMeeting = {
  matchId: UUID,
  heldOn: '2026-11-20',
  place: 'HMP Northmoor visits hall',
  attendees: ['coordinator'],
} as const;
const validAgreement = {
  matchId: UUID,
  groundRules: 'Meet in public places only.',
  aim: 'Settle well after release.',
  lengthValue: 6,
  lengthUnit: 'months',
  contactBetweenValue: 1,
  contactBetweenUnit: 'weeks',
} as const;

export const matchesChannels = defineArea('matches', {
  list: {
    kind: 'read',
    input: matchListInput,
    output: z.object({
      total: dir(z.number()),
      page: dir(z.number()),
      pageSize: dir(z.number()),
      items: z.array(listRow),
    }),
    classes: ['directory', 'contact'],
    access: MATCH_READERS,
    label: 'Looked at the list of matches',
    summary:
      'Matches the caller may see, filtered by stage, mentor, mentee or need of attention, a page at a time.',
    examples: {
      valid: [{}, { stages: ['active'], myCaseload: true, needsAttention: true, sortBy: 'nextReviewDue' }],
      invalid: [{ page: 0 }, { stages: ['dating'] }, { mentorId: 'x' }, { sortBy: 'score' }],
    },
  },
  get: {
    kind: 'read',
    input: z.object({ matchId }).strict(),
    output: matchSchema,
    classes: READ_CLASSES,
    access: MATCH_READERS,
    label: 'Looked at a match',
    summary:
      'One match in full: both parties, the workflow history, what is missing before it is active, the risk assessment, meeting and agreement, and the mentee’s earlier matches.',
    examples: { valid: [one], invalid: [{}, { matchId: 'x' }] },
  },
  respond: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: respondInput,
    output: matchSchema,
    classes: READ_CLASSES,
    access: MATCH_WRITERS,
    label: 'Recorded an answer to a proposed match',
    summary:
      'Record the mentor’s answer (first), then the mentee’s; a decline by either side closes the match, with the reason kept without blame.',
    examples: {
      valid: [
        { ...one, party: 'mentor', answer: 'agreed', onDate: '2026-11-20' },
        { ...one, party: 'mentee', answer: 'declined', onDate: '2026-11-20', reason: 'Wants to wait.' },
      ],
      invalid: [
        { ...one, party: 'mentee', answer: 'declined', onDate: '2026-11-20' },
        { ...one, party: 'carer', answer: 'agreed', onDate: '2026-11-20' },
        { ...one, party: 'mentor', answer: 'maybe', onDate: '2026-11-20' },
        { ...one, party: 'mentor', answer: 'agreed', onDate: '2026-11-20', toldOn: '2026-11-21' },
      ],
    },
  },
  saveRiskAssessment: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: riskAssessmentInput,
    output: matchSchema,
    classes: READ_CLASSES,
    access: MATCH_WRITERS,
    label: 'Saved a match risk assessment',
    summary:
      'Change the unsigned latest match risk assessment, or start a new version (a review) when the latest is signed off.',
    examples: {
      valid: [
        validRisk,
        {
          ...validRisk,
          overallLevel: 'high',
          controls: 'Meet only on service premises.',
          hazards: [{ hazard: 'release_day', applies: true, controls: 'A lead mentor goes too.' }],
        },
      ],
      invalid: [
        {},
        { ...validRisk, overallLevel: 'high' },
        { ...validRisk, hazards: [{ hazard: 'sharks', applies: true }] },
        { ...validRisk, reviewDue: '2026-01-01' },
      ],
    },
  },
  signOffRiskAssessment: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: z.object({ matchId, id }).strict(),
    output: matchSchema,
    classes: READ_CLASSES,
    access: MATCH_WRITERS,
    label: 'Signed off a match risk assessment',
    summary: 'Sign off the latest match risk assessment; from then on that version is read-only.',
    examples: { valid: [{ matchId: UUID, id: UUID }], invalid: [{}, one] },
  },
  saveMeeting: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: meetingInput,
    output: matchSchema,
    classes: READ_CLASSES,
    access: MATCH_WRITERS,
    label: 'Recorded the three-way matching meeting',
    summary:
      'Record or change the three-way matching meeting: when, where, who attended and the points covered.',
    examples: {
      valid: [
        validMeeting,
        { ...validMeeting, pointsCovered: ['aims', 'boundaries'], nextMeetingOn: '2026-12-01' },
      ],
      invalid: [
        {},
        { ...validMeeting, attendees: ['carer'] },
        { ...validMeeting, pointsCovered: ['gossip'] },
        { ...validMeeting, nextMeetingOn: '2026-11-01' },
      ],
    },
  },
  saveAgreement: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: agreementInput,
    output: matchSchema,
    classes: READ_CLASSES,
    access: MATCH_WRITERS,
    label: 'Saved a mentoring agreement',
    summary: 'Write or change the shared mentoring agreement (before either of them has signed it).',
    examples: {
      valid: [
        validAgreement,
        { ...validAgreement, meetingMinMinutes: 45, meetingMaxMinutes: 60, reviewOn: '2027-02-20' },
      ],
      invalid: [
        {},
        { ...validAgreement, aim: '' },
        { ...validAgreement, meetingMinMinutes: 90, meetingMaxMinutes: 60 },
        { ...validAgreement, lengthUnit: 'years' },
      ],
    },
  },
  signAgreement: {
    kind: 'write',
    invalidates: INVALIDATES,
    input: z.object({ matchId, party, onDate: onDate('they signed') }).strict(),
    output: matchSchema,
    classes: READ_CLASSES,
    access: MATCH_WRITERS,
    label: 'Recorded a signature on a mentoring agreement',
    summary: 'Record the date the mentor or the mentee signed the agreement.',
    examples: {
      valid: [{ ...one, party: 'mentor', onDate: '2026-11-20' }],
      invalid: [
        { ...one, party: 'mentor' },
        { ...one, party: 'nobody', onDate: '2026-11-20' },
      ],
    },
  },
  activate: {
    kind: 'write',
    invalidates: ACTIVATION_INVALIDATES,
    input: z.object({ matchId, onDate: onDate('the match started') }).strict(),
    output: matchSchema,
    classes: READ_CLASSES,
    access: MATCH_WRITERS,
    label: 'Made a match active',
    summary:
      'Start the mentoring relationship once both agreed, the risk assessment is signed off, the meeting is recorded and the agreement is signed by both.',
    examples: { valid: [{ ...one, onDate: '2026-11-20' }], invalid: [one, { ...one, onDate: '20/11/2026' }] },
  },
  myCluster: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(clusterRow) }),
    classes: ['directory'],
    access: ['lead_mentor', 'coordinator'],
    label: 'Looked at the matches in a cluster',
    summary:
      'The open matches of the mentors in the clusters the caller leads: mentor, the mentee’s first name, establishment, stage and start.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
});
