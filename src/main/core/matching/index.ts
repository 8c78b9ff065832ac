import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';

/** Suggestions for a ready mentee, explained criterion by criterion, and proposing a match. */
export const matchingModule = defineModule({
  area: 'matching',
  channels: contract.matching,
  handlers: defineHandlers(contract.matching, {}),
  tables: [],
});
