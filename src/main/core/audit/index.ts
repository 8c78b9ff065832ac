import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { auditHandlers } from './audit.handlers';
import { auditEventTable } from './audit.tables';

export const auditModule = defineModule({
  area: 'audit',
  channels: contract.audit,
  handlers: auditHandlers,
  tables: [auditEventTable],
});
