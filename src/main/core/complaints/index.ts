import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';

/** Complaints: from whom, about what, acknowledgement, investigation, outcome, response and lessons, within the programme’s timescales. */
export const complaintsModule = defineModule({
  area: 'complaints',
  channels: contract.complaints,
  handlers: defineHandlers(contract.complaints, {}),
  tables: [],
});
