import { z } from 'zod';
import { id, optionalDate, realDate, safeText } from './common';
import { EMPLOYMENT_STATUSES, LEARNING_STYLES } from '../mentors/pipeline';
import {
  CONSENT_METHODS,
  CUSTODY_STATUSES,
  OFFENCE_CATEGORIES,
  REFERRAL_SOURCES,
  SENTENCE_TYPES,
} from '../mentees/referral';

/**
 * What a mentee's record and a referral are made of, as forms and the demo data send them.
 * Split from the channels (mentees.ts) so the core's insert and the demo share one definition.
 */
const line = (subject: string, max = 120) => safeText({ subject, max }).optional().default('');
const notes = (subject: string, max = 4000) =>
  safeText({ subject, max, multiLine: true }).optional().default('');
export { optionalDate, realDate };
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .enum(values, { message })
    .or(z.literal('').transform(() => null))
    .nullable()
    .optional()
    .default(null);
/** Prison numbers look like A1234BC; kept upper case without spaces. */
export const prisonNumber = z
  .string()
  .transform((v) => v.replace(/\s+/g, '').toUpperCase())
  .refine((v) => v === '' || /^[A-Z]\d{4}[A-Z]{2}$/.test(v), 'Enter the prison number like A1234BC.')
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional()
  .default(null);

export const menteeFields = z
  .object({
    firstName: safeText({ subject: 'The first name', max: 80, required: 'Enter their first name.' }),
    lastName: safeText({ subject: 'The last name', max: 80, required: 'Enter their last name.' }),
    preferredName: line('The preferred name', 80),
    dateOfBirth: optionalDate('Enter their date of birth as a date.'),
    gender: line('Gender', 60),
    addressOnRelease: notes('The address on release', 500),
    homeArea: line('The home area'),
    employmentStatus: z
      .enum(EMPLOYMENT_STATUSES, { message: 'Choose their employment status from the list.' })
      .optional()
      .default('not_known'),
    familyBackground: notes('Family background', 2000),
    prisonNumber,
    establishmentId: id.nullable().optional().default(null),
    custodyStatus: z
      .enum(CUSTODY_STATUSES, { message: 'Choose where they are in the justice system.' })
      .optional()
      .default('sentenced'),
    sentenceType: optionalEnum(SENTENCE_TYPES, 'Choose the sentence type from the list.'),
    sentenceMonths: z
      .number({ message: 'Enter the sentence length in months.' })
      .int('Enter whole months.')
      .min(0, 'The sentence length cannot be negative.')
      .max(1200, 'Enter a sentence length under 1,200 months.')
      // An emptied number box sends ''.
      .or(z.literal('').transform(() => null))
      .nullable()
      .optional()
      .default(null),
    offenceCategory: optionalEnum(OFFENCE_CATEGORIES, 'Choose the offence category from the list.'),
    expectedRelease: optionalDate('Enter the expected release date as a date.'),
    confirmedRelease: optionalDate('Enter the confirmed release date as a date.'),
    licenceEnd: optionalDate('Enter the licence end date as a date.'),
    caseManagerName: line('The case manager’s name'),
    caseManagerContact: line('The case manager’s contact details', 200),
    learningStyle: optionalEnum(LEARNING_STYLES, 'Choose a learning style from the list.'),
    interests: z
      .array(safeText({ subject: 'An interest', max: 60 }).min(1, 'An interest cannot be blank.'))
      .max(20, 'Enter no more than 20 interests.')
      .optional()
      .default([]),
    // For matching (issue 10): compared with the languages mentors speak.
    languages: z
      .array(safeText({ subject: 'A language', max: 60 }).min(1, 'A language cannot be blank.'))
      .max(10, 'Enter no more than 10 languages.')
      .optional()
      .default([]),
    accessibleFormat: z.boolean().optional().default(false),
    adaptations: notes('Adaptations', 1000),
    consentGivenOn: optionalDate('Enter the date they agreed to take part as a date.'),
    consentHow: optionalEnum(CONSENT_METHODS, 'Choose how they gave consent from the list.'),
    notes: notes('Notes'),
  })
  .strict();
export type MenteeFieldsInput = z.input<typeof menteeFields>;
export type MenteeFields = z.output<typeof menteeFields>;

export const referralFields = z
  .object({
    source: z.enum(REFERRAL_SOURCES, { message: 'Choose where the referral came from.' }),
    /** The referring agency by name (free text until the partners list exists). */
    agency: line('The agency', 200),
    referrerName: line('The referrer’s name'),
    referrerContact: line('The referrer’s contact details', 200),
    referredOn: realDate('Enter the date of the referral.'),
    criteriaMet: z
      .array(safeText({ subject: 'A criterion', max: 300 }))
      .max(30, 'Choose no more than 30 criteria.')
      .optional()
      .default([]),
    reason: notes('The reason for the referral', 2000),
    hopes: notes('What they hope for', 2000),
    /** Mentoring is voluntary: whoever refers must confirm it is never a licence condition. */
    notALicenceCondition: z.literal(true, {
      message: 'Confirm that taking part is voluntary and never a licence condition.',
    }),
    selfReferralNote: notes('The wing slip', 2000),
  })
  .strict();
export type ReferralFieldsInput = z.input<typeof referralFields>;
export type ReferralFields = z.output<typeof referralFields>;
