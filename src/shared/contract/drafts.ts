import { z } from 'zod';
import { defineArea } from './define';

/**
 * Drafts: what someone has typed into a long form but not yet saved, kept in the encrypted
 * database (never in browser storage) so it can be offered back after a lock, a crash or a closed
 * window. A draft belongs to the person who typed it and to one form (the channel it will be sent
 * to, and a key such as the record's id or "new"); nobody else can read it.
 */
const channelName = z
  .string()
  .regex(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/, 'Name the form’s channel, such as establishments.update.');
const formKey = z
  .string()
  .min(1, 'Say which form this is.')
  .max(80, 'A form key can have at most 80 characters.')
  .regex(/^[\w.:-]+$/, 'A form key uses letters, numbers, dots, dashes and colons only.');
/** The form's values as typed (any shape the form has), at most 64 KB once stored. */
const values = z
  .record(z.string(), z.unknown())
  .refine((v) => JSON.stringify(v).length <= 65_536, 'This draft is too large to keep (64 KB at most).');

const draft = z.object({
  channel: z.string(),
  key: z.string(),
  data: z.record(z.string(), z.unknown()),
  savedAt: z.string(),
});
export type Draft = z.infer<typeof draft>;

export const draftsChannels = defineArea('drafts', {
  save: {
    kind: 'write',
    input: z.object({ channel: channelName, key: formKey, data: values }).strict(),
    output: z.object({ savedAt: z.string() }),
    classes: ['system'],
    access: 'signed-in',
    label: 'Kept a draft',
    summary: 'Keep what has been typed in a form so far (autosave).',
    examples: {
      valid: [{ channel: 'establishments.create', key: 'new', data: { name: 'HMP Nor' } }],
      invalid: [
        { channel: 'nothing', key: 'new', data: {} },
        { channel: 'establishments.create', key: '', data: {} },
      ],
    },
    invalidates: ['drafts.list'],
  },
  get: {
    kind: 'read',
    input: z.object({ channel: channelName, key: formKey }).strict(),
    output: draft.nullable(),
    classes: ['system'],
    access: 'signed-in',
    label: 'Opened a draft',
    summary: 'The draft kept for this form, if any.',
    examples: { valid: [{ channel: 'establishments.create', key: 'new' }], invalid: [{ channel: 'x' }] },
  },
  list: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(draft.omit({ data: true })),
    classes: ['system'],
    access: 'signed-in',
    label: 'Listed drafts',
    summary: 'The forms with a draft kept for the signed-in person, newest first.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  discard: {
    kind: 'write',
    input: z.object({ channel: channelName, key: formKey }).strict(),
    output: z.object({ discarded: z.boolean() }),
    classes: ['system'],
    access: 'signed-in',
    label: 'Discarded a draft',
    summary: 'Throw away the draft kept for this form (also done when the form is saved).',
    examples: { valid: [{ channel: 'establishments.create', key: 'new' }], invalid: [{ key: 'new' }] },
    invalidates: ['drafts.list'],
  },
});
