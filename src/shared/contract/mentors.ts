import { z } from 'zod';
import { defineArea } from './define';
import { email, id, phone, postcode, safeText } from './common';
import { EMPLOYMENT_STATUSES, LEARNING_STYLES, WEEKDAYS } from '../mentors/pipeline';

/**
 * Volunteer mentors: the record from first enquiry to leaving, the recruitment pipeline and its
 * readiness gate. Names and stage are directory data; contact details, what they offer and their
 * motivation are contact data; what they would find hard to work with is vetting; a link to a
 * former mentee record is criminal-offence data.
 */
const line = (subject: string, max = 120) => safeText({ subject, max });
const optionalLine = (subject: string, max = 120) => line(subject, max).optional().default('');
const notes = (subject: string, max = 4000) =>
  safeText({ subject, max, multiLine: true }).optional().default('');
const shortList = (subject: string) =>
  z
    .array(safeText({ subject, max: 60 }).min(1, `${subject} cannot be blank.`), {
      message: `${subject} must be a list.`,
    })
    .max(20, `Enter no more than 20 ${subject.toLowerCase()}.`)
    .optional()
    .default([]);
/** An ISO date that exists on the calendar (not 2026-02-30). */
const realDate = (message: string) =>
  z
    .string({ message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => {
      const t = Date.parse(`${v}T00:00:00Z`);
      return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
    }, message);
const optionalDate = (message: string) => realDate(message).nullable().optional().default(null);

export const mentorFields = z
  .object({
    firstName: safeText({ subject: 'The first name', max: 80, required: 'Enter their first name.' }),
    lastName: safeText({ subject: 'The last name', max: 80, required: 'Enter their last name.' }),
    preferredName: optionalLine('The preferred name', 80),
    dateOfBirth: optionalDate('Enter their date of birth as a date.'),
    email,
    phone,
    addressLine1: optionalLine('The address'),
    addressLine2: optionalLine('The address'),
    town: optionalLine('The town', 80),
    postcode,
    enquiryDate: realDate('Enter the date they first got in touch.'),
    heardVia: optionalLine('How they heard', 120),
    applicationDate: optionalDate('Enter the application date as a date.'),
    motivation: notes('Their motivation'),
    hopes: notes('What they hope to get from it'),
    employmentStatus: z
      .enum(EMPLOYMENT_STATUSES, { message: 'Choose their employment status from the list.' })
      .optional()
      .default('not_known'),
    interests: shortList('Interests'),
    skills: shortList('Skills'),
    languages: shortList('Languages'),
    learningStyle: z
      .enum(LEARNING_STYLES, { message: 'Choose a learning style from the list.' })
      .nullable()
      .optional()
      .default(null),
    availability: z
      .array(z.enum(WEEKDAYS, { message: 'Choose days of the week.' }))
      .max(7)
      .refine((d) => new Set(d).size === d.length, 'Choose each day only once.')
      .transform((d) => WEEKDAYS.filter((w) => d.includes(w)))
      .optional()
      .default([]),
    availabilityNotes: notes('Availability notes', 500),
    travelArea: optionalLine('Where they can travel', 200),
    hardToWorkWith: notes('Who they would find hard to work with', 2000),
    notes: notes('Notes'),
    formerMenteeId: id.nullable().optional().default(null),
  })
  .strict();
/** What a form or an import sends. */
export type MentorFieldsInput = z.input<typeof mentorFields>;
/** After validation: every field present. */
export type MentorFields = z.output<typeof mentorFields>;

/** Placeholder until the channels land (below, in this file). */
export const mentorsChannels = defineArea('mentors', {});
