import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, realDay, safeText } from './common';
import { ENDING_KINDS, ENDING_REASONS, EXIT_PARTIES } from '../matching/relationship';
import { MATCH_STAGES } from '../matching/match';
import { MENTEE_STAGES } from '../mentees/referral';
import { MENTOR_STAGES } from '../mentors/pipeline';
import { EXIT_ANSWER_MAX, exitAnswerProblems } from '../matching/exit-interview';

/**
 * Ending a match (the manual's section 7): planned or unplanned, why, when, and whether the two
 * stay in touch informally — beyond the service, whose support, supervision and expenses stop at
 * the ending. Ending an active match frees the mentor for another match (unless they still have
 * one) and closes the mentee's record; a mentee who wants another mentor after an unplanned ending
 * is set back to ready through the mentees area. Then a structured exit interview with each side.
 */
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);

const kind = () => z.enum(ENDING_KINDS, { message: 'Choose whether the ending was planned.' });
const reason = () => z.enum(ENDING_REASONS, { message: 'Choose the reason for the ending.' });
const party = () => z.enum(EXIT_PARTIES, { message: 'Choose the mentor or the mentee.' });

export const endingFields = z
  .object({
    matchId: id,
    kind: kind(),
    reason: reason(),
    endedOn: realDay('Enter the date the match ended as day/month/year.'),
    continuesInformally: z.boolean({ message: 'Say whether they will keep in touch.' }).default(false),
    notes: safeText({ subject: 'Notes', max: 2000, multiLine: true }).optional().default(''),
  })
  .strict();
export type EndingFields = z.input<typeof endingFields>;

const answerText = safeText({ subject: 'An answer', max: EXIT_ANSWER_MAX, multiLine: true });

export const exitInterviewFields = z
  .object({
    matchId: id,
    party: party(),
    heldOn: realDay('Enter the date of the interview as day/month/year.'),
    answers: z.record(z.string().max(40), answerText),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const [key, message] of Object.entries(exitAnswerProblems(v.party, v.answers)))
      ctx.addIssue({ code: 'custom', message, path: ['answers', key] });
  });
export type ExitInterviewFields = z.input<typeof exitInterviewFields>;

const endingSchema = z.object({
  matchId: contact(z.string()),
  kind: contact(kind()),
  reason: contact(reason()),
  endedOn: contact(z.string()),
  continuesInformally: contact(z.boolean()),
  notes: contact(z.string()),
  recordedByName: contact(z.string()),
  recordedAt: system(z.string()),
});
export type MatchEnding = z.infer<typeof endingSchema>;

const interviewSchema = z.object({
  id: contact(z.string()),
  party: contact(party()),
  heldOn: contact(z.string()),
  answers: contact(z.record(z.string(), z.string())),
  recordedByName: contact(z.string()),
  recordedAt: system(z.string()),
});
export type ExitInterview = z.infer<typeof interviewSchema>;

/** The match as the ending tab needs it: where it stands and where each side went. */
const matchSummary = z.object({
  id: dir(z.string()),
  reference: dir(z.string()),
  stage: dir(z.enum(MATCH_STAGES)),
  activeOn: dir(z.string().nullable()),
  endedOn: dir(z.string().nullable()),
  menteeId: dir(z.string()),
  menteeName: dir(z.string()),
  menteeStage: dir(z.enum(MENTEE_STAGES)),
  mentorId: dir(z.string()),
  mentorName: dir(z.string()),
  mentorStage: dir(z.enum(MENTOR_STAGES)),
  /** Other active matches the mentor still has. */
  mentorOtherActive: dir(z.number()),
});

const endingView = z.object({
  match: matchSummary,
  ending: endingSchema.nullable(),
  interviews: z.array(interviewSchema),
});
export type EndingView = z.infer<typeof endingView>;

const WRITERS = ['coordinator', 'caseworker'] as const;
const READERS = ['coordinator', 'caseworker', 'safeguarding_lead'] as const;
const CLASSES = ['directory', 'contact', 'system'] as const;

const UUID = '00000000-0000-4000-8000-000000000000';
const validEnding = {
  matchId: UUID,
  kind: 'planned',
  reason: 'agreed_length_reached',
  endedOn: '2026-09-30',
} as const;
const validInterview = {
  matchId: UUID,
  party: 'mentee',
  heldOn: '2026-10-02',
  answers: { helpful: 'very', most_useful: 'Someone to talk to about the housing forms.' },
} as const;

export const endingsChannels = defineArea('endings', {
  get: {
    kind: 'read',
    input: z.object({ matchId: id }).strict(),
    output: endingView,
    classes: CLASSES,
    access: READERS,
    label: 'Looked at the ending of a match',
    summary: 'Where a match stands, how it ended (if it has) and its exit interviews.',
    examples: { valid: [{ matchId: UUID }], invalid: [{}, { matchId: 'x' }] },
  },
  end: {
    kind: 'write',
    input: endingFields,
    output: endingView,
    classes: CLASSES,
    access: WRITERS,
    label: 'Ended a match',
    summary:
      'End an active match: records the ending, frees the mentor (unless they have another active match) and closes the mentee’s record.',
    invalidates: ['endings', 'matches', 'mentors', 'mentees', 'workqueue', 'mentoring', 'plans'],
    examples: {
      valid: [
        validEnding,
        {
          ...validEnding,
          kind: 'unplanned',
          reason: 'lost_contact',
          continuesInformally: true,
          notes: 'No reply.',
        },
      ],
      invalid: [
        {},
        { ...validEnding, kind: 'sudden' },
        { ...validEnding, reason: 'bored' },
        { ...validEnding, endedOn: '30/09/2026' },
        { ...validEnding, endedOn: '2026-09-31' },
        { ...validEnding, continuesInformally: 'yes' },
        { ...validEnding, notes: 'a\u202Eb' },
      ],
    },
  },
  saveExitInterview: {
    kind: 'write',
    input: exitInterviewFields,
    output: interviewSchema,
    classes: CLASSES,
    access: WRITERS,
    label: 'Recorded an exit interview',
    summary: 'Record (or correct) the exit interview with the mentor or the mentee of an ended match.',
    examples: {
      valid: [validInterview, { ...validInterview, party: 'mentor', answers: { went: 'well' } }],
      invalid: [
        {},
        { ...validInterview, party: 'carer' },
        { ...validInterview, heldOn: '2026-13-01' },
        { ...validInterview, answers: { favourite_colour: 'blue' } },
        { ...validInterview, answers: { helpful: 'brilliant' } },
        { ...validInterview, party: 'mentor', answers: { helpful: 'very' } },
        { ...validInterview, answers: { most_useful: 'x\u0007' } },
      ],
    },
  },
});
