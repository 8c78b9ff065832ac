/**
 * The structured exit interview held with each side when a match ends (section 7 of the manual:
 * the ending is a chance to look back, say what worked and feed it into how the service runs).
 * The questions are ours. Answers are kept as `{ questionKey: answer }`; a choice question's
 * answer is one of its option keys, a text question's is free text. Every answer may be left blank
 * (a person may decline to answer).
 */
import type { ExitParty } from './relationship';

export interface ExitChoice {
  readonly key: string;
  readonly label: string;
}

export interface ExitQuestion {
  readonly key: string;
  readonly label: string;
  readonly kind: 'choice' | 'text';
  /** For choice questions: the answers offered, in order. */
  readonly choices?: readonly ExitChoice[];
}

const HELPFUL: readonly ExitChoice[] = [
  { key: 'very', label: 'Very helpful' },
  { key: 'quite', label: 'Quite helpful' },
  { key: 'a_little', label: 'A little helpful' },
  { key: 'not', label: 'Not helpful' },
];
const GOALS_MET: readonly ExitChoice[] = [
  { key: 'all', label: 'All of them' },
  { key: 'most', label: 'Most of them' },
  { key: 'some', label: 'Some of them' },
  { key: 'none', label: 'None yet' },
];
const YES_MAYBE_NO: readonly ExitChoice[] = [
  { key: 'yes', label: 'Yes' },
  { key: 'maybe', label: 'Maybe' },
  { key: 'no', label: 'No' },
];
const WENT: readonly ExitChoice[] = [
  { key: 'well', label: 'Well' },
  { key: 'mixed', label: 'Mixed' },
  { key: 'difficult', label: 'Difficult' },
];
const SUPPORTED: readonly ExitChoice[] = [
  { key: 'always', label: 'Always' },
  { key: 'mostly', label: 'Mostly' },
  { key: 'sometimes', label: 'Sometimes' },
  { key: 'rarely', label: 'Rarely' },
];
const AGAIN: readonly ExitChoice[] = [
  { key: 'yes_now', label: 'Yes, straight away' },
  { key: 'yes_later', label: 'Yes, after a break' },
  { key: 'no', label: 'No' },
];

const text = (key: string, label: string): ExitQuestion => ({ key, label, kind: 'text' });
const choice = (key: string, label: string, choices: readonly ExitChoice[]): ExitQuestion => ({
  key,
  label,
  kind: 'choice',
  choices,
});

export const EXIT_QUESTIONS: Record<ExitParty, readonly ExitQuestion[]> = {
  mentee: [
    choice('helpful', 'Overall, how helpful was having a mentor?', HELPFUL),
    choice('goals', 'How many of the goals in your plan did you reach?', GOALS_MET),
    text('most_useful', 'What made the biggest difference to you?'),
    text('changed', 'What is different for you now compared with when you started?'),
    text('less_useful', 'What was less useful, or what would you have liked more of?'),
    text('support_next', 'Who or what will support you from here?'),
    choice('recommend', 'Would you tell someone in your position to take a mentor?', YES_MAYBE_NO),
  ],
  mentor: [
    choice('went', 'How did the match go overall?', WENT),
    choice('supported', 'Did you feel supported by staff (check-ins, group support)?', SUPPORTED),
    choice('prepared', 'Did your training prepare you for this match?', YES_MAYBE_NO),
    text('went_well', 'What went well?'),
    text('hard', 'What was hard, and how was it dealt with?'),
    text('gained', 'What did you get out of mentoring?'),
    text('service_change', 'What should the service do differently?'),
    choice('again', 'Would you like to be matched again?', AGAIN),
  ],
};

export const EXIT_PARTY_LABELS: Record<ExitParty, string> = {
  mentor: 'Exit interview with the mentor',
  mentee: 'Exit interview with the mentee',
};

/** The most a text answer may hold. */
export const EXIT_ANSWER_MAX = 2000;

/**
 * Problems with a set of answers for one party, keyed by question ('' for the whole set): unknown
 * questions, and choice answers that are not one of the question's choices.
 */
export function exitAnswerProblems(
  party: ExitParty,
  answers: Record<string, string>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const questions = new Map(EXIT_QUESTIONS[party].map((q) => [q.key, q]));
  for (const [key, answer] of Object.entries(answers)) {
    const q = questions.get(key);
    if (!q) problems[key] = 'That question is not part of this exit interview.';
    else if (q.kind === 'choice' && answer !== '' && !q.choices!.some((c) => c.key === answer))
      problems[key] = 'Choose one of the answers offered.';
  }
  return problems;
}

/** The words for a stored answer: a choice's label, or the text itself. */
export function exitAnswerText(q: ExitQuestion, answer: string | undefined): string {
  if (!answer) return '';
  if (q.kind === 'choice') return q.choices?.find((c) => c.key === answer)?.label ?? answer;
  return answer;
}
