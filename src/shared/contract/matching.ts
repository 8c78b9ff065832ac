import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, safeText } from './common';
import { CRITERION_OUTCOMES, MATCH_CRITERIA, MATCH_GATES } from '../matching/criteria';
import { DECLINED_BY } from '../matching/match';

/**
 * Suggestions for a ready mentee, explained criterion by criterion, and proposing a match.
 * Names, references and establishments are directory data; release dates, offence-related gate
 * details and the explanation are criminal-offence data (they say why someone is or is not
 * suggested); preferences, interests and decline reasons are contact data. Caseworkers see their
 * own caseload only (the mentee scope, in full); co-ordinators see every ready mentee and propose.
 */
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const criminal = <S extends z.ZodType>(s: S) => classed('criminal', s);

export const MATCHING_READERS = ['coordinator', 'caseworker'] as const;

const decline = z.object({
  matchId: dir(z.string()),
  mentorName: dir(z.string()),
  declinedBy: contact(z.enum(DECLINED_BY).nullable()),
  declinedOn: contact(z.string().nullable()),
  reason: contact(z.string()),
});
export type EarlierDecline = z.infer<typeof decline>;

const poolRow = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  displayName: dir(z.string()),
  establishmentName: dir(z.string().nullable()),
  releaseDate: criminal(z.string().nullable()),
  monthsToRelease: criminal(z.number().nullable()),
  releaseWarning: criminal(z.boolean()),
  stageSince: dir(z.string()),
  declines: z.array(decline),
});
export type PoolRow = z.infer<typeof poolRow>;

export const poolInput = z
  .object({
    search: safeText({ subject: 'The search', max: 80 }).optional(),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();

const gate = z.object({
  gate: criminal(z.enum(MATCH_GATES)),
  outcome: criminal(z.enum(['pass', 'pending', 'fail'])),
  detail: criminal(z.string()),
});
const criterion = z.object({
  criterion: contact(z.enum(MATCH_CRITERIA)),
  menteeValue: contact(z.string()),
  mentorValue: contact(z.string()),
  outcome: contact(z.enum(CRITERION_OUTCOMES)),
  points: contact(z.number()),
  maxPoints: contact(z.number()),
  note: contact(z.string()),
});
const candidate = z.object({
  mentorId: dir(z.string()),
  name: dir(z.string()),
  rank: dir(z.number().nullable()),
  eligible: criminal(z.boolean()),
  score: contact(z.number()),
  maxScore: contact(z.number()),
  gates: z.array(gate),
  criteria: z.array(criterion),
});
export type Candidate = z.infer<typeof candidate>;

const weight = () => dir(z.number());
const weights = z.object({
  preferences: weight(),
  interests: weight(),
  learningStyle: weight(),
  travel: weight(),
  languages: weight(),
  load: weight(),
  timeSinceLastMatch: weight(),
});

const suggestionsSchema = z.object({
  mentee: z.object({
    id: dir(z.string()),
    reference: dir(z.string()),
    displayName: dir(z.string()),
    stage: dir(z.string()),
    establishmentName: dir(z.string().nullable()),
    releaseDate: criminal(z.string().nullable()),
    monthsToRelease: criminal(z.number().nullable()),
    homeArea: contact(z.string()),
    openMatchId: dir(z.string().nullable()),
  }),
  weights,
  /** Set when release is sooner than the programme's months before release (or already past). */
  releaseWarning: criminal(z.string().nullable()),
  /** The best few, ranked (capped: `candidatesTotal` says how many are eligible in all). */
  candidates: z.array(candidate),
  candidatesTotal: dir(z.number()),
  notSuggested: z.array(candidate),
  /** How many were not suggested in all (the list is capped). */
  notSuggestedTotal: dir(z.number()),
  declines: z.array(decline),
});
export type Suggestions = z.infer<typeof suggestionsSchema>;

export const proposeInput = z
  .object({
    menteeId: id,
    mentorId: id,
    overrideReason: safeText({ subject: 'The reason', max: 1000, multiLine: true }).optional().default(''),
    note: safeText({ subject: 'The note', max: 1000, multiLine: true }).optional().default(''),
  })
  .strict();

const UUID = '00000000-0000-4000-8000-000000000000';
const UUID2 = '00000000-0000-4000-8000-000000000001';

export const matchingChannels = defineArea('matching', {
  pool: {
    kind: 'read',
    input: poolInput,
    output: z.object({
      total: dir(z.number()),
      page: dir(z.number()),
      pageSize: dir(z.number()),
      items: z.array(poolRow),
    }),
    classes: ['directory', 'contact', 'criminal'],
    access: MATCHING_READERS,
    label: 'Looked at the mentees waiting for a match',
    summary:
      'Ready mentees without an open match (a caseworker: their caseload), soonest release first, with earlier declines.',
    examples: {
      valid: [{}, { search: 'sam', page: 2, pageSize: 20 }],
      invalid: [{ page: 0 }, { pageSize: 1000 }, { search: 'a\u202Eb' }, { all: true }],
    },
  },
  suggestions: {
    kind: 'read',
    input: z.object({ menteeId: id }).strict(),
    output: suggestionsSchema,
    classes: ['directory', 'contact', 'criminal'],
    access: MATCHING_READERS,
    label: 'Looked at suggested mentors for a mentee',
    summary:
      'Mentors ranked for one ready mentee, each criterion explained side by side, those ruled out with the gate that failed, and earlier declines.',
    examples: { valid: [{ menteeId: UUID }], invalid: [{}, { menteeId: 'x' }] },
  },
  propose: {
    kind: 'write',
    input: proposeInput,
    output: z.object({ id: dir(z.string()), reference: dir(z.string()) }),
    classes: ['directory', 'contact', 'criminal'],
    access: ['coordinator'],
    label: 'Proposed a match',
    summary:
      'Propose a mentor for a ready mentee (a reason is needed for anyone but the top suggestion); the match starts as proposed.',
    examples: {
      valid: [
        { menteeId: UUID, mentorId: UUID2 },
        { menteeId: UUID, mentorId: UUID2, overrideReason: 'Lives nearer' },
      ],
      invalid: [
        {},
        { menteeId: UUID },
        { menteeId: UUID, mentorId: 'x' },
        { menteeId: UUID, mentorId: UUID2, overrideReason: 'a\u0007' },
      ],
    },
  },
});
