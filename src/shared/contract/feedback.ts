import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, optionalDay, realDay, safeText } from './common';
import {
  ACTION_STATUSES,
  FEEDBACK_FROM,
  FEEDBACK_METHODS,
  FEEDBACK_THEMES,
  INVOLVEMENT_KINDS,
  RATING_MAX,
  RATING_MIN,
} from '../feedback/feedback';

/**
 * Feedback from mentees, mentors, carers and partners (standard 26), the "you said, we did"
 * actions that link feedback to changes, and service-user involvement: former mentees who became
 * mentors, joined the steering group or sat on panels (standard 30). Co-ordinators record and read
 * it all (safeguarding leads read it); the published "you said, we did" list and this quarter's
 * counts hold nothing personal (`reference`), and regional managers see the counts with any cell
 * under 5 hidden.
 */
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);

const from = () => z.enum(FEEDBACK_FROM, { message: 'Choose who the feedback came from.' });
const method = () => z.enum(FEEDBACK_METHODS, { message: 'Choose how the feedback was gathered.' });
const theme = () => z.enum(FEEDBACK_THEMES, { message: 'Choose themes from the list.' });
const status = () => z.enum(ACTION_STATUSES, { message: 'Choose planned, in progress or done.' });
const involvementKind = () => z.enum(INVOLVEMENT_KINDS, { message: 'Choose how they were involved.' });
const text = (subject: string, max = 2000) =>
  safeText({ subject, max, multiLine: true }).optional().default('');
const optionalId = id.nullable().optional().default(null);
const page = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};

/** One piece of feedback as typed; "not in the future" and the links' existence need the core. */
const feedbackBase = z
  .object({
    receivedOn: realDay('Enter the date it was received as day/month/year.'),
    fromKind: from(),
    method: method(),
    anonymous: z.boolean({ message: 'Say whether the feedback was anonymous.' }).default(false),
    rating: z
      .number({ message: `Choose a rating from ${RATING_MIN} to ${RATING_MAX}.` })
      .int(`Choose a rating from ${RATING_MIN} to ${RATING_MAX}.`)
      .min(RATING_MIN, `Choose a rating from ${RATING_MIN} to ${RATING_MAX}.`)
      .max(RATING_MAX, `Choose a rating from ${RATING_MIN} to ${RATING_MAX}.`)
      .nullable()
      .optional()
      .default(null),
    wentWell: text('What went well'),
    couldBeBetter: text('What could be better'),
    comments: text('Other comments'),
    themes: z
      .array(theme())
      .max(FEEDBACK_THEMES.length)
      .refine((t) => new Set(t).size === t.length, 'Choose each theme once.')
      .default([]),
    menteeId: optionalId,
    mentorId: optionalId,
    matchId: optionalId,
    partnerId: optionalId,
  })
  .strict();
const feedbackRules = (f: z.output<typeof feedbackBase>, ctx: z.RefinementCtx) => {
  if (!f.wentWell && !f.couldBeBetter && !f.comments && f.rating === null)
    ctx.addIssue({
      code: 'custom',
      path: ['comments'],
      message: 'Enter what was said, or at least a rating.',
    });
  // Anonymous means nobody can be identified from the record, so it names nobody.
  if (f.anonymous && (f.menteeId || f.mentorId || f.matchId || f.partnerId))
    ctx.addIssue({
      code: 'custom',
      path: ['anonymous'],
      message: 'Anonymous feedback cannot be linked to a person, match or partner.',
    });
};
export const feedbackFields = feedbackBase.superRefine(feedbackRules);
export type FeedbackFields = z.input<typeof feedbackFields>;

export const feedbackSchema = z.object({
  id: dir(z.string()),
  receivedOn: contact(z.string()),
  fromKind: contact(from()),
  method: contact(method()),
  anonymous: contact(z.boolean()),
  rating: contact(z.number().nullable()),
  wentWell: contact(z.string()),
  couldBeBetter: contact(z.string()),
  comments: contact(z.string()),
  themes: contact(z.array(theme())),
  menteeId: dir(z.string().nullable()),
  menteeName: dir(z.string().nullable()),
  mentorId: dir(z.string().nullable()),
  mentorName: dir(z.string().nullable()),
  matchId: dir(z.string().nullable()),
  matchReference: dir(z.string().nullable()),
  partnerId: dir(z.string().nullable()),
  partnerName: dir(z.string().nullable()),
  /** How many "you said, we did" actions it is linked to. */
  actions: contact(z.number()),
  recordedAt: system(z.string()),
});
export type Feedback = z.infer<typeof feedbackSchema>;

