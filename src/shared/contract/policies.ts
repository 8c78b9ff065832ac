import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, optionalDay, realDay, safeText } from './common';
import { attachmentUpload } from '../files/attachment';
import {
  FILE_OWNERS,
  INSURANCE_KINDS,
  LITERATURE_AUDIENCES,
  LITERATURE_FORMATS,
  LITERATURE_KINDS,
  POLICY_KINDS,
  POLICY_STATUSES,
} from '../policies/policies';

/**
 * The policies register (the manual's six recommended policies and any others), service
 * literature (handbooks and leaflets) and the programme's insurance (standards 1, 24 and 25).
 * None of it is personal data: it is `reference`, read by every case role (staff must know the
 * policies) and changed by co-ordinators; the names of a policy's owner and approver are `directory`.
 * Documents are files kept in the database: a PDF or a picture, checked on its bytes.
 */
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);

const READERS = ['coordinator', 'caseworker', 'lead_mentor', 'safeguarding_lead'] as const;
const WRITERS = ['coordinator'] as const;
const INVALIDATES = ['policies', 'workqueue'];

const line = (subject: string, max = 120) => safeText({ subject, max });
const optionalLine = (subject: string, max = 120) => line(subject, max).optional().default('');
const notes = (subject: string, max = 2000) =>
  safeText({ subject, max, multiLine: true }).optional().default('');

const policyKind = z.enum(POLICY_KINDS, { message: 'Choose what the policy covers.' });
const policyStatus = z.enum(POLICY_STATUSES, { message: 'Choose the policy’s status.' });
const reviewState = z.enum(['none', 'in_date', 'due', 'overdue']);
const versionLabel = safeText({
  subject: 'The version',
  max: 20,
  required: 'Enter the version, such as 1.0.',
});

/** A stored file without its bytes. */
const fileInfo = z
  .object({
    fileName: z.string(),
    contentType: z.string(),
    size: z.number(),
  })
  .nullable();

// ---------------------------------------------------------------------------------------------
// Policies

export const policyFields = z
  .object({
    title: line('The title').min(2, 'Enter the policy’s title.'),
    kind: policyKind,
    owner: optionalLine('The owner', 100),
    status: policyStatus,
    summary: notes('The summary'),
    reviewOn: optionalDay,
  })
  .strict();

export const versionFields = z
  .object({
    version: versionLabel,
    approvedOn: optionalDay,
    approvedBy: optionalLine('Who approved it', 100),
    reviewOn: optionalDay,
    changes: notes('What changed', 1000),
  })
  .strict();

const policyRow = z.object({
  id: ref(z.string()),
  title: ref(z.string()),
  kind: ref(policyKind),
  recommended: ref(z.boolean()),
  owner: dir(z.string()),
  status: ref(policyStatus),
  version: ref(z.string().nullable()),
  approvedOn: ref(z.string().nullable()),
  reviewOn: ref(z.string().nullable()),
  reviewState: ref(reviewState),
  hasDocument: ref(z.boolean()),
});
export type PolicyRow = z.infer<typeof policyRow>;

const policyVersion = z.object({
  id: ref(z.string()),
  version: ref(z.string()),
  approvedOn: ref(z.string().nullable()),
  approvedBy: dir(z.string()),
  reviewOn: ref(z.string().nullable()),
  changes: ref(z.string()),
  file: ref(fileInfo),
  recordedByName: dir(z.string()),
  recordedAt: ref(z.string()),
  current: ref(z.boolean()),
});
export type PolicyVersion = z.infer<typeof policyVersion>;

const policySchema = policyRow.extend({
  summary: ref(z.string()),
  updatedAt: ref(z.string()),
  versions: z.array(policyVersion),
});
export type Policy = z.infer<typeof policySchema>;

// ---------------------------------------------------------------------------------------------
// Literature and insurance

export const literatureFields = z
  .object({
    title: line('The title').min(2, 'Enter the title.'),
    kind: z.enum(LITERATURE_KINDS, { message: 'Choose what kind of handbook or leaflet it is.' }),
    audience: z.enum(LITERATURE_AUDIENCES, { message: 'Choose who it is for.' }),
    format: z.enum(LITERATURE_FORMATS, { message: 'Choose its format.' }),
    language: line('The language', 40).min(2, 'Enter the language, such as English.'),
    version: optionalLine('The version', 20),
    lastReviewedOn: optionalDay,
    notes: notes('Notes'),
    archived: z.boolean().optional().default(false),
  })
  .strict();

const literatureSchema = z.object({
  id: ref(z.string()),
  title: ref(z.string()),
  kind: ref(literatureFields.shape.kind),
  audience: ref(literatureFields.shape.audience),
  format: ref(literatureFields.shape.format),
  language: ref(z.string()),
  version: ref(z.string()),
  lastReviewedOn: ref(z.string().nullable()),
  notes: ref(z.string()),
  file: ref(fileInfo),
  archived: ref(z.boolean()),
});
export type Literature = z.infer<typeof literatureSchema>;

