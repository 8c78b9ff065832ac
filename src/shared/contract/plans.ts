import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, isRealDay, realDay, safeText } from './common';
import { PATHWAYS } from '../mentees/assessment';
import { MATCH_STAGES } from '../matching/match';
import { GOAL_STATUSES, OUTCOME_TYPES, PHASES, PROGRESS_RATINGS } from '../matching/relationship';

/**
 * SMART action plans and three-monthly reviews for a match (the manual's section 7). Goals sit on
 * the seven resettlement pathways, before or after release; each has progress updates. Reviews
 * rate progress per pathway and per goal, record what each side gained and set the next review
 * date, which the match row carries for the work queue.
 *
 * Casework: co-ordinators and the mentee's caseworker write; safeguarding leads read. Every call
 * about one match names `matchId` and must see that match in full (the `match` scope). A goal's
 * words (specific, measure, achievable, evidence) and review notes are special-category: reads are
 * audited. Goals can be set from the three-way meeting on (stage "mentee agreed") and while the
 * match is active; reviews are held while it is active.
 */
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const special = <S extends z.ZodType>(s: S) => classed('special', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);

export const PLAN_READERS = ['coordinator', 'caseworker', 'safeguarding_lead'] as const;
export const PLAN_WRITERS = ['coordinator', 'caseworker'] as const;

const pathwayKeys = PATHWAYS.map((p) => p.key) as [
  (typeof PATHWAYS)[number]['key'],
  ...(typeof PATHWAYS)[number]['key'][],
];
const pathway = () => z.enum(pathwayKeys, { message: 'Choose a pathway from the list.' });
const phase = () => z.enum(PHASES, { message: 'Choose before or after release.' });
const goalStatus = () => z.enum(GOAL_STATUSES, { message: 'Choose a status from the list.' });
const outcomeType = () => z.enum(OUTCOME_TYPES, { message: 'Choose a hard or a soft outcome.' });
const rating = () => z.enum(PROGRESS_RATINGS, { message: 'Choose a rating from the list.' });
/** A rating select may be left empty ('' = not rated): empty ones are dropped. */
const optionalRating = () =>
  z.union([rating(), z.literal('')], { message: 'Choose a rating from the list, or leave it empty.' });
const dropUnrated = <K extends string>(r: Partial<Record<K, string>>) =>
  Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '')) as Partial<
    Record<K, (typeof PROGRESS_RATINGS)[number]>
  >;

const notes = (subject: string, max = 2000) =>
  safeText({ subject, max, multiLine: true }).optional().default('');
const matchId = id;

// ——— Goals ———

export const goalFields = z
  .object({
    /** Present when changing a goal. */
    id: id.optional(),
    matchId,
    pathway: pathway(),
    /** Left out: before or after release as things stand today (from the mentee's release date). */
    phase: phase().optional(),
    specific: safeText({
      subject: 'What exactly the goal is',
      max: 500,
      multiLine: true,
      required: 'Say exactly what the goal is.',
    }),
    measure: safeText({
      subject: 'How you will know',
      max: 500,
      multiLine: true,
      required: 'Say how you will both know the goal has been reached.',
    }),
    achievable: notes('Why it is achievable and realistic', 1000),
    targetDate: realDay('Enter the date to reach it by, as day/month/year.'),
    status: goalStatus().default('not_started'),
    outcomeType: outcomeType(),
    evidence: notes('The evidence', 1000),
  })
  .strict();
export type GoalFields = z.input<typeof goalFields>;

const goalUpdateSchema = z.object({
  id: contact(z.string()),
  onDate: contact(z.string()),
  status: contact(goalStatus()),
  note: special(z.string()),
  recordedByName: contact(z.string()),
  recordedAt: system(z.string()),
});
export type GoalUpdate = z.infer<typeof goalUpdateSchema>;