const period = {
  from: optionalDay,
  to: optionalDay,
};
export const feedbackListInput = z
  .object({ fromKind: from().optional(), theme: theme().optional(), ...period, ...page })
  .strict()
  .refine((p) => !p.from || !p.to || p.from <= p.to, {
    message: 'The period must end on or after its start.',
    path: ['to'],
  });

/** A count regional managers may see: hidden under 5, so nobody is picked out. */
const countCell = {
  /** The count, or null when it is under 5 (for those who may only see figures). */
  shown: ref(z.number().nullable()),
  /** The exact count, for staff who read feedback. */
  exact: contact(z.number().nullable()),
};
const summarySchema = z.object({
  from: ref(z.string()),
  to: ref(z.string()),
  total: ref(z.number()),
  averageRating: ref(z.number().nullable()),
  rated: ref(z.number()),
  byFrom: z.array(
    z.object({ fromKind: ref(from()), ...countCell, averageRating: contact(z.number().nullable()) }),
  ),
  byTheme: z.array(z.object({ theme: ref(theme()), ...countCell })),
});
export type FeedbackSummary = z.infer<typeof summarySchema>;

/** What a "you said, we did" action says and its progress. */
const actionBase = z
  .object({
    youSaid: safeText({
      subject: 'What people said',
      max: 1000,
      multiLine: true,
      required: 'Sum up what people said.',
    }),
    weDid: safeText({
      subject: 'What we will do',
      max: 1000,
      multiLine: true,
      required: 'Say what will be done about it.',
    }),
    owner: safeText({ subject: 'Who is doing it', max: 100 }).optional().default(''),
    targetOn: optionalDay,
    status: status().default('planned'),
    doneOn: optionalDay,
    published: z.boolean({ message: 'Say whether it has been published.' }).default(false),
    feedbackIds: z
      .array(id)
      .max(100, 'Link at most 100 pieces of feedback.')
      .refine((ids) => new Set(ids).size === ids.length, 'Link each piece of feedback once.')
      .default([]),
  })
  .strict();
const actionRules = (a: z.output<typeof actionBase>, ctx: z.RefinementCtx) => {
  if (a.status === 'done' && !a.doneOn)
    ctx.addIssue({ code: 'custom', path: ['doneOn'], message: 'Enter the date it was done.' });
  if (a.status !== 'done' && a.doneOn)
    ctx.addIssue({
      code: 'custom',
      path: ['doneOn'],
      message: 'Leave the done date empty until it is done.',
    });
  if (a.published && a.status !== 'done')
    ctx.addIssue({
      code: 'custom',
      path: ['published'],
      message: 'Publish an action once it is done: “we did” needs something done.',
    });
};
export const actionFields = actionBase.extend({ id: id.optional() }).superRefine(actionRules);
export type ActionFields = z.input<typeof actionFields>;

export const actionSchema = z.object({
  id: ref(z.string()),
  youSaid: contact(z.string()),
  weDid: contact(z.string()),
  owner: contact(z.string()),
  targetOn: contact(z.string().nullable()),
  status: contact(status()),
  doneOn: contact(z.string().nullable()),
  published: contact(z.boolean()),
  feedback: z.array(
    z.object({
      id: dir(z.string()),
      receivedOn: contact(z.string()),
      fromKind: contact(from()),
      /** A few words of what was said, to recognise it by. */
      gist: contact(z.string()),
    }),
  ),
  updatedAt: system(z.string()),
});
export type FeedbackAction = z.infer<typeof actionSchema>;

const publishedSchema = z.object({
  id: ref(z.string()),
  youSaid: ref(z.string()),
  weDid: ref(z.string()),
  doneOn: ref(z.string()),
});
export type PublishedAction = z.infer<typeof publishedSchema>;

const involvementBase = z
  .object({
    menteeId: z.string().uuid('Choose the former mentee.'),
    kind: involvementKind(),
    mentorId: optionalId,
    role: safeText({ subject: 'The role', max: 120 }).optional().default(''),
    fromOn: realDay('Enter the start date as day/month/year.'),
    toOn: optionalDay,
    notes: text('Notes'),
  })
  .strict();
const involvementRules = (r: z.output<typeof involvementBase>, ctx: z.RefinementCtx) => {
  if (r.toOn && r.toOn < r.fromOn)
    ctx.addIssue({ code: 'custom', path: ['toOn'], message: 'The end date cannot be before the start.' });
  if (r.kind === 'became_mentor' && !r.mentorId)
    ctx.addIssue({ code: 'custom', path: ['mentorId'], message: 'Choose their mentor record.' });
};
export const involvementFields = involvementBase.extend({ id: id.optional() }).superRefine(involvementRules);
export type InvolvementFields = z.input<typeof involvementFields>;

