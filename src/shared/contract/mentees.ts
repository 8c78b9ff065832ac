import { z } from 'zod';
import { personWrites } from './invalidation';
import { classed, defineArea } from './define';
import { id, safeText } from './common';
import { menteeFields, optionalDate, prisonNumber, realDate, referralFields } from './mentees.fields';
import { EMPLOYMENT_STATUSES, LEARNING_STYLES } from '../mentors/pipeline';
import {
  CONSENT_METHODS,
  CUSTODY_STATUSES,
  MENTEE_STAGES,
  OFFENCE_CATEGORIES,
  REFERRAL_SOURCES,
  SENTENCE_TYPES,
} from '../mentees/referral';
import { MENTEE_CONDITIONS } from '../mentees/readiness';

/** A change to a mentee shows in search and in the match screens too. */
const WRITES_MENTEES = personWrites('mentees');

export { menteeFields, referralFields } from './mentees.fields';
export type { MenteeFields, MenteeFieldsInput, ReferralFields, ReferralFieldsInput } from './mentees.fields';

/**
 * Mentees from referral to ready-for-match. Name, reference, stage and establishment are directory
 * data (a caseworker sees them for anyone); contact and family details are contact data; prison
 * number, sentence, offence and release dates are criminal-offence data; accessible-format needs
 * are special. Caseworkers see the rest only for their own caseload (mentee.scope.ts), and change
 * only their own caseload's records (the `mentee_caseload` scope on every write).
 */
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const criminal = <S extends z.ZodType>(s: S) => classed('criminal', s);
const special = <S extends z.ZodType>(s: S) => classed('special', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const stage = () => z.enum(MENTEE_STAGES, { message: 'Choose a stage from the list.' });
const notes = (subject: string, max = 2000) =>
  safeText({ subject, max, multiLine: true }).optional().default('');

/** Who works with mentees at all; the scope narrows each record. */
export const MENTEE_READERS = ['coordinator', 'safeguarding_lead', 'caseworker'] as const;
/** Who changes mentee records (a caseworker: their own caseload only). */
export const MENTEE_WRITERS = ['coordinator', 'caseworker'] as const;
const MENTEE_CLASSES = ['directory', 'contact', 'criminal', 'special', 'system'] as const;

const historyEntry = z.object({
  id: dir(z.string()),
  stage: dir(stage()),
  onDate: dir(z.string()),
  note: contact(z.string()),
  recordedByName: dir(z.string().nullable()),
  recordedAt: system(z.string()),
});
const moveEntry = z.object({
  id: dir(z.string()),
  establishmentId: dir(z.string()),
  establishmentName: dir(z.string().nullable()),
  movedOn: dir(z.string()),
  note: contact(z.string()),
});
const referralSchema = z.object({
  id: dir(z.string()),
  source: dir(z.enum(REFERRAL_SOURCES)),
  agency: dir(z.string()),
  referrerName: contact(z.string()),
  referrerContact: contact(z.string()),
  referredOn: dir(z.string()),
  acknowledgedOn: dir(z.string().nullable()),
  criteriaMet: contact(z.array(z.string())),
  reason: contact(z.string()),
  hopes: contact(z.string()),
  notALicenceCondition: dir(z.boolean()),
  selfReferralNote: contact(z.string()),
});
export type MenteeReferral = z.infer<typeof referralSchema>;

export const menteeSchema = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  firstName: dir(z.string()),
  lastName: dir(z.string()),
  preferredName: dir(z.string()),
  displayName: dir(z.string()),
  stage: dir(stage()),
  stageSince: dir(z.string()),
  daysInStage: dir(z.number()),
  establishmentId: dir(z.string().nullable()),
  establishmentName: dir(z.string().nullable()),
  caseworkerAccountId: dir(z.string().nullable()),
  caseworkerName: dir(z.string().nullable()),
  dateOfBirth: contact(z.string().nullable()),
  ageNow: contact(z.number().nullable()),
  gender: contact(z.string()),
  addressOnRelease: contact(z.string()),
  homeArea: contact(z.string()),
  employmentStatus: contact(z.enum(EMPLOYMENT_STATUSES)),
  familyBackground: contact(z.string()),
  prisonNumber: criminal(z.string().nullable()),
  custodyStatus: criminal(z.enum(CUSTODY_STATUSES)),
  sentenceType: criminal(z.enum(SENTENCE_TYPES).nullable()),
  sentenceMonths: criminal(z.number().nullable()),
  offenceCategory: criminal(z.enum(OFFENCE_CATEGORIES).nullable()),
  expectedRelease: criminal(z.string().nullable()),
  confirmedRelease: criminal(z.string().nullable()),
  licenceEnd: criminal(z.string().nullable()),
  /** Age on the confirmed (else expected) release date: criminal, since it reveals the date. */
  ageAtRelease: criminal(z.number().nullable()),
  caseManagerName: contact(z.string()),
  caseManagerContact: contact(z.string()),
  learningStyle: contact(z.enum(LEARNING_STYLES).nullable()),
  interests: contact(z.array(z.string())),
  languages: contact(z.array(z.string())),
  accessibleFormat: special(z.boolean()),
  adaptations: special(z.string()),
  consentGivenOn: contact(z.string().nullable()),
  consentHow: contact(z.enum(CONSENT_METHODS).nullable()),
  notes: contact(z.string()),
  updatedAt: system(z.string()),
  referrals: z.array(referralSchema),
  history: z.array(historyEntry),
  moves: z.array(moveEntry),
});
export type Mentee = z.infer<typeof menteeSchema>;

