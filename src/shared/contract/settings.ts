import { z } from 'zod';
import { defineArea } from './define';
import { empty, organisationName } from './common';
import {
  DEFAULT_THRESHOLDS,
  idleLockMinutesSchema,
  thresholdsSchema,
  type Settings,
  type Thresholds,
} from '../settings';

export const setIdleLockInput = z.object({ idleLockMinutes: idleLockMinutesSchema }).strict();
export const setThresholdsInput = z.object({ thresholds: thresholdsSchema }).strict();
export const setOrganisationNameInput = z.object({ organisationName }).strict();

/**
 * Settings are not about any person, and every role needs the thresholds (warnings, indicators):
 * `reference`, the class every role reads. The thresholds are described again as plain numbers
 * (their input schema's cross-field rules belong to saving, not to reading).
 */
export const settingsSchema = z.object({
  idleLockMinutes: z.number(),
  thresholds: z.object({
    initialTrainingHours: z.number(),
    dbsRenewalYears: z.number(),
    dbsWarningDays: z.array(z.number()),
    groupSupervisionWeeks: z.number(),
    missedInARowFlag: z.number(),
    reviewMonths: z.number(),
    matchMonthsBeforeRelease: z.number(),
    weeklyContactWeeksAfterRelease: z.number(),
    sessionMinMinutes: z.number(),
    sessionMaxMinutes: z.number(),
    caseloadMin: z.number(),
    caseloadMax: z.number(),
    dbsReadyMarginDays: z.number(),
    onHoldFollowUpMonths: z.number(),
    trainingNoticeWeeks: z.number(),
    referralAcknowledgeDays: z.number(),
    noContactDays: z.number(),
    noShowsInARow: z.number(),
    concernFollowUpDays: z.number(),
    weightPreferences: z.number(),
    weightInterests: z.number(),
    weightLearningStyle: z.number(),
    weightTravel: z.number(),
    weightLanguages: z.number(),
    weightLoad: z.number(),
    weightTimeSinceLastMatch: z.number(),
    supervisionWeeks: z.number(),
    supportGroupWeeks: z.number(),
    claimPaymentDays: z.number(),
    complaintAcknowledgeDays: z.number(),
    complaintResponseDays: z.number(),
    reviewNoticeDays: z.number(),
  }) satisfies z.ZodType<Thresholds>,
}) satisfies z.ZodType<Settings>;

export const settingsChannels = defineArea('settings', {
  get: {
    kind: 'read',
    input: empty,
    output: settingsSchema,
    classes: ['reference'],
    access: 'signed-in',
    label: 'View settings',
    summary: 'The idle lock time and the programme thresholds.',
    examples: { valid: [{}], invalid: [[]] },
  },
  setIdleLock: {
    kind: 'write',
    input: setIdleLockInput,
    output: settingsSchema,
    classes: ['reference'],
    access: ['administrator'],
    label: 'Change idle lock time',
    summary: 'Set how many idle minutes lock the app.',
    examples: {
      valid: [{ idleLockMinutes: 5 }],
      invalid: [{ idleLockMinutes: 0 }, { idleLockMinutes: 2.5 }, { idleLockMinutes: '10' }],
    },
  },
  setOrganisationName: {
    kind: 'write',
    input: setOrganisationNameInput,
    output: z.object({ organisationName: z.string() }),
    classes: ['reference'],
    access: ['administrator'],
    label: 'Correct the organisation name',
    summary: 'Correct the organisation name shown on the sign-in screen and printed on the recovery key.',
    examples: {
      valid: [{ organisationName: 'Another Trust' }],
      invalid: [
        { organisationName: '' },
        { organisationName: 'Fictional \u2066Trust' },
        { organisationName: 'Fictional\u0085Trust' },
        { organisationName: 'x'.repeat(121) },
      ],
    },
  },
  setThresholds: {
    kind: 'write',
    input: setThresholdsInput,
    output: settingsSchema,
    classes: ['reference'],
    access: ['administrator', 'coordinator'],
    label: 'Change programme thresholds',
    summary: 'Set the programme thresholds used by warnings and indicators.',
    examples: {
      valid: [{ thresholds: DEFAULT_THRESHOLDS }],
      invalid: [
        { thresholds: { initialTrainingHours: 12 } },
        { thresholds: { ...DEFAULT_THRESHOLDS, dbsWarningDays: [60, 60, 7] } },
        { thresholds: { ...DEFAULT_THRESHOLDS, dbsRenewalYears: 1, dbsWarningDays: [365, 30] } },
        { thresholds: { ...DEFAULT_THRESHOLDS, initialTrainingHours: -5 } },
        { thresholds: { ...DEFAULT_THRESHOLDS, initialTrainingHours: 1.5 } },
      ],
    },
  },
});
