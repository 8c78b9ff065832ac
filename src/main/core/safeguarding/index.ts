import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { safeguardingHandlers } from './safeguarding.handlers';
import { concernScope } from './safeguarding.scope';
import { safeguardingActionTable, safeguardingConcernTable } from './safeguarding.tables';

/** Safeguarding concerns and disclosures: in full only to the safeguarding lead; co-ordinators see that a concern exists and its status. */
export const safeguardingModule = defineModule({
  area: 'safeguarding',
  channels: contract.safeguarding,
  handlers: safeguardingHandlers,
  tables: [safeguardingConcernTable, safeguardingActionTable],
  scopes: { safeguarding_concern: concernScope },
});
