import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import {
  assertMenteeExists,
  assertNotFuture,
  insertContact,
  listContacts,
  updateContact,
} from './contacts.queries';

/**
 * The contact log is casework: the mentee must be seen in full (a caseworker's own caseload, a
 * co-ordinator, a safeguarding lead). Another caseworker's mentee is refused, not shown blanked.
 */
const onMentee = {
  recordType: 'mentee',
  recordId: (i: { menteeId: string }) => i.menteeId,
  needsFullView: true,
};
// Signed-in channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;

const target = (menteeId: string, detail: string) => ({ recordType: 'mentee', recordId: menteeId, detail });

export const contactsHandlers = defineHandlers(contract.contacts, {
  list: {
    run: async ({ em }, input) => {
      await assertMenteeExists(em, input.menteeId);
      return listContacts(em, input.menteeId);
    },
    scope: onMentee,
  },
  add: {
    run: async ({ em, caller, now }, input) => {
      await assertMenteeExists(em, input.menteeId);
      assertNotFuture(input.onDate, ukToday(now));
      return insertContact(em, input, who(caller).accountId, now);
    },
    scope: onMentee,
    audit: (input) => target(input.menteeId, 'contact added'),
  },
  update: {
    run: async ({ em, now }, { id, ...fields }) => {
      await assertMenteeExists(em, fields.menteeId);
      assertNotFuture(fields.onDate, ukToday(now));
      return updateContact(em, id, fields);
    },
    scope: onMentee,
    audit: (input) => target(input.menteeId, 'contact corrected'),
  },
});
