import { z } from 'zod';
import { createCore } from '../../src/main/core';
import { defineHandlers } from '../../src/main/core/ipc/handler.types';
import { insertMatch, recordMatchStage } from '../../src/main/core/matches/match.queries';
import { defineModule, type CoreModule } from '../../src/main/core/module';
import { classed, defineArea } from '../../src/shared/contract';
import { ADMIN, makeCore, type TestCore } from './core-fixture';

/**
 * A test-only area that makes a match active behind the screens, for tests about what happens once
 * a match is running (records of contact, check-ins): the lead's insertMatch, then straight to
 * active, so they do not depend on how the matches area walks a match through its workflow.
 */
const area = defineArea('activeMatchTest', {
  activeMatch: {
    kind: 'write',
    input: z
      .object({
        menteeId: z.string(),
        mentorId: z.string(),
        /** When the proposal was made; the day it became active unless told. */
        proposedOn: z.string().optional(),
        activeOn: z.string(),
        /** Put the mentee on this caseload (null: on none); left as it is unless given. */
        caseworkerId: z.string().nullable().optional(),
        release: z.string().nullable(),
      })
      .strict(),
    output: z.object({ id: classed('directory', z.string()) }),
    classes: ['directory'],
    access: ['coordinator'],
    label: 'Test only',
    summary: 'Test only.',
    examples: { invalid: [{}] },
  },
  /** The columns records of contact keep up to date on the match. */
  match: {
    kind: 'read',
    input: z.object({ id: z.string() }).strict(),
    output: z.object({
      lastContactOn: classed('directory', z.string().nullable()),
      noShowStreak: classed('directory', z.number()),
    }),
    classes: ['directory'],
    access: ['coordinator', 'caseworker'],
    label: 'Test only',
    summary: 'Test only.',
    examples: { invalid: [{}] },
  },
});

export const activeMatchModule = defineModule({
  area: 'activeMatchTest',
  channels: area,
  handlers: defineHandlers(area, {
    activeMatch: {
      run: async ({ em, now, caller }, i) => {
        const { id } = await insertMatch(
          em,
          {
            menteeId: i.menteeId,
            mentorId: i.mentorId,
            proposedOn: i.proposedOn ?? i.activeOn,
            suggestionRank: 1,
            score: 10,
            explanation: '{}',
            overrideReason: '',
            releaseWarning: false,
          },
          now,
          caller!.accountId,
        );
        await recordMatchStage(em, id, 'active', i.activeOn, '', now, caller!.accountId);
        await em.query('UPDATE match SET active_on = ? WHERE id = ?', [i.activeOn, id]);
        await em.query('UPDATE mentee SET expected_release = ? WHERE id = ?', [i.release, i.menteeId]);
        if (i.caseworkerId !== undefined)
          await em.query('UPDATE mentee SET caseworker_account_id = ? WHERE id = ?', [
            i.caseworkerId,
            i.menteeId,
          ]);
        return { id };
      },
    },
    match: {
      run: async ({ em }, i) => {
        const [row] = (await em.query(
          'SELECT last_contact_on AS lastContactOn, no_show_streak AS noShowStreak FROM match WHERE id = ?',
          [i.id],
        )) as { lastContactOn: string | null; noShowStreak: number }[];
        return row!;
      },
    },
  }),
  tables: [],
});

/** A core with test-only modules added, its clock fixed at `now`, and the administrator set up. */
export async function makeSetUpCoreWith(modules: CoreModule[], now: Date): Promise<TestCore> {
  const s = await makeCore({ now: () => now });
  await s.core.close();
  s.core = await createCore(s.options, { modules });
  await s.ok('vault.setup', ADMIN);
  return s;
}
