import { col, defineTable } from '../db/table';
import { CASEWORK, CRIMINAL, MATCH_RETENTION } from '../matches/match.tables';

export const matchDocumentTable = defineTable('match_document', {
  purpose:
    'PDFs kept with a match (the signed agreement, ending letters), stored inside the encrypted database.',
  lawfulBasis: CASEWORK,
  specialCondition: CRIMINAL,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('directory'),
    matchId: col.text('directory'),
    kind: col.text('directory'),
    fileName: col.text('contact'),
    /** The PDF itself: letters to a case manager speak of a sentence, so every read is audited. */
    bytes: col.blob('criminal'),
    size: col.integer('system'),
    sha256: col.text('system'),
    createdBy: col.text('system'),
    createdAt: col.text('system'),
  },
});
