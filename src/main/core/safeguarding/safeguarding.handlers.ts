import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import {
  addAction,
  assertLeadFields,
  assertRaiseDate,
  concernIndicator,
  getConcern,
  insertConcern,
  listActions,
  listConcerns,
  updateConcern,
} from './safeguarding.queries';

/**
 * Safeguarding handlers do their own work only: who may call is the channels' access, how much
 * of a concern leaves is the `safeguarding_concern` scope and the fields' classes, and every read
 * is audited by the dispatcher. Audit details name the record and a code, never what was said.
 */
const onConcern = { recordType: 'safeguarding_concern', recordId: (i: { id: string }) => i.id };
const onConcernInFull = { ...onConcern, needsFullView: true };

// Role-limited channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
const target = (id: string | null | undefined, detail: string | null = null) => ({
  recordType: 'safeguarding_concern',
  recordId: id ?? null,
  detail,
});

export const safeguardingHandlers = defineHandlers(contract.safeguarding, {
  raise: {
    run: async ({ em, caller, now }, input) => {
      assertRaiseDate(input.raisedOn, ukToday(now));
      return insertConcern(em, input, who(caller).accountId, now);
    },
    // No detail at all: administrators read the audit log, and even the kind of concern is not theirs.
    audit: (_input, output) => target(output?.id),
  },
  list: {
    run: ({ em }, input) => listConcerns(em, input),
    scope: { recordType: 'safeguarding_concern', rows: 'items' },
    audit: (input) => ({ recordType: 'safeguarding_concern', detail: input.status }),
  },
  get: {
    run: ({ em }, input) => getConcern(em, input.id),
    scope: onConcern,
    audit: (input) => target(input.id),
  },
  indicator: { run: ({ em }, input) => concernIndicator(em, input.from, input.to) },
  actions: {
    run: ({ em }, input) => listActions(em, input.id),
    scope: onConcernInFull,
    audit: (input) => target(input.id, 'actions'),
  },
  update: {
    run: async ({ em, now }, input) => {
      assertLeadFields(input, ukToday(now));
      await updateConcern(em, input, now);
      return getConcern(em, input.id);
    },
    scope: onConcernInFull,
    audit: (input) => target(input.id, input.status),
  },
  addAction: {
    run: async ({ em, caller, now }, input) => {
      await addAction(em, input, who(caller).accountId, ukToday(now), now);
      return listActions(em, input.id);
    },
    scope: onConcernInFull,
    audit: (input) => target(input.id, 'action'),
  },
});