const listRow = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  displayName: dir(z.string()),
  stage: dir(stage()),
  stageSince: dir(z.string()),
  daysInStage: dir(z.number()),
  establishmentName: dir(z.string().nullable()),
  caseworkerName: dir(z.string().nullable()),
  /** On the caller's own caseload (directory: anyone may know whose caseload it is). */
  mine: dir(z.boolean()),
  expectedRelease: criminal(z.string().nullable()),
});
export type MenteeRow = z.infer<typeof listRow>;

export const MENTEE_SORTS = ['name', 'stageSince', 'reference'] as const;
export const menteeListInput = z
  .object({
    search: safeText({ subject: 'The search', max: 80 }).optional(),
    myCaseload: z.boolean().default(false),
    stages: z.array(stage()).max(MENTEE_STAGES.length).optional(),
    establishmentId: id.optional(),
    /** Expected (or confirmed) release within this many months from today. */
    releaseWithinMonths: z.number().int().min(0).max(60).optional(),
    sortBy: z.enum(MENTEE_SORTS).default('name'),
    sortDir: z.enum(['asc', 'desc']).default('asc'),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();

const unmetSchema = z.object({
  condition: criminal(z.enum(MENTEE_CONDITIONS)),
  message: criminal(z.string()),
});
const readinessSchema = z.object({ unmet: z.array(unmetSchema) });
export type MenteeReadiness = z.infer<typeof readinessSchema>;

const duplicateSchema = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  displayName: dir(z.string()),
  stage: dir(stage()),
  establishmentName: dir(z.string().nullable()),
  sameDateOfBirth: contact(z.boolean()),
  samePrisonNumber: criminal(z.boolean()),
});
export type MenteeDuplicate = z.infer<typeof duplicateSchema>;

const criterionSchema = z.object({
  id: ref(z.string()),
  text: ref(z.string()),
  sortOrder: ref(z.number()),
  archived: ref(z.boolean()),
});
export type ReferralCriterion = z.infer<typeof criterionSchema>;

export const MENTEE_DUE_KINDS = [
  'release_unmatched',
  'risk_review',
  'induction_incomplete',
  'referral_unacknowledged',
] as const;
const dueItem = z.object({
  key: dir(z.string()),
  id: dir(z.string()),
  displayName: dir(z.string()),
  reference: dir(z.string()),
  kind: dir(z.enum(MENTEE_DUE_KINDS)),
  /** The date that makes it due (release dates and risk reviews are criminal data). */
  due: criminal(z.string()),
  message: criminal(z.string()),
});
export type MenteeDueItem = z.infer<typeof dueItem>;

const UUID = '00000000-0000-4000-8000-000000000000';
const one = { firstName: 'Sam', lastName: 'Example' } as const;
const referral = { source: 'probation', referredOn: '2026-11-20', notALicenceCondition: true } as const;

export const selfReferralInput = z
  .object({
    firstName: safeText({ subject: 'The first name', max: 80, required: 'Enter their first name.' }),
    lastName: safeText({ subject: 'The last name', max: 80, required: 'Enter their last name.' }),
    prisonNumber,
    establishmentId: id.nullable().optional().default(null),
    location: safeText({ subject: 'The wing or location', max: 120 }).optional().default(''),
    wantsHelpWith: notes('What they would like help with'),
    receivedOn: realDate('Enter the date the slip was received.'),
  })
  .strict();

