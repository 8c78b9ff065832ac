import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';
import { incidentTable } from './incident.tables';

/** Incidents and difficult situations: severity, actions, follow-up and closure. */
export const incidentsModule = defineModule({
  area: 'incidents',
  channels: contract.incidents,
  handlers: defineHandlers(contract.incidents, {}),
  tables: [incidentTable],
});