export const goalSchema = z.object({
  id: contact(z.string()),
  matchId: contact(z.string()),
  pathway: contact(pathway()),
  phase: contact(phase()),
  specific: special(z.string()),
  measure: special(z.string()),
  achievable: special(z.string()),
  targetDate: contact(z.string()),
  status: contact(goalStatus()),
  outcomeType: contact(outcomeType()),
  evidence: special(z.string()),
  sortOrder: contact(z.number()),
  /** The target date has gone by and the goal is still open. */
  pastTarget: contact(z.boolean()),
  updatedAt: system(z.string()),
  /** Progress updates, newest first. */
  updates: z.array(goalUpdateSchema),
});
export type Goal = z.infer<typeof goalSchema>;

const planSchema = z.object({
  matchId: dir(z.string()),
  stage: dir(z.enum(MATCH_STAGES)),
  /** Goals may be added and updated (the match is at "mentee agreed" or active). */
  mayPlan: dir(z.boolean()),
  /** Before or after release, as of today: what a new goal is set to unless chosen. */
  defaultPhase: contact(phase()),
  /** Goals by phase (before release first), then by pathway in the pathways' order. */
  phases: z.array(
    z.object({
      phase: contact(phase()),
      pathways: z.array(z.object({ pathway: contact(pathway()), goals: z.array(goalSchema) })),
    }),
  ),
});
export type ActionPlan = z.infer<typeof planSchema>;

const savedGoalSchema = z.object({
  goal: goalSchema,
  /** Saved anyway, but worth a second look (e.g. a target date already gone by). */
  warnings: z.array(contact(z.string())),
});

export const goalUpdateFields = z
  .object({
    matchId,
    goalId: id,
    onDate: realDay('Enter the date of the update, as day/month/year.'),
    status: goalStatus(),
    note: safeText({
      subject: 'What has happened',
      max: 2000,
      multiLine: true,
      required: 'Say briefly what has happened.',
    }),
  })
  .strict();

// ——— Reviews ———

export const reviewFields = z
  .object({
    matchId,
    heldOn: realDay('Enter the date the review was held, as day/month/year.'),
    pathwayRatings: z
      .partialRecord(pathway(), optionalRating())
      .optional()
      .default({})
      .transform((r) => dropUnrated(r)),
    /** Goal id → rating; only the match's own goals (the core checks). */
    goalRatings: z
      .record(id, optionalRating())
      .optional()
      .default({})
      .transform((r) => dropUnrated(r)),
    achievements: notes('What has been achieved'),
    menteeGained: notes('What the mentee says they have gained'),
    mentorGained: notes('What the mentor says they have gained'),
    planChanges: notes('Changes to the action plan'),
    lengthChange: notes('Changes to the agreed length', 500),
    /** Left empty: the review date plus the programme's months between reviews. */
    nextReviewDue: z
      .string()
      .trim()
      .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDay(v)), {
        message: 'Enter the next review date as day/month/year.',
      })
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.nextReviewDue && v.nextReviewDue <= v.heldOn)
      ctx.addIssue({
        code: 'custom',
        path: ['nextReviewDue'],
        message: 'The next review must be after this one.',
      });
  });
export type ReviewFields = z.input<typeof reviewFields>;

export const reviewSchema = z.object({
  id: contact(z.string()),
  heldOn: contact(z.string()),
  pathwayRatings: z.array(z.object({ pathway: contact(pathway()), rating: special(rating()) })),
  goalRatings: z.array(
    z.object({ goalId: contact(z.string()), specific: special(z.string()), rating: special(rating()) }),
  ),
  achievements: special(z.string()),
  menteeGained: contact(z.string()),
  mentorGained: contact(z.string()),
  planChanges: special(z.string()),
  lengthChange: contact(z.string()),
  nextReviewDue: contact(z.string()),
  recordedByName: contact(z.string()),
  recordedAt: system(z.string()),
});
export type Review = z.infer<typeof reviewSchema>;

const reviewsSchema = z.object({
  matchId: dir(z.string()),
  stage: dir(z.enum(MATCH_STAGES)),
  /** A review may be recorded (the match is active). */
  mayReview: dir(z.boolean()),
  nextReviewDue: dir(z.string().nullable()),
  /** The programme's months between reviews: the form's default next date. */
  reviewMonths: ref(z.number()),
  /** Pathways worth rating: those with goals or an assessed need, in the pathways' order. */
  pathwaysToRate: special(z.array(pathway())),
  /** The match's goals still in play, to rate one by one. */
  goalsToRate: z.array(
    z.object({
      id: contact(z.string()),
      pathway: contact(pathway()),
      specific: special(z.string()),
      status: contact(goalStatus()),
    }),
  ),
  /** Newest first. */
  items: z.array(reviewSchema),
});
export type MatchReviews = z.infer<typeof reviewsSchema>;

