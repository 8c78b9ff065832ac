import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';

/** Lead mentors’ six-weekly support groups per cluster: attendance, themes and the concerns passed to the regional manager. */
export const supportGroupsModule = defineModule({
  area: 'supportGroups',
  channels: contract.supportGroups,
  handlers: defineHandlers(contract.supportGroups, {}),
  tables: [],
});