export const menteesChannels = defineArea('mentees', {
  list: {
    kind: 'read',
    input: menteeListInput,
    output: z.object({
      total: dir(z.number()),
      page: dir(z.number()),
      pageSize: dir(z.number()),
      items: z.array(listRow),
    }),
    classes: ['directory', 'criminal'],
    access: MENTEE_READERS,
    label: 'Looked at the list of mentees',
    summary:
      'Mentees the caller may see (a caseworker: optionally only their caseload), filtered and a page at a time.',
    examples: {
      valid: [{}, { myCaseload: true, stages: ['referred'], releaseWithinMonths: 6, search: 'sam' }],
      invalid: [{ page: 0 }, { stages: ['asleep'] }, { releaseWithinMonths: -1 }, { search: 'a\u202Eb' }],
    },
  },
  get: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: menteeSchema,
    classes: MENTEE_CLASSES,
    access: MENTEE_READERS,
    label: 'Looked at a mentee',
    summary: 'One mentee’s record with their referral, stages and establishment history.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  readiness: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: readinessSchema,
    classes: ['criminal'],
    access: MENTEE_READERS,
    label: 'Looked at what a mentee still needs before matching',
    summary: 'The readiness conditions a mentee has not met yet.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  referralCriteria: {
    kind: 'read',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(criterionSchema),
    classes: ['reference'],
    access: MENTEE_READERS,
    label: 'Looked at the referral criteria',
    summary: 'The programme’s referral criteria, the checklist on every referral.',
    examples: { valid: [{}], invalid: [{ includeArchived: 'yes' }] },
  },
  saveReferralCriterion: {
    kind: 'write',
    input: z
      .object({
        id: id.optional(),
        text: safeText({ subject: 'The criterion', max: 300, required: 'Enter the criterion.' }),
        sortOrder: z.number().int().min(0).max(10_000).optional(),
        archived: z.boolean().default(false),
      })
      .strict(),
    output: criterionSchema,
    classes: ['reference'],
    access: ['coordinator'],
    label: 'Saved a referral criterion',
    summary: 'Add, reword or archive one of the programme’s referral criteria.',
    examples: { valid: [{ text: 'Lives in the county' }], invalid: [{}, { text: '' }] },
  },
  possibleDuplicates: {
    kind: 'read',
    input: z
      .object({
        firstName: safeText({ subject: 'The first name', max: 80 }),
        lastName: safeText({ subject: 'The last name', max: 80 }),
        dateOfBirth: optionalDate('Enter their date of birth as a date.'),
        prisonNumber,
        excludeId: id.optional(),
      })
      .strict(),
    output: z.array(duplicateSchema),
    classes: ['directory', 'contact', 'criminal'],
    access: MENTEE_WRITERS,
    label: 'Checked for a mentee already recorded',
    summary: 'Mentees already recorded with the same or a very similar name, or the same prison number.',
    examples: {
      valid: [one, { ...one, prisonNumber: 'A1234BC' }],
      invalid: [{ firstName: 'Sam' }, { ...one, prisonNumber: '12' }],
    },
  },
  create: {
    kind: 'write',
    invalidates: WRITES_MENTEES,
    input: z
      .object({
        mentee: menteeFields,
        referral: referralFields,
        allowDuplicate: z.boolean().optional().default(false),
      })
      .strict(),
    output: menteeSchema,
    classes: MENTEE_CLASSES,
    access: MENTEE_WRITERS,
    label: 'Added a referral',
    summary:
      'Record a referral and the person referred, in one step (refused as a likely duplicate unless confirmed). A caseworker’s referral joins their caseload.',
    examples: {
      valid: [{ mentee: one, referral }],
      invalid: [
        {},
        { mentee: one, referral: { ...referral, notALicenceCondition: false } },
        { mentee: { ...one, firstName: '' }, referral },
        { mentee: { ...one, prisonNumber: 'nope' }, referral },
        { mentee: one, referral: { ...referral, referredOn: '20/11/2026' } },
      ],
    },
  },
  selfReferral: {
    kind: 'write',
    invalidates: WRITES_MENTEES,
    input: selfReferralInput,
    output: menteeSchema,
    classes: MENTEE_CLASSES,
    access: MENTEE_WRITERS,
    label: 'Recorded a self-referral slip',
    summary: 'Record a wing slip or leaflet reply from someone asking for a mentor.',
    examples: {
      valid: [{ ...one, receivedOn: '2026-11-20' }],
      invalid: [{ ...one }, { ...one, receivedOn: '2026-11-20', prisonNumber: 'x' }],
    },
  },
  update: {
    kind: 'write',
    invalidates: WRITES_MENTEES,
    input: menteeFields.omit({ establishmentId: true }).extend({ id }),
    output: menteeSchema,
    classes: MENTEE_CLASSES,
    access: MENTEE_WRITERS,
    label: 'Changed a mentee’s details',
    summary: 'Change a mentee’s details (not their stage or establishment: see moveStage and recordMove).',
    examples: {
      valid: [{ ...one, id: UUID }],
      invalid: [one, { ...one, id: UUID, dateOfBirth: '2001-02-30' }],
    },
  },
  acknowledgeReferral: {
    kind: 'write',
    invalidates: WRITES_MENTEES,
    input: z.object({ id, on: realDate('Enter the date the referral was acknowledged.') }).strict(),
    output: menteeSchema,
    classes: MENTEE_CLASSES,
    access: MENTEE_WRITERS,
    label: 'Acknowledged a referral',
    summary: 'Record that the referral was acknowledged (moves a referred mentee to “acknowledged”).',
    examples: { valid: [{ id: UUID, on: '2026-11-21' }], invalid: [{ id: UUID }, { id: UUID, on: 'soon' }] },
  },
  moveStage: {
    kind: 'write',
    invalidates: WRITES_MENTEES,
    input: z
      .object({ id, stage: stage(), on: realDate('Enter the date of this step.'), note: notes('The note') })
      .strict(),
    output: menteeSchema,
    classes: MENTEE_CLASSES,
    access: MENTEE_WRITERS,
    label: 'Moved a mentee to another stage',
    summary:
      'Record the next step of a mentee’s way to a match. Ready and matched need the readiness gate met.',
    examples: {
      valid: [{ id: UUID, stage: 'assessment', on: '2026-11-20' }],
      invalid: [
        { id: UUID, stage: 'asleep', on: '2026-11-20' },
        { id: UUID, stage: 'ready', on: '20/11/2026' },
      ],
    },
  },
  recordMove: {
    kind: 'write',
    invalidates: WRITES_MENTEES,
    input: z
      .object({
        id,
        establishmentId: id,
        movedOn: realDate('Enter the date of the move.'),
        note: notes('The note', 500),
      })
      .strict(),
    output: menteeSchema,
    classes: MENTEE_CLASSES,
    access: MENTEE_WRITERS,
    label: 'Recorded a mentee’s move',
    summary: 'Record a move to another establishment (the latest move is where they are now).',
    examples: {
      valid: [{ id: UUID, establishmentId: UUID, movedOn: '2026-11-20' }],
      invalid: [
        { id: UUID, movedOn: '2026-11-20' },
        { id: UUID, establishmentId: UUID, movedOn: 'x' },
      ],
    },
  },
  assignCaseworker: {
    kind: 'write',
    invalidates: WRITES_MENTEES,
    input: z.object({ id, caseworkerAccountId: id.nullable() }).strict(),
    output: menteeSchema,
    classes: MENTEE_CLASSES,
    access: ['coordinator'],
    label: 'Assigned a mentee’s caseworker',
    summary: 'Put a mentee on a caseworker’s caseload (or on nobody’s).',
    examples: {
      valid: [{ id: UUID, caseworkerAccountId: null }],
      invalid: [{ id: UUID }, { id: UUID, caseworkerAccountId: 'x' }],
    },
  },
  caseworkerAccounts: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(z.object({ id: system(z.string()), displayName: system(z.string()) })),
    classes: ['system'],
    access: ['coordinator'],
    label: 'Looked at the caseworker accounts',
    summary: 'Staff accounts holding the caseworker role, to assign a caseload.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  dueItems: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(dueItem) }),
    classes: ['directory', 'criminal'],
    access: MENTEE_READERS,
    label: 'Looked at the mentees’ work queue',
    summary:
      'What is due for mentees: release near and not matched, risk reviews, unfinished inductions and referrals not acknowledged (a caseworker: their caseload).',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
});
