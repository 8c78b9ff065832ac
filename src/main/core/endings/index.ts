import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { endingsHandlers } from './endings.handlers';
import { matchEndingTable, exitInterviewTable } from './ending.tables';

/** Planned and unplanned endings, exit interviews and the mentor returning to the pool. */
export const endingsModule = defineModule({
  area: 'endings',
  channels: contract.endings,
  handlers: endingsHandlers,
  tables: [matchEndingTable, exitInterviewTable],
});
