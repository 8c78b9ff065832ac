import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';
import { TRAINING_TABLES } from './training.tables';

/** Training: courses, sessions, invitations and waiting lists, attendance, evaluations. */
export const trainingModule = defineModule({
  area: 'training',
  channels: contract.training,
  handlers: defineHandlers(contract.training, {}),
  tables: TRAINING_TABLES,
});
