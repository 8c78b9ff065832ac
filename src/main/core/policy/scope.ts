import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';

/**
 * Scope: how much of a particular record a particular caller may see. Domain areas register one
 * resolver per record type (a caseworker and "mentee": `full` on their caseload, `directory` for
 * everyone else; a lead mentor and "mentor": `full` in their cluster, `none` outside it). The
 * dispatcher asks for single records before the handler runs and for every row of a list after,
 * filtering `none` rows and narrowing `directory` rows to directory data. A record type that no
 * resolver covers is refused: the policy fails closed.
 */
export type RowView = 'full' | 'directory' | 'none';

const RANK: Record<RowView, number> = { none: 0, directory: 1, full: 2 };

/**
 * The widest view any of the subject's roles has of every record of a type, from a role → view
 * table (roles missing from it see none): the starting point resolvers then widen per record.
 */
export function roleWideView(subject: ScopeSubject, byRole: Partial<Record<Role, RowView>>): RowView {
  return subject.roles.reduce<RowView>((v, r) => {
    const next = byRole[r] ?? 'none';
    return RANK[v] >= RANK[next] ? v : next;
  }, 'none');
}

export interface ScopeSubject {
  accountId: string;
  roles: readonly Role[];
}

export interface ScopeResolver {
  /** The caller's view of each record; an id missing from the answer counts as `none`. */
  views(
    em: EntityManager,
    subject: ScopeSubject,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, RowView>>;
  /**
   * Optional: an SQL condition on a table alias that keeps only rows the caller may see at all, so
   * long lists are filtered in the database (and their totals are right) instead of after.
   */
  visibleSql?(subject: ScopeSubject, alias: string): { sql: string; params: unknown[] };
}

/** Where a handler's output names the records it returns. */
export interface ScopeSpec<I = unknown> {
  recordType: string;
  /** One record: its id in the input (checked before the handler runs). */
  recordId?: (input: I) => string | null;
  /** A list: the key of the output holding the rows (each with an `id`); '' when the output is the list. */
  rows?: string;
  /** One record that must be seen in full (case detail, writes): a directory view is refused too. */
  needsFullView?: boolean;
}

export class ScopeRegistry {
  private readonly resolvers = new Map<string, ScopeResolver>();

  register(recordType: string, resolver: ScopeResolver): void {
    if (this.resolvers.has(recordType)) throw new Error(`Scope for ${recordType} registered twice`);
    this.resolvers.set(recordType, resolver);
  }

  has(recordType: string): boolean {
    return this.resolvers.has(recordType);
  }

  resolver(recordType: string): ScopeResolver {
    const resolver = this.resolvers.get(recordType);
    if (!resolver) throw new Error(`No scope registered for record type ${recordType}`);
    return resolver;
  }

  async views(
    em: EntityManager,
    recordType: string,
    subject: ScopeSubject,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, RowView>> {
    return ids.length ? this.resolver(recordType).views(em, subject, ids) : new Map();
  }
}
