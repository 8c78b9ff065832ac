import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, optionalDay, realDay, safeText } from './common';
import { CONCERN_ABOUT, CONCERN_KINDS, CONCERN_STATUSES } from '../safeguarding/safeguarding';

/**
 * Safeguarding concerns and disclosures (standard 24), the most sensitive records in Waymark.
 *  - Any case role (co-ordinator, caseworker, lead mentor, safeguarding lead) can RAISE one; the
 *    answer is only its id and reference, so whoever raised it cannot read it back.
 *  - Only the safeguarding lead reads the detail: every field but id, reference, status and the day
 *    it was raised is classed `safeguarding`, which only that role may read, and the concern's
 *    scope gives a co-ordinator a `directory` view at most. A co-ordinator therefore sees that a
 *    concern exists and where it stands; caseworkers and lead mentors are not on the read channels.
 *  - Every read is audited, a co-ordinator's status-only read included (the dispatcher audits all
 *    reads of a channel that declares the `safeguarding` class).
 */
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const sg = <S extends z.ZodType>(s: S) => classed('safeguarding', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);

const text = (subject: string, max: number) =>
  safeText({ subject, max, multiLine: true }).optional().default('');
const optionalLink = (what: string) =>
  z.string().uuid(`Choose the ${what} from the list.`).nullable().optional().default(null);

/** What the person raising a concern records. */
export const raiseFields = z
  .object({
    kind: z.enum(CONCERN_KINDS, { message: 'Choose child protection or adult safeguarding.' }),
    aboutKind: z.enum(CONCERN_ABOUT, { message: 'Choose whom the concern is about.' }),
    aboutName: safeText({ subject: 'The person’s name', max: 120 }).optional().default(''),
    menteeId: optionalLink('mentee'),
    mentorId: optionalLink('mentor'),
    raisedOn: realDay('Enter the date of the disclosure or what you saw as day/month/year.'),
    disclosure: safeText({
      subject: 'What was disclosed or observed',
      max: 4000,
      multiLine: true,
      required: 'Say what was disclosed or what you saw or heard.',
    }),
    immediateAction: text('The immediate action', 2000),
  })
  .strict();
export type RaiseConcernInput = z.input<typeof raiseFields>;

/** What the safeguarding lead keeps up to date. */
const leadFields = z
  .object({
    status: z.enum(CONCERN_STATUSES, { message: 'Choose a status from the list.' }),
    laReferredOn: optionalDay,
    laReference: safeText({ subject: 'The local authority reference', max: 60 }).optional().default(''),
    laContact: safeText({ subject: 'Who at the local authority', max: 120 }).optional().default(''),
    policeReferredOn: optionalDay,
    policeReference: safeText({ subject: 'The police reference', max: 60 }).optional().default(''),
    policeContact: safeText({ subject: 'Who at the police', max: 120 }).optional().default(''),
    nextActionDue: optionalDay,
    outcome: text('The outcome', 2000),
    closedOn: optionalDay,
  })
  .strict();

export const concernUpdate = raiseFields.extend({ id }).extend(leadFields.shape);
export type ConcernUpdateInput = z.input<typeof concernUpdate>;

export const concernSchema = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  status: dir(z.enum(CONCERN_STATUSES)),
  raisedOn: dir(z.string()),
  raisedByName: sg(z.string()),
  raisedAt: sg(z.string()),
  kind: sg(z.enum(CONCERN_KINDS)),
  aboutKind: sg(z.enum(CONCERN_ABOUT)),
  aboutName: sg(z.string()),
  menteeId: sg(z.string().nullable()),
  menteeName: sg(z.string().nullable()),
  mentorId: sg(z.string().nullable()),
  mentorName: sg(z.string().nullable()),
  disclosure: sg(z.string()),
  immediateAction: sg(z.string()),
  laReferredOn: sg(z.string().nullable()),
  laReference: sg(z.string()),
  laContact: sg(z.string()),
  policeReferredOn: sg(z.string().nullable()),
  policeReference: sg(z.string()),
  policeContact: sg(z.string()),
  nextActionDue: sg(z.string().nullable()),
  lastActionOn: sg(z.string().nullable()),
  outcome: sg(z.string()),
  closedOn: sg(z.string().nullable()),
  updatedAt: system(z.string()),
});
export type Concern = z.infer<typeof concernSchema>;

/** A row of the list: the co-ordinator's part (reference, raised, status) and the lead's. */
export const concernRow = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  status: dir(z.enum(CONCERN_STATUSES)),
  raisedOn: dir(z.string()),
  kind: sg(z.enum(CONCERN_KINDS)),
  aboutKind: sg(z.enum(CONCERN_ABOUT)),
  aboutLabel: sg(z.string()),
  raisedByName: sg(z.string()),
  nextActionDue: sg(z.string().nullable()),
});
export type ConcernRow = z.infer<typeof concernRow>;

export const concernAction = z.object({
  id: sg(z.string()),
  takenOn: sg(z.string()),
  description: sg(z.string()),
  recordedByName: sg(z.string()),
});
export type ConcernAction = z.infer<typeof concernAction>;

/** Standard 24's counts for a period: nothing but numbers, so regional managers may read them. */
const indicator = z.object({
  from: ref(z.string()),
  to: ref(z.string()),
  raised: ref(z.number()),
  /** Raised in the period and with at least one dated action or referral recorded. */
  withAction: ref(z.number()),
  withActionPercent: ref(z.number().nullable()),
  referred: ref(z.number()),
  notClosedNow: ref(z.number()),
});
export type ConcernIndicator = z.infer<typeof indicator>;

export const CONCERN_LIST_FILTERS = ['open', 'closed', 'all'] as const;

