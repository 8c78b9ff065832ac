import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { makeSetUpCoreWith } from '../../../../tests/support/active-match-module';
import { menteeInsert, mentorInsert } from '../../../../tests/support/person-rows';
import type { TestCore } from '../../../../tests/support/core-fixture';
import { classed, defineArea } from '../../../shared/contract';
import { defineHandlers } from '../ipc/handler.types';
import { defineModule } from '../module';

/**
 * Test-only seeding for the incidents and endings tests: a mentor, a mentee and a match written
 * with plain INSERTs at whatever stage a test needs, so these tests do not depend on how the
 * mentors, mentees and matches areas build their records.
 */
const seedArea = defineArea('relationshipTest', {
  addMatch: {
    kind: 'write',
    input: z
      .object({
        stage: z.string(),
        activeOn: z.string().nullable(),
        caseworkerId: z.string().nullable(),
        mentorId: z.string().optional(),
        mentorStage: z.string().default('matched'),
      })
      .strict(),
    output: z.object({
      id: classed('directory', z.string()),
      mentorId: classed('directory', z.string()),
      menteeId: classed('directory', z.string()),
    }),
    classes: ['directory'],
    access: ['administrator', 'coordinator'],
    label: 'Test only',
    summary: 'Test only.',
    examples: { invalid: [{}] },
  },
  stages: {
    kind: 'read',
    input: z.object({ mentorId: z.string(), menteeId: z.string() }).strict(),
    output: z.object({
      mentor: classed('directory', z.string()),
      mentee: classed('directory', z.string()),
      mentorEvents: classed('directory', z.array(z.string())),
      menteeEvents: classed('directory', z.array(z.string())),
      followUps: classed('directory', z.array(z.string())),
    }),
    classes: ['directory'],
    access: ['administrator', 'coordinator'],
    label: 'Test only',
    summary: 'Test only.',
    examples: { invalid: [{}] },
  },
});

let counter = 0;
const seedModule = defineModule({
  area: 'relationshipTest',
  channels: seedArea,
  handlers: defineHandlers(seedArea, {
    addMatch: {
      run: async ({ em, now }, input) => {
        const at = now.toISOString();
        const n = ++counter;
        let mentorId = input.mentorId;
        if (!mentorId) {
          mentorId = randomUUID();
          await em.query(
            ...mentorInsert({
              id: mentorId,
              first_name: 'Morgan',
              last_name: `Mentor${n}`,
              stage: input.mentorStage,
              stage_since: '2026-01-01',
              heard_via: 'Leaflet',
              created_at: at,
              updated_at: at,
            }),
          );
        }
        const menteeId = randomUUID();
        await em.query(
          ...menteeInsert({
            id: menteeId,
            first_name: 'Jordan',
            last_name: `Mentee${n}`,
            reference: `M-2026-${String(n).padStart(4, '0')}`,
            stage: 'matched',
            stage_since: '2026-01-01',
            prison_number: null,
            caseworker_account_id: input.caseworkerId,
            created_at: at,
            updated_at: at,
          }),
        );
        const id = randomUUID();
        await em.query(
          `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
             explanation, override_reason, active_on, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, '2026-01-05', '2026-01-05', 'test', '{}', '', ?, ?, ?)`,
          [
            id,
            `X-2026-${String(n).padStart(4, '0')}`,
            menteeId,
            mentorId,
            input.stage,
            input.activeOn,
            at,
            at,
          ],
        );
        return { id, mentorId, menteeId };
      },
    },
    stages: {
      run: async ({ em }, input) => {
        const one = async (sql: string, id: string) =>
          ((await em.query(sql, [id])) as { v: string }[]).map((r) => r.v);
        return {
          mentor: (await one('SELECT stage AS v FROM mentor WHERE id = ?', input.mentorId))[0]!,
          mentee: (await one('SELECT stage AS v FROM mentee WHERE id = ?', input.menteeId))[0]!,
          mentorEvents: await one(
            'SELECT stage AS v FROM mentor_stage_event WHERE mentor_id = ? ORDER BY recorded_at',
            input.mentorId,
          ),
          menteeEvents: await one(
            'SELECT stage AS v FROM mentee_stage_event WHERE mentee_id = ? ORDER BY recorded_at',
            input.menteeId,
          ),
          followUps: await one(
            `SELECT f.source || ' ' || f.due_on AS v FROM concern_follow_up f JOIN match x ON x.id = f.match_id
              WHERE x.mentee_id = ?`,
            input.menteeId,
          ),
        };
      },
    },
  }),
  tables: [],
});

export interface SeededMatch {
  id: string;
  mentorId: string;
  menteeId: string;
}

/** A set-up core (administrator signed in) with the seeding module, its clock fixed at `now`. */
export const setUpWithSeeds = (now: Date): Promise<TestCore> => makeSetUpCoreWith([seedModule], now);

export const addMatch = (
  s: TestCore,
  m: { stage?: string; activeOn?: string | null; caseworkerId?: string | null; mentorId?: string } = {},
) =>
  s.ok<SeededMatch>('relationshipTest.addMatch', {
    stage: m.stage ?? 'active',
    activeOn: m.activeOn === undefined ? '2026-01-20' : m.activeOn,
    caseworkerId: m.caseworkerId ?? null,
    ...(m.mentorId ? { mentorId: m.mentorId } : {}),
  });

export const stagesOf = (s: TestCore, m: SeededMatch) =>
  s.ok<{
    mentor: string;
    mentee: string;
    mentorEvents: string[];
    menteeEvents: string[];
    followUps: string[];
  }>('relationshipTest.stages', { mentorId: m.mentorId, menteeId: m.menteeId });
