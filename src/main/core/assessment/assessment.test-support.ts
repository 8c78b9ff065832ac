import { randomUUID } from 'node:crypto';
import { ADMIN, type TestCore } from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';

/**
 * A mentee for the assessment tests, written straight into the encrypted database (the mentees
 * area owns the record; these tests need only a row to hang assessment on, perhaps on a
 * caseworker's caseload).
 */
export async function insertMentee(
  t: TestCore,
  fields: { caseworkerAccountId?: string | null; dateOfBirth?: string | null } = {},
): Promise<string> {
  const id = randomUUID();
  const db = await openRaw(t.dir, ADMIN.username, ADMIN.passphrase);
  try {
    const at = new Date().toISOString();
    db.prepare(
      `INSERT INTO mentee (id, first_name, last_name, preferred_name, name_key, reference, stage, stage_since,
         date_of_birth, gender, address_on_release, home_area, employment_status, family_background,
         custody_status, case_manager_name, case_manager_contact, caseworker_account_id, interests,
         adaptations, notes, created_at, updated_at)
       VALUES (?, 'Jordan', 'Example', '', 'jordan example', ?, 'assessment', '2026-01-05', ?, '', '', '', '',
         '', 'sentenced', '', '', ?, '[]', '', '', ?, ?)`,
    ).run(id, `T-${id.slice(0, 8)}`, fields.dateOfBirth ?? null, fields.caseworkerAccountId ?? null, at, at);
  } finally {
    db.close();
  }
  return id;
}
