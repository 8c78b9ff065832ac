import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { incidentsHandlers } from './incidents.handlers';
import { incidentScope } from './incident.scope';
import { incidentTable } from './incident.tables';

/** Incidents and difficult situations: severity, actions, follow-up and closure. */
export const incidentsModule = defineModule({
  area: 'incidents',
  channels: contract.incidents,
  handlers: incidentsHandlers,
  tables: [incidentTable],
  scopes: { incident: incidentScope },
});
