import type { EntityManager } from 'typeorm';
import type { Role } from '../../../shared/roles';

/**
 * Caseload scope: may this account act on this particular record? Domain areas register one
 * resolver per record type (e.g. a caseworker and "mentee" → is the mentee on their caseload;
 * a lead mentor and "mentor" → is the mentor in their cluster). Channels name the record type and
 * how to find the id in their input; the dispatcher asks before the handler runs, inside the
 * same transaction.
 */
export interface ScopeSubject {
  accountId: string;
  roles: readonly Role[];
}

export type ScopeResolver = (em: EntityManager, subject: ScopeSubject, recordId: string) => Promise<boolean>;

export interface ScopeSpec<I = unknown> {
  recordType: string;
  recordId: (input: I) => string | null;
}

export class ScopeRegistry {
  private readonly resolvers = new Map<string, ScopeResolver>();

  register(recordType: string, resolver: ScopeResolver): void {
    if (this.resolvers.has(recordType)) throw new Error(`Scope for ${recordType} registered twice`);
    this.resolvers.set(recordType, resolver);
  }

  /** Fails closed: a channel that names a record type nobody registered is a programming error. */
  async allows(
    em: EntityManager,
    recordType: string,
    subject: ScopeSubject,
    recordId: string,
  ): Promise<boolean> {
    const resolver = this.resolvers.get(recordType);
    if (!resolver) throw new Error(`No caseload scope registered for record type ${recordType}`);
    return resolver(em, subject, recordId);
  }
}
