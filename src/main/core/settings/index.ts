import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { settingsHandlers } from './settings.handlers';
import { settingTable } from './settings.tables';

export const settingsModule = defineModule({
  area: 'settings',
  channels: contract.settings,
  handlers: settingsHandlers,
  tables: [settingTable],
});
