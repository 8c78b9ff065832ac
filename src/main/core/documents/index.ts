import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';
import { matchDocumentTable } from './document.tables';

/** PDFs kept with a match: the agreement and ending letters, rendered in the core as jobs. */
export const documentsModule = defineModule({
  area: 'documents',
  channels: contract.documents,
  handlers: defineHandlers(contract.documents, {}),
  tables: [matchDocumentTable],
});
