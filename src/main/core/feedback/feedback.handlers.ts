import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { getAction, listActions, publishedActions, saveAction } from './action.queries';
import {
  assertNotFuture,
  feedbackSummary,
  getFeedback,
  insertFeedback,
  linkOptions,
  listFeedback,
  updateFeedback,
} from './feedback.queries';
import {
  getInvolvement,
  involvementIndicator,
  listInvolvements,
  saveInvolvement,
} from './involvement.queries';

// Role-limited channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): string => caller!.accountId;
/** Audit rows name the record and a kind word only: never what anyone said. */
const target = (recordType: string, id: string | null | undefined, detail: string | null = null) => ({
  recordType,
  recordId: id ?? null,
  detail,
});

export const feedbackHandlers = defineHandlers(contract.feedback, {
  list: { run: ({ em }, input) => listFeedback(em, input) },
  record: {
    run: async ({ em, caller, now }, input) => {
      assertNotFuture('receivedOn', input.receivedOn, ukToday(now), 'The date it was received');
      return getFeedback(em, await insertFeedback(em, input, who(caller), now));
    },
    audit: (input, output) => target('feedback', output?.id, input.fromKind),
  },
  update: {
    run: async ({ em, now }, { id, ...fields }) => {
      assertNotFuture('receivedOn', fields.receivedOn, ukToday(now), 'The date it was received');
      await updateFeedback(em, id, fields, now);
      return getFeedback(em, id);
    },
    audit: (input) => target('feedback', input.id, input.fromKind),
  },
  summary: { run: ({ em }, input) => feedbackSummary(em, input.from, input.to) },
  linkOptions: { run: ({ em }, input) => linkOptions(em, input.kind, input.search) },
  actions: { run: ({ em }, input) => listActions(em, input) },
  saveAction: {
    run: async ({ em, caller, now }, input) => {
      assertNotFuture('doneOn', input.doneOn, ukToday(now), 'The date it was done');
      return getAction(em, await saveAction(em, input, who(caller), now));
    },
    audit: (input, output) => target('feedback_action', output?.id ?? input.id, input.status),
  },
  published: { run: ({ em }) => publishedActions(em) },
  involvements: {
    run: async ({ em, now }, input) => ({
      ...(await listInvolvements(em, input)),
      indicator: await involvementIndicator(em, ukToday(now)),
    }),
  },
  saveInvolvement: {
    run: async ({ em, caller, now }, input) =>
      getInvolvement(em, await saveInvolvement(em, input, who(caller), now)),
    audit: (input, output) => target('service_user_involvement', output?.id ?? input.id, input.kind),
  },
});
