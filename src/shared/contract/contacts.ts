import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, realDay, safeText } from './common';
import { CONTACT_METHODS, CONTACT_WITH } from '../mentees/assessment';

/**
 * The staff contact log (the manual's "mentee contact sheet"): each contact staff have with a
 * mentee, their parents or carers, or an agency about them. Casework: co-ordinators and the
 * mentee's own caseworker write it; safeguarding leads read it. The caseload scope applies to the
 * mentee named in every call.
 */
export const CONTACT_METHOD_LABELS: Record<(typeof CONTACT_METHODS)[number], string> = {
  in_person: 'In person',
  prison_visit: 'Prison visit',
  phone: 'Telephone',
  video: 'Video call',
  letter: 'Letter',
  email: 'Email',
};
export const CONTACT_WITH_LABELS: Record<(typeof CONTACT_WITH)[number], string> = {
  mentee: 'The mentee',
  carer: 'A parent or carer',
  agency: 'An agency',
};

// A real calendar day; "not in the future" needs today's date, so the core checks that.
const onDate = realDay('Enter the date of the contact.');
const withWhom = () => z.enum(CONTACT_WITH, { message: 'Choose who the contact was with.' });
const method = () => z.enum(CONTACT_METHODS, { message: 'Choose how the contact was made.' });

export const contactFields = z
  .object({
    menteeId: id,
    onDate,
    withWhom: withWhom(),
    method: method(),
    nature: safeText({ subject: 'What it was about', max: 300, required: 'Say what the contact was about.' }),
    outcome: safeText({ subject: 'The outcome', max: 2000, multiLine: true }).optional().default(''),
  })
  .strict();
export type ContactFields = z.input<typeof contactFields>;

const contact = <S extends z.ZodType>(s: S) => classed('contact', s);

export const contactEntrySchema = z.object({
  id: contact(z.string()),
  menteeId: contact(z.string()),
  onDate: contact(z.string()),
  withWhom: contact(withWhom()),
  method: contact(method()),
  nature: contact(z.string()),
  outcome: contact(z.string()),
  recordedByName: contact(z.string()),
  recordedAt: contact(z.string()),
});
export type ContactEntry = z.infer<typeof contactEntrySchema>;

const CASEWORK = ['coordinator', 'caseworker'] as const;
const READERS = ['coordinator', 'caseworker', 'safeguarding_lead'] as const;
const UUID = '00000000-0000-4000-8000-000000000000';
const valid = {
  menteeId: UUID,
  onDate: '2026-01-15',
  withWhom: 'carer',
  method: 'phone',
  nature: 'Arranged the induction visit',
} as const;

export const contactsChannels = defineArea('contacts', {
  list: {
    kind: 'read',
    input: z.object({ menteeId: id }).strict(),
    output: z.object({ items: z.array(contactEntrySchema) }),
    classes: ['contact'],
    access: READERS,
    label: 'Looked at a mentee’s contact log',
    summary: 'Every recorded contact about one mentee, newest first.',
    examples: { valid: [{ menteeId: UUID }], invalid: [{}, { menteeId: 'x' }, { menteeId: UUID, page: 2 }] },
  },
  add: {
    kind: 'write',
    input: contactFields,
    output: contactEntrySchema,
    classes: ['contact'],
    access: CASEWORK,
    label: 'Recorded a contact with or about a mentee',
    summary: 'Add a contact to a mentee’s contact log; the caller is recorded as the person who made it.',
    examples: {
      valid: [valid, { ...valid, withWhom: 'agency', method: 'email', outcome: 'Reply due Friday.' }],
      invalid: [
        {},
        { ...valid, onDate: '15/01/2026' },
        { ...valid, onDate: '2026-02-30' },
        { ...valid, withWhom: 'neighbour' },
        { ...valid, method: 'pigeon' },
        { ...valid, nature: '' },
        { ...valid, nature: 'a\u202Eb' },
      ],
    },
  },
  update: {
    kind: 'write',
    input: contactFields.extend({ id }),
    output: contactEntrySchema,
    classes: ['contact'],
    access: CASEWORK,
    label: 'Corrected a contact in a mentee’s contact log',
    summary: 'Correct the details of a recorded contact.',
    examples: {
      valid: [{ ...valid, id: UUID }],
      invalid: [valid, { ...valid, id: 'x' }, { ...valid, id: UUID, nature: 'x\u0007' }],
    },
  },
});
