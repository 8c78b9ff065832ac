import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';

/** The policies register with review dates and documents, handbooks and leaflets, and insurance. */
export const policiesModule = defineModule({
  area: 'policies',
  channels: contract.policies,
  handlers: defineHandlers(contract.policies, {}),
  tables: [],
});
