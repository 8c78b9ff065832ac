import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { jobsHandlers } from './jobs.handlers';

/** Jobs live in memory for the session (a lock ends them); no tables of their own. */
export const jobsModule = defineModule({
  area: 'jobs',
  channels: contract.jobs,
  handlers: jobsHandlers,
  tables: [],
});
