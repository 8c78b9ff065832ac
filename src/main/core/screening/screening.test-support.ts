import { randomUUID } from 'node:crypto';
import { ADMIN, type TestCore } from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';

/**
 * Mentors for the screening tests, written straight into the encrypted database (the mentors
 * area owns the record; these tests need only rows to hang screening on, at a given cluster, and
 * a lead mentor linked to a staff account).
 */
export interface MentorRowFields {
  firstName?: string;
  lastName?: string;
  stage?: string;
  clusterId?: string | null;
  leadAccountId?: string | null;
}

export const insertMentor = (t: TestCore, fields: MentorRowFields = {}): Promise<string> =>
  insertMentorRaw({ dir: t.dir, username: ADMIN.username, passphrase: ADMIN.passphrase }, fields);

/** The same, for any data folder and any account that can unwrap its key (the end-to-end host). */
export async function insertMentorRaw(
  access: { dir: string; username: string; passphrase: string },
  fields: MentorRowFields = {},
): Promise<string> {
  const id = randomUUID();
  const db = await openRaw(access.dir, access.username, access.passphrase);
  try {
    const at = new Date().toISOString();
    const first = fields.firstName ?? 'Robin';
    db.prepare(
      `INSERT INTO mentor (id, first_name, last_name, preferred_name, name_key, stage, stage_since, email, phone,
         address_line1, address_line2, town, postcode, enquiry_date, heard_via, motivation, hopes, employment_status,
         interests, skills, languages, availability, availability_notes, travel_area, hard_to_work_with,
         is_lead_mentor, cluster_id, account_id, notes, created_at, updated_at)
       VALUES (?, ?, ?, '', ?, ?, ?, '', '', '', '', '', '', '2026-01-05', '', '', '', 'not_known',
         '[]', '[]', '[]', '[]', '', '', '', ?, ?, ?, '', ?, ?)`,
    ).run(
      id,
      first,
      fields.lastName ?? 'Example',
      `${first} ${fields.lastName ?? 'Example'}`.toLowerCase(),
      fields.stage ?? 'references',
      '2026-01-05',
      fields.leadAccountId ? 1 : 0,
      fields.clusterId ?? null,
      fields.leadAccountId ?? null,
      at,
      at,
    );
  } finally {
    db.close();
  }
  return id;
}
