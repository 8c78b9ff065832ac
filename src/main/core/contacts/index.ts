import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { contactsHandlers } from './contacts.handlers';
import { menteeContactTable } from './contacts.tables';

/** The staff contact log: contact with mentees, their carers and agencies (the mentee contact sheet). */
export const contactsModule = defineModule({
  area: 'contacts',
  channels: contract.contacts,
  handlers: contactsHandlers,
  tables: [menteeContactTable],
});
