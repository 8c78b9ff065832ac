import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { draftsHandlers } from './drafts.handlers';
import { draftTable } from './drafts.tables';

/** Autosaved drafts of long forms, kept in the encrypted database for their author only. */
export const draftsModule = defineModule({
  area: 'drafts',
  channels: contract.drafts,
  handlers: draftsHandlers,
  tables: [draftTable],
});
