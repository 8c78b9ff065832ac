import { z } from 'zod';

/**
 * Programme thresholds from the operations manual. Indicators, warnings and the work queue read
 * these; a co-ordinator may change them to fit local practice.
 */
export const thresholdsSchema = z
  .object({
    initialTrainingHours: z.number().int().min(1).max(200),
    dbsRenewalYears: z.number().int().min(1).max(10),
    dbsWarningDays: z.array(z.number().int().min(1).max(365)).min(1).max(5),
    groupSupervisionWeeks: z.number().int().min(1).max(52),
    missedInARowFlag: z.number().int().min(1).max(10),
    reviewMonths: z.number().int().min(1).max(24),
    matchMonthsBeforeRelease: z.number().int().min(0).max(24),
    weeklyContactWeeksAfterRelease: z.number().int().min(0).max(104),
    sessionMinMinutes: z.number().int().min(5).max(600),
    sessionMaxMinutes: z.number().int().min(5).max(600),
    caseloadMin: z.number().int().min(1).max(200),
    caseloadMax: z.number().int().min(1).max(200),
  })
  .strict()
  .refine((t) => t.sessionMinMinutes <= t.sessionMaxMinutes, {
    message: 'The shortest session length must not be longer than the longest.',
    path: ['sessionMaxMinutes'],
  })
  .refine((t) => t.caseloadMin <= t.caseloadMax, {
    message: 'The lower caseload figure must not be above the upper one.',
    path: ['caseloadMax'],
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