// ——— Lists ———

const pageInput = {
  /** Only matches whose mentee is on the caller's own caseload. */
  myCaseload: z.boolean().default(false),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};

const reviewDueRow = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  menteeName: dir(z.string()),
  mentorName: dir(z.string()),
  nextReviewDue: dir(z.string()),
  /** Days from today to the due date: negative when overdue. */
  daysUntil: dir(z.number()),
  lastReviewOn: contact(z.string().nullable()),
  mine: dir(z.boolean()),
});
export type ReviewDueRow = z.infer<typeof reviewDueRow>;

const statusCounts = z.object(
  Object.fromEntries(GOAL_STATUSES.map((s) => [s, contact(z.number())])) as Record<
    (typeof GOAL_STATUSES)[number],
    z.ZodNumber
  >,
);
const planRow = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  menteeName: dir(z.string()),
  mentorName: dir(z.string()),
  stage: dir(z.enum(MATCH_STAGES)),
  activeOn: dir(z.string().nullable()),
  nextReviewDue: dir(z.string().nullable()),
  goals: contact(z.number()),
  byStatus: statusCounts,
  mine: dir(z.boolean()),
});
export type ActionPlanRow = z.infer<typeof planRow>;

const UUID = '00000000-0000-4000-8000-000000000000';
const goal = {
  matchId: UUID,
  pathway: 'ete',
  specific: 'Apply for a place on the bricklaying course at the college',
  measure: 'An interview date from the college',
  targetDate: '2027-01-31',
  outcomeType: 'hard',
} as const;
const review = { matchId: UUID, heldOn: '2026-11-30' } as const;

