import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { complaintsHandlers } from './complaints.handlers';
import { complaintTable } from './complaint.tables';

/** Complaints: from whom, about what, acknowledgement, investigation, outcome, response and lessons, within the programme’s timescales. */
export const complaintsModule = defineModule({
  area: 'complaints',
  channels: contract.complaints,
  handlers: complaintsHandlers,
  tables: [complaintTable],
});
