import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';

/** Safeguarding concerns and disclosures: in full only to the safeguarding lead; co-ordinators see that a concern exists and its status. */
export const safeguardingModule = defineModule({
  area: 'safeguarding',
  channels: contract.safeguarding,
  handlers: defineHandlers(contract.safeguarding, {}),
  tables: [],
});
