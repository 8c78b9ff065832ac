import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';

/** Individual and group supervision of mentors, the year’s group sessions with attendance and apologies, and telephone support. */
export const supervisionModule = defineModule({
  area: 'supervision',
  channels: contract.supervision,
  handlers: defineHandlers(contract.supervision, {}),
  tables: [],
});
