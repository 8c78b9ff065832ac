import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, optionalDay, realDay, safeText } from './common';
import {
  COMPLAINANT_KINDS,
  COMPLAINT_ABOUT,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATUSES,
  RECEIVED_BY,
} from '../complaints/complaints';

/**
 * Complaints (standard 25): from whom, about what or whom, how and when received, the
 * acknowledgement, the investigation, the outcome, the response and what was learned, within the
 * programme's timescales (settings). A complaint can describe someone's health or offending, so
 * its narrative is `special`; the list row (reference, dates, status, kinds) is `directory`.
 * Co-ordinators handle complaints; the safeguarding lead reads them; the counts are `reference`
 * for regional managers.
 */
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const special = <S extends z.ZodType>(s: S) => classed('special', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);

const text = (subject: string, max: number) =>
  safeText({ subject, max, multiLine: true }).optional().default('');
const optionalLink = (what: string) =>
  z.string().uuid(`Choose the ${what} from the list.`).nullable().optional().default(null);

/** What a person types when a complaint arrives. */
export const complaintFields = z
  .object({
    complainantKind: z.enum(COMPLAINANT_KINDS, { message: 'Choose who the complaint is from.' }),
    complainantName: safeText({
      subject: 'The complainant’s name',
      max: 120,
      required: 'Enter the name of the person or organisation complaining.',
    }),
    complainantContact: safeText({ subject: 'Their contact details', max: 200 }).optional().default(''),
    aboutKind: z.enum(COMPLAINT_ABOUT, { message: 'Choose what the complaint is about.' }),
    aboutDetail: text('Who or what it is about', 500),
    mentorId: optionalLink('mentor'),
    menteeId: optionalLink('mentee'),
    matchId: optionalLink('match'),
    receivedOn: realDay('Enter the date it was received as day/month/year.'),
    receivedBy: z.enum(RECEIVED_BY, { message: 'Choose how it was received.' }),
    summary: safeText({
      subject: 'The summary',
      max: 4000,
      multiLine: true,
      required: 'Say briefly what the complaint is.',
    }),
  })
  .strict();
export type ComplaintFieldsInput = z.input<typeof complaintFields>;

/** What happens to it afterwards: acknowledgement, investigation, outcome, response, lessons. */
export const complaintProgress = z
  .object({
    acknowledgedOn: optionalDay,
    investigatedBy: safeText({ subject: 'Who investigated', max: 120 }).optional().default(''),
    investigationNotes: text('The investigation notes', 4000),
    outcome: z
      .enum(COMPLAINT_OUTCOMES, { message: 'Choose an outcome from the list.' })
      .nullable()
      .optional()
      .default(null),
    respondedOn: optionalDay,
    lessonsLearned: text('Lessons learned', 2000),
  })
  .strict();
export type ComplaintProgressInput = z.input<typeof complaintProgress>;

export const complaintSchema = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  status: dir(z.enum(COMPLAINT_STATUSES)),
  complainantKind: dir(z.enum(COMPLAINANT_KINDS)),
  complainantName: contact(z.string()),
  complainantContact: contact(z.string()),
  aboutKind: dir(z.enum(COMPLAINT_ABOUT)),
  aboutDetail: special(z.string()),
  mentorId: contact(z.string().nullable()),
  mentorName: contact(z.string().nullable()),
  menteeId: contact(z.string().nullable()),
  menteeName: contact(z.string().nullable()),
  matchId: contact(z.string().nullable()),
  matchReference: contact(z.string().nullable()),
  receivedOn: dir(z.string()),
  receivedBy: dir(z.enum(RECEIVED_BY)),
  summary: special(z.string()),
  acknowledgedOn: dir(z.string().nullable()),
  investigatedBy: contact(z.string()),
  investigationNotes: special(z.string()),
  outcome: dir(z.enum(COMPLAINT_OUTCOMES).nullable()),
  respondedOn: dir(z.string().nullable()),
  lessonsLearned: special(z.string()),
  /** The last days allowed, from the settings in force now. */
  acknowledgeBy: dir(z.string()),
  respondBy: dir(z.string()),
  recordedByName: system(z.string()),
  recordedAt: system(z.string()),
});
export type Complaint = z.infer<typeof complaintSchema>;

/** A row of the list: no narrative, no names. */
export const complaintRow = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  status: dir(z.enum(COMPLAINT_STATUSES)),
  complainantKind: dir(z.enum(COMPLAINANT_KINDS)),
  aboutKind: dir(z.enum(COMPLAINT_ABOUT)),
  receivedOn: dir(z.string()),
  acknowledgedOn: dir(z.string().nullable()),
  respondedOn: dir(z.string().nullable()),
  outcome: dir(z.enum(COMPLAINT_OUTCOMES).nullable()),
  acknowledgeBy: dir(z.string()),
  respondBy: dir(z.string()),
});
export type ComplaintRow = z.infer<typeof complaintRow>;

