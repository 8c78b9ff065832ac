import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { backupsHandlers } from './backups.handlers';

/** Backups keep their state in files beside the database and one setting; no tables of their own. */
export const backupsModule = defineModule({
  area: 'backups',
  channels: contract.backups,
  handlers: backupsHandlers,
  tables: [],
});
