import type { EntityManager } from 'typeorm';
import { contract } from '../../../shared/contract';
import { CoreError } from '../../../shared/errors';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { menteeScope } from '../mentees/mentee.scope';
import {
  assertMenteeExists,
  assertNotFuture,
  insertContact,
  listContacts,
  updateContact,
} from './contacts.queries';

const onMentee = { recordType: 'mentee', recordId: (i: { menteeId: string }) => i.menteeId };
// Signed-in channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;

/**
 * The dispatcher's scope refuses a mentee the caller may not see at all; a directory view (another
 * caseworker's mentee) would only blank the log's fields, and must not allow adding to it. The
 * contact log is casework, so it asks the mentee scope itself for the caller's view and needs `full`.
 */
async function assertCasework(em: EntityManager, caller: Caller, menteeId: string): Promise<void> {
  const views = await menteeScope.views(em, { accountId: caller.accountId, roles: caller.roles }, [menteeId]);
  if (views.get(menteeId) !== 'full')
    throw new CoreError(
      'FORBIDDEN',
      'This mentee is not on your caseload, so their contact log is not open to you.',
    );
  await assertMenteeExists(em, menteeId);
}

const target = (menteeId: string, detail: string) => ({ recordType: 'mentee', recordId: menteeId, detail });

export const contactsHandlers = defineHandlers(contract.contacts, {
  list: {
    run: async ({ em, caller }, input) => {
      await assertCasework(em, who(caller), input.menteeId);
      return listContacts(em, input.menteeId);
    },
    scope: onMentee,
  },
  add: {
    run: async ({ em, caller, now }, input) => {
      await assertCasework(em, who(caller), input.menteeId);
      assertNotFuture(input.onDate, ukToday(now));
      return insertContact(em, input, who(caller).accountId, now);
    },
    scope: onMentee,
    audit: (input) => target(input.menteeId, 'contact added'),
  },
  update: {
    run: async ({ em, caller, now }, { id, ...fields }) => {
      await assertCasework(em, who(caller), fields.menteeId);
      assertNotFuture(fields.onDate, ukToday(now));
      return updateContact(em, id, fields);
    },
    scope: onMentee,
    audit: (input) => target(input.menteeId, 'contact corrected'),
  },
});