const insuranceObject = z
  .object({
    kind: z.enum(INSURANCE_KINDS, { message: 'Choose the kind of insurance.' }),
    insurer: line('The insurer').min(2, 'Enter the insurer’s name.'),
    policyNumber: optionalLine('The policy number', 60),
    coverSummary: notes('What it covers', 1000),
    coverAmountPence: z
      .number({ message: 'Enter the amount of cover in pounds.' })
      .int('Enter the amount of cover in whole pence.')
      .min(0, 'Enter an amount of cover of £0 or more.')
      .max(100_000_000_000, 'Enter an amount of cover of £1,000,000,000 or less.')
      .nullable()
      .optional()
      .default(null),
    startsOn: realDay('Enter the day the cover starts as day/month/year.'),
    expiresOn: realDay('Enter the day the cover ends as day/month/year.'),
    notes: notes('Notes'),
    archived: z.boolean().optional().default(false),
  })
  .strict();
const coverDatesInOrder = {
  check: (f: { startsOn: string; expiresOn: string }) => f.startsOn <= f.expiresOn,
  message: { message: 'The cover must end on or after the day it starts.', path: ['expiresOn'] },
};
export const insuranceFields = insuranceObject.refine(coverDatesInOrder.check, coverDatesInOrder.message);

const insuranceSchema = z.object({
  id: ref(z.string()),
  kind: ref(z.enum(INSURANCE_KINDS)),
  insurer: ref(z.string()),
  policyNumber: ref(z.string()),
  coverSummary: ref(z.string()),
  coverAmountPence: ref(z.number().nullable()),
  startsOn: ref(z.string()),
  expiresOn: ref(z.string()),
  notes: ref(z.string()),
  file: ref(fileInfo),
  archived: ref(z.boolean()),
  renewalState: ref(reviewState),
});
export type InsurancePolicy = z.infer<typeof insuranceSchema>;

const storedFile = z.object({
  fileName: ref(z.string()),
  contentType: ref(z.string()),
  size: ref(z.number()),
  base64: ref(z.string()),
});
export type StoredFile = z.infer<typeof storedFile>;

const fraction = z.object({ numerator: ref(z.number()), denominator: ref(z.number()) });
const indicatorsSchema = z.object({
  /** Of the six recommended kinds, how many have a policy in force, with a document, not past review. */
  policies: fraction,
  /** Recommended kinds not yet counted: what to do next. */
  missingKinds: ref(z.array(policyKind)),
  /** Insurance held (not archived) that is in date today. */
  insurance: fraction,
});
export type PolicyIndicators = z.infer<typeof indicatorsSchema>;

// ---------------------------------------------------------------------------------------------

const UUID = '00000000-0000-4000-8000-000000000000';
// Too large a file is tested in the core's tests: 7 MB of example text would ride in every bundle.
const PDF = 'JVBERi0xLjQK'; // "%PDF-1.4\n"
const NOT_A_PICTURE = 'UEsDBBQAAAAIAA=='; // a Word (.docx) file starts "PK": a zip
const validPolicy = { title: 'Lone working', kind: 'health_safety', status: 'draft' } as const;
const validVersion = { policyId: UUID, version: '1.0', approvedOn: '2026-04-01', reviewOn: '2027-04-01' };
const validLiterature = {
  title: 'Mentor handbook',
  kind: 'mentor_handbook',
  audience: 'mentors',
  format: 'standard',
  language: 'English',
} as const;
const validInsurance = {
  kind: 'public_liability',
  insurer: 'Example Mutual',
  startsOn: '2026-04-01',
  expiresOn: '2027-03-31',
} as const;

