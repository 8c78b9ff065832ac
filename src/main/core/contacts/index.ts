import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';
import { menteeContactTable } from './contacts.tables';

/** The staff contact log: contact with mentees, their carers and agencies (the mentee contact sheet). */
export const contactsModule = defineModule({
  area: 'contacts',
  channels: contract.contacts,
  handlers: defineHandlers(contract.contacts, {}),
  tables: [menteeContactTable],
});
