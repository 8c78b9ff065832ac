import { z } from 'zod';
import { ROLES } from '../roles';
import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from '../passphrase';

export const empty = z.object({}).strict();
export const id = z.string().uuid('That record reference is not valid.');

export const username = z
  .string({ message: 'Enter a username.' })
  .trim()
  .min(3, 'A username needs at least 3 characters.')
  .max(40, 'A username can have at most 40 characters.')
  .regex(/^[a-zA-Z0-9._-]+$/, 'Use letters, numbers, dots, dashes or underscores only in a username.');

/**
 * The one rule for names and free text. Control characters (NUL, escape, line breaks in a name…)
 * break exports and displays, and the Unicode direction controls can make text show in a different
 * order from how it is stored: "\u202Elive" displays as "evil". Both are refused rather than
 * silently removed, so what a person sees is exactly what was saved.
 */
// C0 controls, DEL and C1 controls; tab and line feed are checked separately for multi-line text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this rule
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const TAB_OR_NEWLINE = /[\t\n]/;
// Bidi embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), LRM/RLM and the Arabic letter mark.
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

export interface TextRule {
  /** How the field is named in messages, e.g. "A name", "The organisation name". */
  subject: string;
  max: number;
  /** Shown when the text is empty; leave out for optional text. */
  required?: string;
  /** Notes and descriptions may keep line breaks and tabs; names never do. */
  multiLine?: boolean;
}

export function safeText({ subject, max, required, multiLine = false }: TextRule) {
  const text = z.string({ message: required ?? `${subject} must be text.` }).trim();
  return (required ? text.min(1, required) : text)
    .max(max, `${subject} can have at most ${max} characters.`)
    .refine((v) => !CONTROL_CHARACTERS.test(v.replace(/\r\n/g, '\n')), {
      message: `${subject} cannot contain hidden control characters. Retype it rather than pasting it.`,
    })
    .refine((v) => multiLine || !TAB_OR_NEWLINE.test(v), {
      message: `${subject} must be on one line, without tabs or line breaks.`,
    })
    .refine((v) => !DIRECTION_CONTROLS.test(v), {
      message: `${subject} cannot contain hidden text-direction characters, which can make it display in a misleading order. Retype it rather than pasting it.`,
    });
}

export const displayName = safeText({ subject: 'A name', max: 100, required: 'Enter the person’s name.' });

export const organisationName = safeText({
  subject: 'The organisation name',
  max: 120,
  required: 'Enter the organisation name.',
}).refine((v) => v.length >= 2, 'Enter the organisation name.');

/** Length only: the full strength rules need context (names) and are applied in a refinement. */
export const passphrase = z
  .string({ message: 'Enter a passphrase.' })
  .min(PASSPHRASE_MIN_LENGTH, `Use at least ${PASSPHRASE_MIN_LENGTH} characters.`)
  .max(PASSPHRASE_MAX_LENGTH, `Use no more than ${PASSPHRASE_MAX_LENGTH} characters.`);

/** Any typed passphrase when signing in: length is not checked, so old rules never lock anyone out. */
export const enteredPassphrase = z
  .string({ message: 'Enter your passphrase.' })
  .min(1, 'Enter your passphrase.')
  .max(1024);

export const roles = z
  .array(z.enum(ROLES, { message: 'Choose a role from the list.' }))
  .min(1, 'Choose at least one role.')
  .max(ROLES.length)
  .refine((r) => new Set(r).size === r.length, 'Each role can be chosen once.')
  // Always in the one fixed order (ROLES), so lists, audit rows and comparisons agree everywhere.
  .transform((r) => ROLES.filter((role) => r.includes(role)));

/** UK calendar date as ISO `YYYY-MM-DD` on the wire; the renderer shows 23/11/2026. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date.');

/** A day that exists on the calendar: `isoDate` checks only the shape, so 2026-02-31 passes it. */
export const isRealDay = (v: string): boolean => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** A real day, with one message for a missing, misshapen or impossible date. */
export const realDate = (message: string) =>
  z
    .string({ message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine(isRealDay, message);

/** A real day or nothing: an empty box (a form's '') counts as nothing. */
export const optionalDate = (message: string) =>
  realDate(message)
    .or(z.literal('').transform(() => null))
    .nullable()
    .optional()
    .default(null);

/** A real day; a misshapen one gets `isoDate`'s message, an impossible one `message`. */
export const realDay = (message = 'Enter a date as day/month/year.') => isoDate.refine(isRealDay, message);

/** An optional real day: empty or missing becomes null. */
export const optionalDay = z
  .string({ message: 'Enter a date as day/month/year.' })
  .trim()
  .refine(
    (v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDay(v)),
    'Enter a date as day/month/year.',
  )
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

/** Optional contact details: empty, or in a shape a person would recognise. */
export const postcode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(
    (v) => v === '' || /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(v),
    'Enter a UK postcode, such as SW1A 1AA.',
  )
  .optional()
  .default('');
export const phone = z
  .string()
  .trim()
  .refine(
    (v) => v === '' || /^[+\d][\d ()-]{5,24}$/.test(v),
    'Enter a telephone number using digits and spaces.',
  )
  .optional()
  .default('');
export const email = z
  .string()
  .trim()
  .refine(
    (v) => v === '' || z.email().safeParse(v).success,
    'Enter an email address, such as name@example.org.',
  )
  .optional()
  .default('');
