import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { establishmentsHandlers } from './establishments.handlers';
import { clusterTable, establishmentTable, regionTable } from './establishments.tables';

/** Establishments, clusters and regions: reference data every signed-in role reads. */
export const establishmentsModule = defineModule({
  area: 'establishments',
  channels: contract.establishments,
  handlers: establishmentsHandlers,
  tables: [regionTable, clusterTable, establishmentTable],
});
