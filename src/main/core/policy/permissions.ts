import type { DataClass, Role } from '../../../shared/roles';

/**
 * Which data classes each role may read, from DESIGN.md's table. Redaction removes any field of a
 * class the caller's roles do not grant; a role's channel access (in the contract) decides what
 * it may call at all. Caseload and cluster limits are applied by scope hooks, not here.
 */
export const READABLE_CLASSES: Record<Role, readonly DataClass[]> = {
  administrator: ['system', 'directory', 'reference'],
  coordinator: [
    'directory',
    'contact',
    'special',
    'criminal',
    'vetting',
    'equality',
    'financial',
    'system',
    'reference',
  ],
  // Vetting (DBS, references, interviews) is the co-ordinators' business: caseworkers never read it.
  caseworker: ['directory', 'contact', 'special', 'criminal', 'financial', 'reference'],
  lead_mentor: ['directory', 'contact', 'reference'],
  safeguarding_lead: [
    'directory',
    'contact',
    'special',
    'criminal',
    'vetting',
    'equality',
    'financial',
    'safeguarding',
    'system',
    'reference',
  ],
  regional_manager: ['reference'],
};

export function readableClasses(roles: readonly Role[]): Set<DataClass> {
  return new Set(roles.flatMap((r) => READABLE_CLASSES[r]));
}