export const involvementSchema = z.object({
  id: dir(z.string()),
  menteeId: dir(z.string()),
  menteeName: dir(z.string()),
  menteeReference: dir(z.string()),
  kind: contact(involvementKind()),
  mentorId: dir(z.string().nullable()),
  mentorName: dir(z.string().nullable()),
  role: contact(z.string()),
  fromOn: contact(z.string()),
  toOn: contact(z.string().nullable()),
  notes: contact(z.string()),
});
export type Involvement = z.infer<typeof involvementSchema>;

const involvementIndicator = z.object({
  from: ref(z.string()),
  to: ref(z.string()),
  label: ref(z.string()),
  /** Former mentees with any involvement overlapping the year. */
  formerMentees: ref(z.number()),
  /** Of them, those who became mentors. */
  nowMentors: ref(z.number()),
});
export type InvolvementIndicator = z.infer<typeof involvementIndicator>;

const linkOption = z.object({ id: dir(z.string()), label: dir(z.string()) });
export type LinkOption = z.infer<typeof linkOption>;
export const LINK_KINDS = ['mentee', 'mentor', 'partner'] as const;

const READERS = ['coordinator', 'safeguarding_lead'] as const;
const WRITERS = ['coordinator'] as const;
const CLASSES = ['directory', 'contact', 'system', 'reference'] as const;
const INVALIDATES = ['feedback', 'workqueue'];

const UUID = '00000000-0000-4000-8000-000000000000';
const valid = {
  receivedOn: '2026-11-02',
  fromKind: 'mentee',
  method: 'questionnaire',
  rating: 4,
  wentWell: 'Felt listened to.',
  themes: ['contact'],
} as const;
const badFeedback = [
  {},
  { ...valid, fromKind: 'judge' },
  { ...valid, method: 'telepathy' },
  { ...valid, rating: 6 },
  { ...valid, rating: 2.5 },
  { ...valid, receivedOn: '2026-02-30' },
  { ...valid, themes: ['weather'] },
  { ...valid, themes: ['contact', 'contact'] },
  { ...valid, wentWell: 'a\u202Eb' },
  { receivedOn: '2026-11-02', fromKind: 'mentee', method: 'phone' },
  { ...valid, anonymous: true, menteeId: UUID },
  { ...valid, partnerId: 'x' },
];
const validAction = {
  youSaid: 'Travel claims took too long.',
  weDid: 'Claims are now paid weekly.',
} as const;
const badActions = [
  {},
  { ...validAction, youSaid: '' },
  { ...validAction, status: 'finished' },
  { ...validAction, status: 'done' },
  { ...validAction, doneOn: '2026-11-01' },
  { ...validAction, published: true },
  { ...validAction, feedbackIds: ['x'] },
  { ...validAction, feedbackIds: [UUID, UUID] },
  { ...validAction, targetOn: '31/12/2026' },
];
const validInvolvement = { menteeId: UUID, kind: 'steering_group', fromOn: '2026-05-01' } as const;
const badInvolvements = [
  {},
  { ...validInvolvement, menteeId: 'x' },
  { ...validInvolvement, kind: 'cooking' },
  { ...validInvolvement, kind: 'became_mentor' },
  { ...validInvolvement, toOn: '2026-04-01' },
  { ...validInvolvement, fromOn: 'May' },
];

