import type { TableEntry } from '../db/table';

/**
 * The search index copies names, programme references and prison numbers out of the mentee, mentor
 * and account tables (triggers in migration 010), so the record of processing lists it like any
 * table: the prison number is criminal-offence data wherever it is kept.
 */
const BASIS = {
  lawfulBasis:
    'As the records it indexes: UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests (finding a person’s record).',
  specialCondition:
    'Prison numbers are criminal offence data (Art. 10): DPA 2018 Sch. 1 para. 10, as for the mentee record.',
  retention: 'Exactly as long as the indexed record: triggers remove an entry with its row.',
} as const;

export const SEARCH_INDEXES: Record<string, TableEntry> = {
  person_search: {
    ...BASIS,
    purpose: 'Full-text index for finding anyone fast by name, reference or prison number.',
    columns: {
      kind: 'directory',
      record_id: 'directory',
      name: 'directory',
      reference: 'directory',
      prison_number: 'criminal',
    },
  },
  person_search_terms: {
    ...BASIS,
    purpose:
      'The index’s own word list (a view FTS5 derives from it), used to suggest a name typed with a typo.',
    columns: { term: 'criminal', doc: 'system', cnt: 'system' },
  },
};
