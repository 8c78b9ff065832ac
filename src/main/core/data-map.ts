import { CORE } from './modules';

/**
 * The data map (record of processing): every table's purpose, lawful basis, Art. 9 / Schedule 1
 * condition, retention and the class of every column, derived from the table declarations
 * (`*.tables.ts`). A test fails when the database has a table or column the map does not.
 */
export type { TableEntry } from './db/table';
export const DATA_MAP = CORE.dataMap;