/** Who may raise a concern: every role that works with mentees or mentors. */
export const CONCERN_RAISERS = ['coordinator', 'caseworker', 'lead_mentor', 'safeguarding_lead'] as const;
const READERS = ['coordinator', 'safeguarding_lead'] as const;
const LEAD = ['safeguarding_lead'] as const;
const CLASSES = ['directory', 'safeguarding', 'system'] as const;
const INVALIDATES = ['safeguarding', 'workqueue'];

const UUID = '00000000-0000-4000-8000-000000000000';
const valid = {
  kind: 'child_protection',
  aboutKind: 'child',
  raisedOn: '2026-03-02',
  disclosure: 'Said a child at home is often left alone overnight.',
} as const;
const badFields = [
  { ...valid, kind: 'other' },
  { ...valid, aboutKind: 'neighbour' },
  { ...valid, raisedOn: '02/03/2026' },
  { ...valid, disclosure: '' },
  { ...valid, disclosure: 'a\u202Eb' },
  { ...valid, menteeId: 'x' },
];

export const safeguardingChannels = defineArea('safeguarding', {
  raise: {
    kind: 'write',
    input: raiseFields,
    output: z.object({ id: dir(z.string()), reference: dir(z.string()) }),
    classes: ['directory', 'safeguarding'],
    access: CONCERN_RAISERS,
    label: 'Raised a safeguarding concern',
    summary:
      'Raise a safeguarding concern or record a disclosure; it goes to the safeguarding lead. The answer is its reference only.',
    invalidates: INVALIDATES,
    examples: {
      valid: [valid, { ...valid, kind: 'adult_safeguarding', aboutKind: 'mentee', menteeId: UUID }],
      invalid: [{}, ...badFields],
    },
  },
  list: {
    kind: 'read',
    input: z
      .object({
        status: z.enum(CONCERN_LIST_FILTERS, { message: 'Choose open, closed or all.' }).default('open'),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      total: dir(z.number()),
      page: dir(z.number()),
      pageSize: dir(z.number()),
      items: z.array(concernRow),
    }),
    classes: ['directory', 'safeguarding'],
    access: READERS,
    label: 'Looked at safeguarding concerns',
    summary:
      'Safeguarding concerns, newest first. Co-ordinators see only each one’s reference, the day it was raised and its status.',
    examples: {
      valid: [{}, { status: 'all', page: 2 }],
      invalid: [{ status: 'pending' }, { page: 0 }, { x: 1 }],
    },
  },
  get: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: concernSchema,
    classes: CLASSES,
    access: READERS,
    label: 'Looked at a safeguarding concern',
    summary:
      'One concern: in full for the safeguarding lead; its reference, raised date and status for co-ordinators.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  indicator: {
    kind: 'read',
    input: z
      .object({
        from: realDay('Enter the start of the period as day/month/year.'),
        to: realDay('Enter the end of the period as day/month/year.'),
      })
      .strict()
      .refine((p) => p.from <= p.to, { message: 'The period must end on or after its start.', path: ['to'] }),
    output: indicator,
    classes: ['reference'],
    access: ['coordinator', 'safeguarding_lead', 'regional_manager'],
    label: 'Looked at safeguarding counts',
    summary:
      'Standard 24: concerns raised in a period, how many have a recorded action or referral, how many were referred, and how many are not closed now. Counts only.',
    examples: {
      valid: [{ from: '2026-04-01', to: '2027-03-31' }],
      invalid: [{}, { from: '2026-04-01', to: '2026-03-31' }, { from: '2026-01-01', to: '31/03/2026' }],
    },
  },
  actions: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: z.array(concernAction),
    classes: ['safeguarding'],
    access: LEAD,
    label: 'Looked at the actions on a safeguarding concern',
    summary: 'The dated actions taken on one concern, oldest first.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  update: {
    kind: 'write',
    input: concernUpdate,
    output: concernSchema,
    classes: CLASSES,
    access: LEAD,
    label: 'Changed a safeguarding concern',
    summary:
      'Correct a concern and keep it up to date: referrals to the local authority or police, next action, status, outcome and closure.',
    invalidates: INVALIDATES,
    examples: {
      valid: [
        { ...valid, id: UUID, status: 'referred', laReferredOn: '2026-03-03', laReference: 'LA-991' },
        { ...valid, id: UUID, status: 'closed', outcome: 'No further action.', closedOn: '2026-03-20' },
      ],
      invalid: [
        { ...valid, status: 'open' },
        { ...valid, id: UUID, status: 'forgotten' },
        { ...valid, id: UUID, status: 'open', nextActionDue: 'soon' },
        ...badFields.map((b) => ({ ...b, id: UUID, status: 'open' })),
      ],
    },
  },
  addAction: {
    kind: 'write',
    input: z
      .object({
        id,
        takenOn: realDay('Enter the date of the action as day/month/year.'),
        description: safeText({
          subject: 'The action',
          max: 2000,
          multiLine: true,
          required: 'Say what was done.',
        }),
        nextActionDue: optionalDay,
      })
      .strict(),
    output: z.array(concernAction),
    classes: ['safeguarding'],
    access: LEAD,
    label: 'Recorded an action on a safeguarding concern',
    summary: 'Add a dated action to a concern, and set (or clear) when the next one is due.',
    invalidates: INVALIDATES,
    examples: {
      valid: [
        { id: UUID, takenOn: '2026-03-03', description: 'Rang the duty team.', nextActionDue: '2026-03-10' },
      ],
      invalid: [
        { id: UUID, takenOn: '2026-03-03' },
        { id: UUID, takenOn: '2026-03-03', description: ' ' },
        { id: UUID, takenOn: 'today', description: 'Rang' },
        { id: 'x', takenOn: '2026-03-03', description: 'Rang' },
      ],
    },
  },
});
