import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { accountsHandlers } from './accounts.handlers';
import { accountTable, formerAccountTable } from './accounts.tables';

export const accountsModule = defineModule({
  area: 'accounts',
  channels: contract.accounts,
  handlers: accountsHandlers,
  tables: [accountTable, formerAccountTable],
});
