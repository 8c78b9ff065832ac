import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  InsurancePolicy,
  Literature,
  StoredFile,
  literatureFields,
} from '../../../shared/contract/policies';
import type { AttachmentUpload } from '../../../shared/files/attachment';
import type { FileOwner } from '../../../shared/policies/policies';
import { reviewState } from '../../../shared/governance/review-due';
import { fileContent, fileInfo, toFileColumns } from '../files/attachment.queries';

/** SQL for handbooks and leaflets, insurance, and reading any of the area's stored files. */
type LiteratureFields = z.output<typeof literatureFields>;
export interface InsuranceFields {
  kind: string;
  insurer: string;
  policyNumber: string;
  coverSummary: string;
  coverAmountPence: number | null;
  startsOn: string;
  expiresOn: string;
  notes: string;
  archived: boolean;
}

const FILE_COLUMNS = 'file_name AS fileName, content_type AS contentType, size';
type WithFile = {
  fileName: string | null;
  contentType: string | null;
  size: number | null;
  archived: number;
};
const withFile = <T extends WithFile>({ fileName, contentType, size, archived, ...rest }: T) => ({
  ...rest,
  archived: !!archived,
  file: fileInfo({ fileName, contentType, size }),
});

/** Writes a file sent with a save, or leaves the one kept alone when none was sent. */
async function storeFile(em: EntityManager, table: string, id: string, upload: AttachmentUpload | undefined) {
  if (!upload) return;
  const f = toFileColumns(upload);
  await em.query(
    `UPDATE ${table} SET file_name = ?, content_type = ?, size = ?, sha256 = ?, bytes = ? WHERE id = ?`,
    [f.fileName, f.contentType, f.size, f.sha256, f.bytes, id],
  );
}

/**
 * Updates the row `id` with `columns` (refusing one that no longer exists) or inserts a new row;
 * either way stamps who saved it and when. Table and column names are this file's constants.
 */
async function saveRow(
  em: EntityManager,
  table: 'literature' | 'insurance_policy',
  columns: Record<string, unknown>,
  o: { id: string | undefined; by: string; now: Date; gone: string },
): Promise<string> {
  const names = [...Object.keys(columns), 'updated_by', 'updated_at'];
  const values = [...Object.values(columns), o.by, o.now.toISOString()];
  if (o.id) {
    const done = (await em.query(
      `UPDATE ${table} SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ? RETURNING id`,
      [...values, o.id],
    )) as unknown[];
    if (!done.length) throw new CoreError('NOT_FOUND', o.gone);
    return o.id;
  }
  const id = randomUUID();
  const all = [...names, 'id', 'created_at'];
  await em.query(`INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`, [
    ...values,
    id,
    o.now.toISOString(),
  ]);
  return id;
}

// --- Literature ---------------------------------------------------------------------------------

const LITERATURE_SQL = `SELECT id, title, kind, audience, format, language, version, last_reviewed_on AS lastReviewedOn,
  notes, ${FILE_COLUMNS}, archived FROM literature`;
type LiteratureDb = Omit<Literature, 'file' | 'archived'> & WithFile;

export async function listLiterature(em: EntityManager, includeArchived: boolean): Promise<Literature[]> {
  const rows = (await em.query(
    `${LITERATURE_SQL} ${includeArchived ? '' : 'WHERE archived = 0'}
      ORDER BY archived, audience, title COLLATE NOCASE, id`,
  )) as LiteratureDb[];
  return rows.map(withFile) as Literature[];
}

export async function saveLiterature(
  em: EntityManager,
  input: LiteratureFields & { id?: string; file?: AttachmentUpload },
  by: string,
  now: Date,
): Promise<Literature> {
  const id = await saveRow(
    em,
    'literature',
    {
      title: input.title,
      kind: input.kind,
      audience: input.audience,
      format: input.format,
      language: input.language,
      version: input.version,
      last_reviewed_on: input.lastReviewedOn,
      notes: input.notes,
      archived: input.archived ? 1 : 0,
    },
    { id: input.id, by, now, gone: 'That handbook or leaflet no longer exists.' },
  );
  await storeFile(em, 'literature', id, input.file);
  const [row] = (await em.query(`${LITERATURE_SQL} WHERE id = ?`, [id])) as LiteratureDb[];
  return withFile(row!) as Literature;
}

