import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { matchingHandlers } from './matching.handlers';

/**
 * Suggestions for a ready mentee, explained criterion by criterion, and proposing a match. The
 * area owns no tables: it reads mentors, mentees and matches, and writes through `insertMatch`.
 */
export const matchingModule = defineModule({
  area: 'matching',
  channels: contract.matching,
  handlers: matchingHandlers,
  tables: [],
});
