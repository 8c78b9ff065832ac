import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { mentorImportHandlers } from './mentor-import.handlers';

/**
 * Importing mentors from a spreadsheet. No tables of its own: the preview lives in the job lane
 * (memory, for its owner, gone on lock) and accepted rows go into the mentors area's tables.
 */
export const mentorImportModule = defineModule({
  area: 'imports',
  channels: contract.imports,
  handlers: mentorImportHandlers,
  tables: [],
});