export const COMPLAINT_LIST_FILTERS = ['open', 'closed', 'all'] as const;

const indicator = z.object({
  from: ref(z.string()),
  to: ref(z.string()),
  open: ref(z.number()),
  received: ref(z.number()),
  acknowledged: ref(z.number()),
  acknowledgedInTime: ref(z.number()),
  responded: ref(z.number()),
  respondedInTime: ref(z.number()),
  /** Whole percentages of the complaints received in the period; null when none were received. */
  acknowledgedInTimePercent: ref(z.number().nullable()),
  respondedInTimePercent: ref(z.number().nullable()),
  byOutcome: z.array(z.object({ outcome: ref(z.enum(COMPLAINT_OUTCOMES)), count: ref(z.number()) })),
});
export type ComplaintIndicator = z.infer<typeof indicator>;

const WRITERS = ['coordinator'] as const;
const READERS = ['coordinator', 'safeguarding_lead'] as const;
const CLASSES = ['directory', 'contact', 'special', 'system'] as const;
const INVALIDATES = ['complaints', 'workqueue'];

const UUID = '00000000-0000-4000-8000-000000000000';
const valid = {
  complainantKind: 'carer',
  complainantName: 'Pat Example',
  aboutKind: 'mentor',
  receivedOn: '2026-03-02',
  receivedBy: 'letter',
  summary: 'The mentor missed two meetings without telling anyone.',
} as const;
const badFields = [
  { ...valid, complainantKind: 'neighbour' },
  { ...valid, complainantName: '' },
  { ...valid, aboutKind: 'weather' },
  { ...valid, receivedOn: '02/03/2026' },
  { ...valid, receivedBy: 'pigeon' },
  { ...valid, summary: '   ' },
  { ...valid, mentorId: 'x' },
];

export const complaintsChannels = defineArea('complaints', {
  list: {
    kind: 'read',
    input: z
      .object({
        status: z.enum(COMPLAINT_LIST_FILTERS, { message: 'Choose open, closed or all.' }).default('open'),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      items: z.array(complaintRow),
    }),
    classes: ['directory', 'reference'],
    access: READERS,
    label: 'Looked at complaints',
    summary: 'Complaints, newest received first: reference, kinds, dates, status and outcome (no narrative).',
    examples: {
      valid: [{}, { status: 'all', page: 2 }],
      invalid: [{ status: 'pending' }, { page: 0 }, { extra: 1 }],
    },
  },
  get: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: complaintSchema,
    classes: CLASSES,
    access: READERS,
    label: 'Looked at a complaint',
    summary: 'One complaint in full.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  record: {
    kind: 'write',
    input: complaintFields,
    output: complaintSchema,
    classes: CLASSES,
    access: WRITERS,
    label: 'Recorded a complaint',
    summary: 'Record a complaint as it arrives; it gets a reference (C-YYYY-NNNN) and its timescales start.',
    invalidates: INVALIDATES,
    examples: {
      valid: [valid, { ...valid, mentorId: UUID, complainantContact: '01234 567890' }],
      invalid: [{}, ...badFields],
    },
  },
  update: {
    kind: 'write',
    input: complaintFields.extend({ id }).extend(complaintProgress.shape),
    output: complaintSchema,
    classes: CLASSES,
    access: WRITERS,
    label: 'Changed a complaint',
    summary:
      'Correct a complaint or record its progress: acknowledgement, investigation, outcome, response and lessons learned.',
    invalidates: INVALIDATES,
    examples: {
      valid: [
        { ...valid, id: UUID },
        { ...valid, id: UUID, acknowledgedOn: '2026-03-04', outcome: 'upheld', respondedOn: '2026-03-20' },
      ],
      invalid: [
        valid,
        ...badFields.map((b) => ({ ...b, id: UUID })),
        { ...valid, id: UUID, outcome: 'maybe' },
        { ...valid, id: UUID, acknowledgedOn: 'soon' },
      ],
    },
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
    label: 'Looked at complaint counts',
    summary:
      'Standard 25: complaints open now, and of those received in a period how many were acknowledged and answered within the timescales, by outcome. Counts only.',
    examples: {
      valid: [{ from: '2026-04-01', to: '2027-03-31' }],
      invalid: [{}, { from: '2026-04-01', to: '2026-03-31' }, { from: '2026-01-01', to: '31/03/2026' }],
    },
  },
});