export const policiesChannels = defineArea('policies', {
  list: {
    kind: 'read',
    input: z
      .object({
        status: policyStatus.optional(),
        includeWithdrawn: z.boolean().default(false),
      })
      .strict(),
    output: z.array(policyRow),
    classes: ['reference', 'directory'],
    access: READERS,
    label: 'Looked at the policies register',
    summary: 'Every policy with its current version, review date and whether a document is attached.',
    examples: {
      valid: [{}, { status: 'in_force' }],
      invalid: [{ status: 'live' }, { includeWithdrawn: 'yes' }],
    },
  },
  get: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: policySchema,
    classes: ['reference', 'directory'],
    access: READERS,
    label: 'Looked at a policy',
    summary: 'One policy with every version (without the documents’ bytes).',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  create: {
    kind: 'write',
    input: policyFields,
    output: policySchema,
    classes: ['reference', 'directory'],
    access: WRITERS,
    invalidates: INVALIDATES,
    label: 'Added a policy',
    summary: 'Add a policy to the register (its versions and document are added after).',
    examples: {
      valid: [validPolicy],
      invalid: [
        {},
        { ...validPolicy, kind: 'picnics' },
        { ...validPolicy, title: 'x\u202E' },
        { ...validPolicy, reviewOn: '2026-02-31' },
      ],
    },
  },
  update: {
    kind: 'write',
    input: policyFields.extend({ id }),
    output: policySchema,
    classes: ['reference', 'directory'],
    access: WRITERS,
    invalidates: INVALIDATES,
    label: 'Changed a policy',
    summary: 'Change a policy’s title, kind, owner, status, summary or review date.',
    examples: {
      valid: [{ ...validPolicy, id: UUID }],
      invalid: [validPolicy, { ...validPolicy, id: UUID, status: 'live' }],
    },
  },
  addVersion: {
    kind: 'write',
    input: versionFields.extend({ policyId: id, document: attachmentUpload.optional() }),
    output: policySchema,
    classes: ['reference', 'directory'],
    access: WRITERS,
    invalidates: INVALIDATES,
    label: 'Recorded a new version of a policy',
    summary:
      'Record a new version (its approval, review date and, optionally, its document); earlier versions stay readable.',
    examples: {
      valid: [validVersion, { ...validVersion, document: { fileName: 'policy.pdf', base64: PDF } }],
      invalid: [
        { ...validVersion, version: '' },
        { ...validVersion, reviewOn: 'next year' },
        { ...validVersion, document: { fileName: 'policy.docx', base64: NOT_A_PICTURE } },
      ],
    },
  },
  attachDocument: {
    kind: 'write',
    input: z.object({ versionId: id, document: attachmentUpload }).strict(),
    output: policySchema,
    classes: ['reference', 'directory'],
    access: WRITERS,
    invalidates: INVALIDATES,
    label: 'Attached a policy document',
    summary: 'Attach the document to a version that has none (a changed document is a new version).',
    examples: {
      valid: [{ versionId: UUID, document: { fileName: 'policy.pdf', base64: PDF } }],
      invalid: [
        { versionId: UUID },
        { versionId: UUID, document: { fileName: 'policy.docx', base64: NOT_A_PICTURE } },
      ],
    },
  },
  readFile: {
    kind: 'read',
    input: z.object({ of: z.enum(FILE_OWNERS, { message: 'Choose which file to open.' }), id }).strict(),
    output: storedFile,
    classes: ['reference'],
    access: READERS,
    label: 'Opened a policy, leaflet or insurance document',
    summary: 'The file attached to a policy version, a handbook or leaflet, or an insurance policy.',
    examples: {
      valid: [{ of: 'policy_version', id: UUID }],
      invalid: [{ of: 'mentor', id: UUID }, { of: 'literature' }],
    },
  },
  indicators: {
    kind: 'read',
    input: z.object({}).strict(),
    output: indicatorsSchema,
    classes: ['reference'],
    access: ['coordinator', 'safeguarding_lead', 'regional_manager'],
    label: 'Looked at the policy and insurance indicators',
    summary: 'Standards 1, 24 and 25: recommended policies in force and in date, and insurance in date.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  literature: {
    kind: 'read',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(literatureSchema),
    classes: ['reference'],
    access: READERS,
    label: 'Looked at the handbooks and leaflets',
    summary: 'The programme’s handbooks and leaflets: audience, format, language, version and last review.',
    examples: { valid: [{}, { includeArchived: true }], invalid: [{ includeArchived: 1 }] },
  },
  saveLiterature: {
    kind: 'write',
    input: literatureFields.extend({ id: id.optional(), file: attachmentUpload.optional() }),
    output: literatureSchema,
    classes: ['reference'],
    access: WRITERS,
    invalidates: ['policies'],
    label: 'Saved a handbook or leaflet',
    summary: 'Add or change a handbook or leaflet; a file sent replaces the one kept.',
    examples: {
      valid: [
        validLiterature,
        { ...validLiterature, id: UUID, file: { fileName: 'handbook.pdf', base64: PDF } },
      ],
      invalid: [
        { ...validLiterature, audience: 'everyone' },
        { ...validLiterature, lastReviewedOn: '31/02/2026' },
        { ...validLiterature, file: { fileName: 'handbook.docx', base64: NOT_A_PICTURE } },
      ],
    },
  },
  insurance: {
    kind: 'read',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(insuranceSchema),
    classes: ['reference'],
    access: READERS,
    label: 'Looked at the insurance policies',
    summary: 'The programme’s insurance, soonest expiry first, with whether each is due for renewal.',
    examples: { valid: [{}], invalid: [{ includeArchived: 'no' }] },
  },
  getInsurance: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: insuranceSchema,
    classes: ['reference'],
    access: READERS,
    label: 'Looked at an insurance policy',
    summary: 'One insurance policy.',
    examples: { valid: [{ id: UUID }], invalid: [{ id: 'x' }] },
  },
  saveInsurance: {
    kind: 'write',
    input: insuranceObject
      .extend({ id: id.optional(), file: attachmentUpload.optional() })
      .refine(coverDatesInOrder.check, coverDatesInOrder.message),
    output: insuranceSchema,
    classes: ['reference'],
    access: WRITERS,
    invalidates: INVALIDATES,
    label: 'Saved an insurance policy',
    summary:
      'Add or change an insurance policy (a renewal changes its dates); a file sent replaces the schedule kept.',
    examples: {
      valid: [validInsurance, { ...validInsurance, coverAmountPence: 1_000_000_000 }],
      invalid: [
        { ...validInsurance, expiresOn: '2026-03-01' },
        { ...validInsurance, coverAmountPence: 12.5 },
        { ...validInsurance, file: { fileName: 'schedule.pdf', base64: 'not base64!' } },
      ],
    },
  },
});
