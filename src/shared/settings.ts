import { z } from 'zod';

/**
 * Programme thresholds from the operations manual. Indicators, warnings and the work queue read
 * these; a co-ordinator may change them to fit local practice.
 */
const wholeNumber = (min: number, max: number) =>
  z
    .number({ message: 'Enter a number.' })
    .int('Enter a whole number.')
    .min(min, `Enter ${min} or more.`)
    .max(max, `Enter ${max} or less.`);

export const thresholdsSchema = z
  .object({
    initialTrainingHours: wholeNumber(1, 200),
    dbsRenewalYears: wholeNumber(1, 10),
    dbsWarningDays: z
      .array(wholeNumber(1, 365), { message: 'Enter one or more numbers of days.' })
      .min(1, 'Enter at least one number of days.')
      .max(5, 'Enter no more than five warnings.')
      .refine((days) => new Set(days).size === days.length, 'Enter each number of days only once.')
      // Kept longest first (60, 30, 7): the order the warnings arrive in.
      .transform((days) => [...days].sort((a, b) => b - a)),
    groupSupervisionWeeks: wholeNumber(1, 52),
    missedInARowFlag: wholeNumber(1, 10),
    reviewMonths: wholeNumber(1, 24),
    matchMonthsBeforeRelease: wholeNumber(0, 24),
    weeklyContactWeeksAfterRelease: wholeNumber(0, 104),
    sessionMinMinutes: wholeNumber(5, 600),
    sessionMaxMinutes: wholeNumber(5, 600),
    caseloadMin: wholeNumber(1, 200),
    caseloadMax: wholeNumber(1, 200),
    dbsReadyMarginDays: wholeNumber(0, 365),
    onHoldFollowUpMonths: wholeNumber(1, 24),
    trainingNoticeWeeks: wholeNumber(0, 26),
    referralAcknowledgeDays: wholeNumber(1, 60),
    noContactDays: wholeNumber(1, 60),
    noShowsInARow: wholeNumber(1, 10),
    concernFollowUpDays: wholeNumber(0, 60),
    weightPreferences: wholeNumber(0, 10),
    weightInterests: wholeNumber(0, 10),
    weightLearningStyle: wholeNumber(0, 10),
    weightTravel: wholeNumber(0, 10),
    weightLanguages: wholeNumber(0, 10),
    weightLoad: wholeNumber(0, 10),
    weightTimeSinceLastMatch: wholeNumber(0, 10),
    supervisionWeeks: wholeNumber(1, 52),
    supportGroupWeeks: wholeNumber(1, 52),
    claimPaymentDays: wholeNumber(1, 180),
    complaintAcknowledgeDays: wholeNumber(1, 60),
    complaintResponseDays: wholeNumber(1, 180),
    reviewNoticeDays: wholeNumber(0, 365),
  })
  .strict()
  .refine((t) => t.sessionMinMinutes <= t.sessionMaxMinutes, {
    message: 'The shortest session length must not be longer than the longest.',
    path: ['sessionMaxMinutes'],
  })
  .refine((t) => t.caseloadMin <= t.caseloadMax, {
    message: 'The lower caseload figure must not be above the upper one.',
    path: ['caseloadMax'],
  })
  // A warning as long as the renewal period (or longer) would fire the day the check is done.
  .refine((t) => t.dbsWarningDays.every((d) => d < t.dbsRenewalYears * 365), {
    message: 'Each warning must be shorter than the DBS renewal period.',
    path: ['dbsWarningDays'],
  });
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  initialTrainingHours: 12,
  dbsRenewalYears: 3,
  dbsWarningDays: [60, 30, 7],
  groupSupervisionWeeks: 6,
  missedInARowFlag: 2,
  reviewMonths: 3,
  matchMonthsBeforeRelease: 6,
  weeklyContactWeeksAfterRelease: 12,
  sessionMinMinutes: 60,
  sessionMaxMinutes: 90,
  caseloadMin: 15,
  caseloadMax: 20,
  dbsReadyMarginDays: 30,
  onHoldFollowUpMonths: 6,
  trainingNoticeWeeks: 6,
  referralAcknowledgeDays: 5,
  noContactDays: 7,
  noShowsInARow: 3,
  concernFollowUpDays: 3,
  weightPreferences: 3,
  weightInterests: 2,
  weightLearningStyle: 1,
  weightTravel: 3,
  weightLanguages: 2,
  weightLoad: 1,
  weightTimeSinceLastMatch: 1,
  supervisionWeeks: 6,
  supportGroupWeeks: 6,
  claimPaymentDays: 20,
  complaintAcknowledgeDays: 5,
  complaintResponseDays: 20,
  reviewNoticeDays: 30,
};

export const THRESHOLD_LABELS: Record<keyof Thresholds, string> = {
  initialTrainingHours: 'Initial training hours before a mentor is matched',
  dbsRenewalYears: 'Enhanced DBS check renewal (years)',
  dbsWarningDays: 'Warn before DBS renewal (days)',
  groupSupervisionWeeks: 'Group supervision every (weeks)',
  missedInARowFlag: 'Flag mentors who miss this many group sessions in a row',
  reviewMonths: 'Review each match every (months)',
  matchMonthsBeforeRelease: 'Match at least this many months before release',
  weeklyContactWeeksAfterRelease: 'Weekly contact for this many weeks after release',
  sessionMinMinutes: 'Shortest advised session (minutes)',
  sessionMaxMinutes: 'Longest advised session (minutes)',
  caseloadMin: 'Caseload per caseworker: lower figure',
  caseloadMax: 'Caseload per caseworker: upper figure',
  dbsReadyMarginDays: 'A DBS check must have this many days left before a mentor is ready',
  onHoldFollowUpMonths: 'Follow up a mentor on hold after (months)',
  trainingNoticeWeeks: 'Give this many weeks’ notice of training',
  referralAcknowledgeDays: 'Acknowledge a referral within (days)',
  noContactDays: 'After release, flag a match with no contact for more than (days)',
  noShowsInARow: 'Flag a match when the mentee misses this many meetings in a row',
  concernFollowUpDays: 'Follow up a concern within (days)',
  weightPreferences: 'Matching weight: the mentee’s stated preferences',
  weightInterests: 'Matching weight: shared interests',
  weightLearningStyle: 'Matching weight: learning style',
  weightTravel: 'Matching weight: mentor travels to the mentee’s home area',
  weightLanguages: 'Matching weight: languages',
  weightLoad: 'Matching weight: mentor’s current load',
  weightTimeSinceLastMatch: 'Matching weight: time since the mentor’s last match',
  supervisionWeeks: 'Supervise each mentor individually at least every (weeks)',
  supportGroupWeeks: 'Lead mentors’ support groups meet every (weeks)',
  claimPaymentDays: 'Highlight expense claims not paid within (days)',
  complaintAcknowledgeDays: 'Acknowledge a complaint within (days)',
  complaintResponseDays: 'Respond to a complaint within (days)',
  reviewNoticeDays: 'Show policy, agreement and insurance renewals on the work queue this many days ahead',
};

export const IDLE_LOCK_MIN = 1;
export const IDLE_LOCK_MAX = 240;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const idleLockMinutesSchema = z
  .number({ message: 'Enter a whole number of minutes.' })
  .int('Enter a whole number of minutes.')
  .min(IDLE_LOCK_MIN, `The idle lock must be at least ${IDLE_LOCK_MIN} minute.`)
  .max(IDLE_LOCK_MAX, `The idle lock must be at most ${IDLE_LOCK_MAX} minutes.`);

export interface Settings {
  idleLockMinutes: number;
  thresholds: Thresholds;
}
