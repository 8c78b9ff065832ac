/**
 * A mentee or mentor row as the mentees and mentors areas would have written it, for tests that seed
 * people straight into the database (behind the core's back, or inside a test-only handler): every
 * column the table requires, with plain values; a test passes only the columns it cares about.
 * Returns the statement and its values, for `db.prepare(sql).run(...values)` or `em.query(sql, values)`.
 */
export type Row = Record<string, unknown>;

const MENTEE: Row = {
  preferred_name: '',
  stage: 'ready',
  stage_since: '2026-10-01',
  gender: '',
  address_on_release: '',
  home_area: '',
  employment_status: 'not_known',
  family_background: '',
  custody_status: 'sentenced',
  case_manager_name: '',
  case_manager_contact: '',
  caseworker_account_id: null,
  interests: '[]',
  adaptations: '',
  notes: '',
};

const MENTOR: Row = {
  preferred_name: '',
  stage: 'ready',
  stage_since: '2026-09-01',
  email: '',
  phone: '',
  address_line1: '',
  address_line2: '',
  town: '',
  postcode: '',
  enquiry_date: '2026-01-01',
  heard_via: '',
  motivation: '',
  hopes: '',
  employment_status: 'not_known',
  interests: '[]',
  skills: '[]',
  languages: '[]',
  availability: '[]',
  availability_notes: '',
  travel_area: '',
  hard_to_work_with: '',
  is_lead_mentor: 0,
  cluster_id: null,
  account_id: null,
  notes: '',
};

function insert(table: string, row: Row): [sql: string, values: unknown[]] {
  const cols = Object.keys(row);
  return [
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    Object.values(row),
  ];
}

/** The name key the duplicate check and sorting use: the full name in lower case. */
const nameKey = (row: Row) => `${String(row.first_name)} ${String(row.last_name)}`.toLowerCase();

/** `row` needs id, first_name, last_name, reference, created_at and updated_at. */
export function menteeInsert(row: Row): [sql: string, values: unknown[]] {
  return insert('mentee', { ...MENTEE, name_key: nameKey(row), ...row });
}

/** `row` needs id, first_name, last_name, created_at and updated_at. */
export function mentorInsert(row: Row): [sql: string, values: unknown[]] {
  return insert('mentor', { ...MENTOR, name_key: nameKey(row), ...row });
}
