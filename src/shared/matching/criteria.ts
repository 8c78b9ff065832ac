/**
 * What a suggestion is scored on, after the hard gates (mentor ready with capacity left, cleared
 * at the mentee's establishment, no stated exclusion that applies). Each criterion's weight is a
 * programme setting (`weight…` in the thresholds); each comparison ends in one of four outcomes.
 */
export const MATCH_CRITERIA = [
  'preferences',
  'interests',
  'learningStyle',
  'travel',
  'languages',
  'load',
  'timeSinceLastMatch',
] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];
export const MATCH_CRITERION_LABELS: Record<MatchCriterion, string> = {
  preferences: 'The mentee’s stated preferences',
  interests: 'Shared interests',
  learningStyle: 'Learning style',
  travel: 'Mentor travels to where the mentee will live',
  languages: 'Languages',
  load: 'Mentor’s current load',
  timeSinceLastMatch: 'Time since the mentor’s last match',
};
/** The thresholds key holding each criterion's weight. */
export const CRITERION_WEIGHT_KEY = {
  preferences: 'weightPreferences',
  interests: 'weightInterests',
  learningStyle: 'weightLearningStyle',
  travel: 'weightTravel',
  languages: 'weightLanguages',
  load: 'weightLoad',
  timeSinceLastMatch: 'weightTimeSinceLastMatch',
} as const satisfies Record<MatchCriterion, string>;

export const CRITERION_OUTCOMES = ['match', 'partial', 'mismatch', 'unknown'] as const;
export type CriterionOutcome = (typeof CRITERION_OUTCOMES)[number];
export const CRITERION_OUTCOME_LABELS: Record<CriterionOutcome, string> = {
  match: 'Match',
  partial: 'Partly',
  mismatch: 'No match',
  unknown: 'Not known',
};

/** The hard gates, in the order they are checked and explained. */
export const MATCH_GATES = ['mentorReady', 'capacity', 'clearance', 'exclusion'] as const;
export type MatchGate = (typeof MATCH_GATES)[number];
export const MATCH_GATE_LABELS: Record<MatchGate, string> = {
  mentorReady: 'Mentor is ready to be matched',
  capacity: 'Mentor has room for another mentee',
  clearance: 'Mentor is cleared at the mentee’s establishment',
  exclusion: 'Mentor has not said they could not work with this mentee',
};
