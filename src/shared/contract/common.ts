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

export const displayName = z
  .string({ message: 'Enter the person’s name.' })
  .trim()
  .min(1, 'Enter the person’s name.')
  .max(100, 'A name can have at most 100 characters.');

export const organisationName = z
  .string({ message: 'Enter the organisation name.' })
  .trim()
  .min(2, 'Enter the organisation name.')
  .max(120, 'An organisation name can have at most 120 characters.');

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
  .refine((r) => new Set(r).size === r.length, 'Each role can be chosen once.');

/** UK calendar date as ISO `YYYY-MM-DD` on the wire; the renderer shows 23/11/2026. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date.');
