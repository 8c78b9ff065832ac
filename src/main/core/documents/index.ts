import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { matchDocumentTable } from './document.tables';
import { documentScope } from './document.scope';
import { documentsHandlers } from './documents.handlers';

/** PDFs kept with a match: the agreement and ending letters, rendered in the core as jobs. */
export const documentsModule = defineModule({
  area: 'documents',
  channels: contract.documents,
  handlers: documentsHandlers,
  tables: [matchDocumentTable],
  scopes: { match_document: documentScope },
});