export const feedbackChannels = defineArea('feedback', {
  list: {
    kind: 'read',
    input: feedbackListInput,
    output: z.object({
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      items: z.array(feedbackSchema),
    }),
    classes: CLASSES,
    access: READERS,
    label: 'Looked at feedback',
    summary: 'Feedback received, newest first, filtered by who gave it, theme and period.',
    examples: {
      valid: [{}, { fromKind: 'carer', theme: 'training', from: '2026-10-01', to: '2026-12-31', page: 2 }],
      invalid: [
        { fromKind: 'judge' },
        { theme: 'weather' },
        { from: '2026-12-31', to: '2026-10-01' },
        { page: 0 },
        { extra: 1 },
      ],
    },
  },
  record: {
    kind: 'write',
    input: feedbackFields,
    output: feedbackSchema,
    classes: CLASSES,
    access: WRITERS,
    label: 'Recorded feedback',
    summary: 'Record feedback from a mentee, mentor, carer, partner or anyone else, perhaps anonymously.',
    invalidates: INVALIDATES,
    examples: { valid: [valid, { ...valid, anonymous: true }], invalid: badFeedback },
  },
  update: {
    kind: 'write',
    input: feedbackBase.extend({ id }).superRefine(feedbackRules),
    output: feedbackSchema,
    classes: CLASSES,
    access: WRITERS,
    label: 'Changed feedback',
    summary: 'Correct a piece of feedback.',
    invalidates: INVALIDATES,
    examples: {
      valid: [{ ...valid, id: UUID }],
      invalid: [valid, ...badFeedback.map((b) => ({ ...b, id: UUID }))],
    },
  },
  summary: {
    kind: 'read',
    input: z
      .object({
        from: realDay('Enter the start of the period as day/month/year.'),
        to: realDay('Enter the end of the period as day/month/year.'),
      })
      .strict()
      .refine((p) => p.from <= p.to, { message: 'The period must end on or after its start.', path: ['to'] }),
    output: summarySchema,
    classes: ['reference', 'contact'],
    access: ['coordinator', 'safeguarding_lead', 'regional_manager'],
    label: 'Looked at feedback counts',
    summary:
      'Feedback received in a period by who gave it and by theme, with average ratings (standard 26). Counts only; under 5 hidden for those who read figures only.',
    examples: {
      valid: [{ from: '2026-10-01', to: '2026-12-31' }],
      invalid: [{}, { from: '2026-12-31', to: '2026-10-01' }, { from: '2026-10-01', to: 'December' }],
    },
  },
  linkOptions: {
    kind: 'read',
    input: z
      .object({
        kind: z.enum(LINK_KINDS, { message: 'Choose a mentee, mentor or partner.' }),
        search: safeText({ subject: 'The search', max: 80 }).optional().default(''),
      })
      .strict(),
    output: z.array(linkOption),
    classes: ['directory'],
    access: WRITERS,
    label: 'Looked for someone to link feedback to',
    summary: 'Up to 30 mentees, mentors or partner agencies whose name (or reference) matches the search.',
    examples: {
      valid: [{ kind: 'mentee' }, { kind: 'partner', search: 'YOT' }],
      invalid: [{}, { kind: 'judge' }, { kind: 'mentor', search: 'a\u0007' }],
    },
  },
  actions: {
    kind: 'read',
    input: z
      .object({ status: status().optional(), feedbackId: id.optional(), id: id.optional(), ...page })
      .strict(),
    output: z.object({ total: ref(z.number()), items: z.array(actionSchema) }),
    classes: CLASSES,
    access: READERS,
    label: 'Looked at “you said, we did” actions',
    summary:
      '“You said, we did” actions with the feedback each is linked to; open ones first by target date.',
    examples: {
      valid: [{}, { status: 'done' }, { feedbackId: UUID }, { id: UUID }],
      invalid: [{ status: 'finished' }, { feedbackId: 'x' }, { page: 0 }],
    },
  },
  saveAction: {
    kind: 'write',
    input: actionFields,
    output: actionSchema,
    classes: CLASSES,
    access: WRITERS,
    label: 'Saved a “you said, we did” action',
    summary:
      'Add or change a “you said, we did” action: what people said, what will be or was done, its owner, dates, status, publication and linked feedback.',
    invalidates: INVALIDATES,
    examples: {
      valid: [
        validAction,
        {
          ...validAction,
          id: UUID,
          status: 'done',
          doneOn: '2026-11-20',
          published: true,
          feedbackIds: [UUID],
        },
      ],
      invalid: badActions,
    },
  },
  published: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(publishedSchema),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Looked at the published “you said, we did” list',
    summary:
      'Done and published “you said, we did” actions, newest first, for the newsletter or noticeboard.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  involvements: {
    kind: 'read',
    input: z.object({ kind: involvementKind().optional(), ...page }).strict(),
    output: z.object({
      total: ref(z.number()),
      items: z.array(involvementSchema),
      indicator: involvementIndicator,
    }),
    classes: ['directory', 'contact', 'reference'],
    access: READERS,
    label: 'Looked at service-user involvement',
    summary:
      'Former mentees involved in running the service, newest first, with this year’s count and how many now mentor (standard 30).',
    examples: { valid: [{}, { kind: 'became_mentor' }], invalid: [{ kind: 'cooking' }, { pageSize: 0 }] },
  },
  saveInvolvement: {
    kind: 'write',
    input: involvementFields,
    output: involvementSchema,
    classes: ['directory', 'contact', 'reference'],
    access: WRITERS,
    label: 'Saved a service-user involvement',
    summary: 'Add or change how a former mentee is involved in the service (standard 30).',
    invalidates: ['feedback'],
    examples: {
      valid: [validInvolvement, { ...validInvolvement, kind: 'became_mentor', mentorId: UUID, id: UUID }],
      invalid: badInvolvements,
    },
  },
});