export const plansChannels = defineArea('plans', {
  goals: {
    kind: 'read',
    input: z.object({ matchId }).strict(),
    output: planSchema,
    classes: ['directory', 'contact', 'special', 'system'],
    access: PLAN_READERS,
    label: 'Looked at a match’s action plan',
    summary: 'A match’s SMART goals by phase and pathway, each with its progress updates.',
    examples: { valid: [{ matchId: UUID }], invalid: [{}, { matchId: 'x' }, { matchId: UUID, all: true }] },
  },
  saveGoal: {
    kind: 'write',
    input: goalFields,
    output: savedGoalSchema,
    classes: ['contact', 'special', 'system'],
    access: PLAN_WRITERS,
    label: 'Saved a goal in a match’s action plan',
    summary: 'Add a SMART goal to a match’s action plan, or change one (with its id).',
    examples: {
      valid: [goal, { ...goal, id: UUID, phase: 'post_release', status: 'in_progress', evidence: 'Letter' }],
      invalid: [
        {},
        { ...goal, pathway: 'hobbies' },
        { ...goal, phase: 'during' },
        { ...goal, specific: '' },
        { ...goal, measure: '   ' },
        { ...goal, targetDate: '31/01/2027' },
        { ...goal, targetDate: '2027-02-30' },
        { ...goal, status: 'finished' },
        { ...goal, outcomeType: 'medium' },
        { ...goal, evidence: 'a\u202Eb' },
      ],
    },
  },
  updateGoal: {
    kind: 'write',
    input: goalUpdateFields,
    output: goalSchema,
    classes: ['contact', 'special', 'system'],
    access: PLAN_WRITERS,
    label: 'Recorded progress on a goal',
    summary: 'Record progress on a goal; its status becomes the one given.',
    examples: {
      valid: [
        { matchId: UUID, goalId: UUID, onDate: '2026-11-20', status: 'in_progress', note: 'Form sent' },
      ],
      invalid: [
        { matchId: UUID, goalId: UUID, onDate: '2026-11-20', status: 'in_progress' },
        { matchId: UUID, goalId: 'x', onDate: '2026-11-20', status: 'in_progress', note: 'Sent' },
        { matchId: UUID, goalId: UUID, onDate: '20/11/2026', status: 'in_progress', note: 'Sent' },
        { matchId: UUID, goalId: UUID, onDate: '2026-11-20', status: 'done', note: 'Sent' },
      ],
    },
  },
  moveGoal: {
    kind: 'write',
    input: z
      .object({ matchId, goalId: id, direction: z.enum(['up', 'down'], { message: 'Choose up or down.' }) })
      .strict(),
    output: z.object({ goalId: contact(z.string()), sortOrder: contact(z.number()) }),
    classes: ['contact'],
    access: PLAN_WRITERS,
    label: 'Reordered a match’s action plan',
    summary: 'Move a goal up or down among the goals of its phase and pathway.',
    examples: {
      valid: [{ matchId: UUID, goalId: UUID, direction: 'up' }],
      invalid: [
        { matchId: UUID, goalId: UUID },
        { matchId: UUID, goalId: UUID, direction: 'sideways' },
      ],
    },
  },
  reviews: {
    kind: 'read',
    input: z.object({ matchId }).strict(),
    output: reviewsSchema,
    classes: ['directory', 'contact', 'special', 'system', 'reference'],
    access: PLAN_READERS,
    label: 'Looked at a match’s reviews',
    summary: 'A match’s reviews, newest first, with what the next one should rate and when it is due.',
    examples: { valid: [{ matchId: UUID }], invalid: [{}, { matchId: 'x' }] },
  },
  recordReview: {
    kind: 'write',
    input: reviewFields,
    output: reviewSchema,
    classes: ['contact', 'special', 'system'],
    access: PLAN_WRITERS,
    label: 'Recorded a review of a match',
    summary:
      'Record a three-monthly review (ratings per pathway and goal, what each gained, changes); sets the match’s next review date.',
    invalidates: ['plans', 'matches', 'workqueue'],
    examples: {
      valid: [
        review,
        {
          ...review,
          pathwayRatings: { ete: 'some_progress', health: '' },
          goalRatings: { [UUID]: 'good_progress' },
          menteeGained: 'More confident on the phone',
          nextReviewDue: '2027-02-28',
        },
      ],
      invalid: [
        {},
        { ...review, heldOn: '30/11/2026' },
        { ...review, pathwayRatings: { hobbies: 'achieved' } },
        { ...review, pathwayRatings: { ete: 'brilliant' } },
        { ...review, goalRatings: { x: 'achieved' } },
        { ...review, nextReviewDue: '2026-11-30' },
        { ...review, nextReviewDue: '2027-02-31' },
        { ...review, achievements: 'a\u202Eb' },
      ],
    },
  },
  reviewsDue: {
    kind: 'read',
    input: z.object(pageInput).strict(),
    output: z.object({
      total: dir(z.number()),
      page: dir(z.number()),
      pageSize: dir(z.number()),
      /** How many days ahead counts as due. */
      withinDays: ref(z.number()),
      items: z.array(reviewDueRow),
    }),
    classes: ['directory', 'contact', 'reference'],
    access: PLAN_READERS,
    label: 'Looked at the reviews due',
    summary: 'Active matches whose review is due within two weeks or overdue, overdue first.',
    examples: { valid: [{}, { myCaseload: true, page: 2 }], invalid: [{ page: 0 }, { pageSize: 500 }] },
  },
  list: {
    kind: 'read',
    input: z
      .object({ ...pageInput, search: safeText({ subject: 'The search', max: 80 }).optional() })
      .strict(),
    output: z.object({
      total: dir(z.number()),
      page: dir(z.number()),
      pageSize: dir(z.number()),
      items: z.array(planRow),
    }),
    classes: ['directory', 'contact'],
    access: PLAN_READERS,
    label: 'Looked at the list of action plans',
    summary: 'Matches with a plan under way (mentee agreed or active) and their goals counted by status.',
    examples: {
      valid: [{}, { myCaseload: true, search: 'sam' }],
      invalid: [{ page: 0 }, { search: 'a\u202Eb' }, { sortBy: 'name' }],
    },
  },
});
