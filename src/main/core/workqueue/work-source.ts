import type { EntityManager } from 'typeorm';
import type { WorkItem } from '../../../shared/contract/workqueue';
import type { Role } from '../../../shared/roles';
import type { Thresholds } from '../../../shared/settings';
import type { ScopeSubject } from '../policy/scope';

/**
 * One area's contribution to the home page's work queue. Each area keeps its own date rules next
 * to its own tables and lists its source once in `work-sources.ts`; the queue asks every source
 * whose roles the caller holds. An item's `id` is `<link area>:<record id>` and the `work_item`
 * scope checks each one again, so a source cannot leak a record its reader may not see.
 */
export interface WorkSource {
  /** Whose queue these items belong in (a caller holding any of these roles). */
  roles: readonly Role[];
  items(em: EntityManager, today: string, t: Thresholds, subject: ScopeSubject): Promise<WorkItem[]>;
}
