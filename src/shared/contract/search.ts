import { z } from 'zod';
import { classed, defineArea } from './define';
import { safeText } from './common';

/**
 * Find anyone fast: one box across mentees, mentors and staff, by name, preferred name, reference
 * or prison number, a few results per keystroke. Only people the caller may see come back, and a
 * prison number finds a mentee only for callers who may see that mentee's full record.
 */
export const SEARCH_KINDS = ['mentee', 'mentor', 'staff'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const dir = <S extends z.ZodType>(s: S) => classed('directory', s);

const hit = z.object({
  /** `kind:recordId`, so one list can hold all three kinds (the row scope reads it). */
  id: dir(z.string()),
  kind: dir(z.enum(SEARCH_KINDS)),
  recordId: dir(z.string()),
  name: dir(z.string()),
  /** Mentee: their reference; mentor: their stage; staff: their roles. */
  detail: dir(z.string()),
});
export type SearchHit = z.infer<typeof hit>;

export const searchInput = z
  .object({
    query: safeText({ subject: 'The search', max: 60 }).pipe(
      z.string().min(2, 'Type at least two letters or numbers.'),
    ),
    limit: z.number().int().min(1).max(20, 'Ask for at most 20 results.').default(8),
  })
  .strict();

export const searchChannels = defineArea('search', {
  people: {
    kind: 'read',
    input: searchInput,
    output: z.object({ items: z.array(hit) }),
    classes: ['directory'],
    access: 'signed-in',
    label: 'Searched for a person',
    summary: 'Mentees, mentors and staff whose name, reference or prison number matches, best first.',
    examples: {
      valid: [{ query: 'jo' }, { query: 'Zoë Smi', limit: 20 }],
      invalid: [
        {},
        { query: 'j' },
        { query: 'x'.repeat(61) },
        { query: 'jo', limit: 21 },
        { query: 'a\u202Eb' },
      ],
    },
  },
});
