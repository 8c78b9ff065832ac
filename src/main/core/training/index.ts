import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { trainingHandlers } from './training.handlers';
import { TRAINING_TABLES } from './training.tables';

/** Training: courses, sessions, invitations and waiting lists, attendance, evaluations. */
export const trainingModule = defineModule({
  area: 'training',
  channels: contract.training,
  handlers: trainingHandlers,
  tables: TRAINING_TABLES,
});
