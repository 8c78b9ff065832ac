import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { makeSetUpCoreWith } from '../../../../tests/support/active-match-module';
import type { TestCore } from '../../../../tests/support/core-fixture';
import { menteeInsert, mentorInsert } from '../../../../tests/support/person-rows';
import { classed, defineArea } from '../../../shared/contract';
import { LINE_BUDGET_CATEGORY, type ExpenseLineKind } from '../../../shared/expenses/expenses';
import { defineHandlers } from '../ipc/handler.types';
import { defineModule } from '../module';

/**
 * Test-only seeding for the budgets tests: a match and hand-built claims written with plain
 * INSERTs (the claims area is another helper's; these tests are about how the budget adds them up).
 */
const line = z.object({
  kind: z.string(),
  spentOn: z.string(),
  amountPence: z.number(),
  pencePerMile: z.number().nullable().default(null),
  matchId: z.string().nullable().default(null),
});
const area = defineArea('budgetsTest', {
  match: {
    kind: 'write',
    input: z.object({}).strict(),
    output: z.object({ id: classed('directory', z.string()), mentorId: classed('directory', z.string()) }),
    classes: ['directory'],
    access: ['coordinator'],
    label: 'Test only',
    summary: 'Test only.',
    examples: { invalid: [{ x: 1 }] },
  },
  claim: {
    kind: 'write',
    input: z.object({ mentorId: z.string(), status: z.string(), lines: z.array(line) }).strict(),
    output: z.object({ id: classed('directory', z.string()) }),
    classes: ['directory'],
    access: ['coordinator'],
    label: 'Test only',
    summary: 'Test only.',
    examples: { invalid: [{}] },
  },
});

let counter = 0;
const budgetsTestModule = defineModule({
  area: 'budgetsTest',
  channels: area,
  handlers: defineHandlers(area, {
    match: {
      run: async ({ em, now }) => {
        const at = now.toISOString();
        const n = ++counter;
        const mentorId = randomUUID();
        const menteeId = randomUUID();
        const id = randomUUID();
        const person = { stage: 'matched', stage_since: '2026-01-01', created_at: at, updated_at: at };
        await em.query(
          ...mentorInsert({
            ...person,
            id: mentorId,
            first_name: 'Morgan',
            last_name: `Mentor${n}`,
            heard_via: 'Leaflet',
          }),
        );
        await em.query(
          ...menteeInsert({
            ...person,
            id: menteeId,
            first_name: 'Jordan',
            last_name: `Mentee${n}`,
            reference: `M-2026-${String(n).padStart(4, '0')}`,
            prison_number: null,
            caseworker_account_id: null,
          }),
        );
        await em.query(
          `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
             explanation, override_reason, active_on, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'active', '2026-01-05', '2026-01-05', 'test', '{}', '', '2026-01-05', ?, ?)`,
          [id, `X-2026-${String(n).padStart(4, '0')}`, menteeId, mentorId, at, at],
        );
        return { id, mentorId };
      },
    },
    claim: {
      run: async ({ em, now }, input) => {
        const at = now.toISOString();
        const id = randomUUID();
        const total = input.lines.reduce((n, l) => n + l.amountPence, 0);
        await em.query(
          `INSERT INTO expense_claim (id, reference, mentor_id, received_on, status, total_pence, entered_by, entered_at, updated_at)
           VALUES (?, ?, ?, '2026-05-01', ?, ?, 'test', ?, ?)`,
          [id, `E-TEST-${++counter}`, input.mentorId, input.status, total, at, at],
        );
        let position = 0;
        for (const l of input.lines) {
          await em.query(
            `INSERT INTO expense_line (id, claim_id, position, kind, spent_on, miles, pence_per_mile, amount_pence, match_id, budget_category)
             VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
            [
              randomUUID(),
              id,
              position++,
              l.kind,
              l.spentOn,
              l.pencePerMile,
              l.amountPence,
              l.matchId,
              LINE_BUDGET_CATEGORY[l.kind as ExpenseLineKind],
            ],
          );
        }
        return { id };
      },
    },
  }),
  tables: [],
});

/** A set-up core (administrator, also a co-ordinator in these tests, signed in) with the seeding module. */
export const setUpBudgets = (now: Date): Promise<TestCore> => makeSetUpCoreWith([budgetsTestModule], now);
