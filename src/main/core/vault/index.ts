import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { vaultHandlers } from './vault.handlers';
import { accountKeyTable, vaultStateTable } from './vault.tables';

export const vaultModule = defineModule({
  area: 'vault',
  channels: contract.vault,
  handlers: vaultHandlers,
  tables: [accountKeyTable, vaultStateTable],
});
