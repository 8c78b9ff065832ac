import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { policiesHandlers } from './policies.handlers';
import { POLICY_TABLES } from './policy.tables';

/** The policies register with review dates and documents, handbooks and leaflets, and insurance. */
export const policiesModule = defineModule({
  area: 'policies',
  channels: contract.policies,
  handlers: policiesHandlers,
  tables: POLICY_TABLES,
});
