import type { EntityManager } from 'typeorm';
import { insertMentor } from '../mentors/mentor.queries';
import type { MentorFields } from '../../../shared/contract/mentors';
import type { ExistingNames } from './check-rows';

/** Every mentor's name key with the dates of birth recorded under it, for the duplicate warnings. */
export async function existingNames(em: EntityManager): Promise<ExistingNames> {
  const rows: { nameKey: string; dob: string | null }[] = await em.query(
    'SELECT name_key AS nameKey, date_of_birth AS dob FROM mentor',
  );
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const dobs = out.get(r.nameKey) ?? new Set<string>();
    dobs.add(r.dob ?? '');
    out.set(r.nameKey, dobs);
  }
  return out;
}

/**
 * Adds each record through the mentors area's own `insertMentor`, so an imported mentor starts
 * exactly as one added on the form (enquiry stage, first step recorded). The caller's transaction
 * holds them all: every row is added, or none.
 */
export async function insertImportedMentors(
  em: EntityManager,
  records: readonly MentorFields[],
  now: Date,
  actorAccountId: string,
): Promise<number> {
  for (const fields of records) await insertMentor(em, fields, now, actorAccountId);
  return records.length;
}