// --- Insurance ----------------------------------------------------------------------------------

const INSURANCE_SQL = `SELECT id, kind, insurer, policy_number AS policyNumber, cover_summary AS coverSummary,
  cover_amount_pence AS coverAmountPence, starts_on AS startsOn, expires_on AS expiresOn, notes, ${FILE_COLUMNS},
  archived FROM insurance_policy`;
type InsuranceDb = Omit<InsurancePolicy, 'file' | 'archived' | 'renewalState'> & WithFile;

const toInsurance = (r: InsuranceDb, today: string, noticeDays: number): InsurancePolicy => {
  const row = withFile(r);
  return {
    ...row,
    renewalState: row.archived ? 'none' : reviewState(row.expiresOn, today, noticeDays),
  } as InsurancePolicy;
};

export async function listInsurance(
  em: EntityManager,
  includeArchived: boolean,
  today: string,
  noticeDays: number,
): Promise<InsurancePolicy[]> {
  const rows = (await em.query(
    `${INSURANCE_SQL} ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY archived, expires_on, insurer COLLATE NOCASE, id`,
  )) as InsuranceDb[];
  return rows.map((r) => toInsurance(r, today, noticeDays));
}

export async function getInsurance(
  em: EntityManager,
  id: string,
  today: string,
  noticeDays: number,
): Promise<InsurancePolicy> {
  const [row] = (await em.query(`${INSURANCE_SQL} WHERE id = ?`, [id])) as InsuranceDb[];
  if (!row) throw new CoreError('NOT_FOUND', 'That insurance policy no longer exists.');
  return toInsurance(row, today, noticeDays);
}

export async function saveInsurance(
  em: EntityManager,
  input: InsuranceFields & { id?: string; file?: AttachmentUpload },
  by: string,
  now: Date,
): Promise<string> {
  const id = await saveRow(
    em,
    'insurance_policy',
    {
      kind: input.kind,
      insurer: input.insurer,
      policy_number: input.policyNumber,
      cover_summary: input.coverSummary,
      cover_amount_pence: input.coverAmountPence,
      starts_on: input.startsOn,
      expires_on: input.expiresOn,
      notes: input.notes,
      archived: input.archived ? 1 : 0,
    },
    { id: input.id, by, now, gone: 'That insurance policy no longer exists.' },
  );
  await storeFile(em, 'insurance_policy', id, input.file);
  return id;
}

/** Insurance expiring on or before `horizon` and still held (candidates: the rule decides). */
export async function insuranceForRenewal(
  em: EntityManager,
  horizon: string,
): Promise<{ id: string; kind: string; insurer: string; expiresOn: string }[]> {
  return (await em.query(
    `SELECT id, kind, insurer, expires_on AS expiresOn FROM insurance_policy
      WHERE archived = 0 AND expires_on <= ? ORDER BY expires_on`,
    [horizon],
  )) as { id: string; kind: string; insurer: string; expiresOn: string }[];
}

export async function heldInsurance(em: EntityManager): Promise<{ startsOn: string; expiresOn: string }[]> {
  return (await em.query(
    'SELECT starts_on AS startsOn, expires_on AS expiresOn FROM insurance_policy WHERE archived = 0',
  )) as { startsOn: string; expiresOn: string }[];
}

// --- Files --------------------------------------------------------------------------------------

const FILE_TABLES: Record<FileOwner, string> = {
  policy_version: 'policy_version',
  literature: 'literature',
  insurance: 'insurance_policy',
};

export async function readFile(em: EntityManager, of: FileOwner, id: string): Promise<StoredFile> {
  const [row] = (await em.query(
    `SELECT file_name AS fileName, content_type AS contentType, size, bytes FROM ${FILE_TABLES[of]} WHERE id = ?`,
    [id],
  )) as { fileName: string | null; contentType: string | null; size: number | null; bytes: Buffer | null }[];
  const file = row && fileContent(row);
  if (!file) throw new CoreError('NOT_FOUND', 'No document is attached there.');
  return file;
}
