import type { EntityManager } from 'typeorm';
import { CoreError } from '../../../shared/errors';

/**
 * Stands in for the transaction's EntityManager when a channel that works while locked
 * (vault.status) runs with no database open: any use fails with LOCKED instead of crashing.
 */
export const lockedEntityManager = new Proxy({} as EntityManager, {
  get() {
    throw new CoreError('LOCKED', 'Waymark is locked. Sign in to continue.');
  },
});
