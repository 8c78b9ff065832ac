import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  Policy,
  PolicyRow,
  PolicyVersion,
  policyFields,
  versionFields,
} from '../../../shared/contract/policies';
import type { AttachmentUpload } from '../../../shared/files/attachment';
import { reviewState } from '../../../shared/governance/review-due';
import { fileInfo, toFileColumns } from '../files/attachment.queries';

/**
 * SQL for the policies register. The register is small (tens of rows), but lists still never read
 * a document's bytes: only `readFile` does, one file at a time.
 */
type Fields = z.output<typeof policyFields>;
type VersionFields = z.output<typeof versionFields>;

const notFound = () => new CoreError('NOT_FOUND', 'That policy no longer exists.');
const STAFF_SQL = (column: string) =>
  `coalesce((SELECT display_name FROM account WHERE id = ${column}),
            (SELECT display_name FROM former_account WHERE id = ${column}), '')`;

const ROW_SQL = `
  SELECT p.id, p.title, p.kind, p.recommended, p.owner, p.status, p.summary, p.review_on AS reviewOn,
         p.updated_at AS updatedAt, v.version, v.approved_on AS approvedOn,
         (v.file_name IS NOT NULL) AS hasDocument
    FROM policy p LEFT JOIN policy_version v ON v.id = p.current_version_id`;

type DbRow = Omit<PolicyRow, 'recommended' | 'hasDocument' | 'reviewState'> & {
  recommended: number;
  hasDocument: number;
  summary: string;
  updatedAt: string;
};
const toRow = (
  r: DbRow,
  today: string,
  noticeDays: number,
): PolicyRow & { summary: string; updatedAt: string } => ({
  ...r,
  recommended: !!r.recommended,
  hasDocument: !!r.hasDocument,
  reviewState:
    r.status === 'in_force' || r.status === 'under_review'
      ? reviewState(r.reviewOn, today, noticeDays)
      : 'none',
});

export async function listPolicies(
  em: EntityManager,
  input: { status?: string; includeWithdrawn: boolean },
  today: string,
  noticeDays: number,
): Promise<PolicyRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.status) {
    where.push('p.status = ?');
    params.push(input.status);
  } else if (!input.includeWithdrawn) where.push("p.status <> 'withdrawn'");
  const rows = (await em.query(
    `${ROW_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY p.recommended DESC, p.title COLLATE NOCASE, p.id`,
    params,
  )) as DbRow[];
  return rows.map((r) => {
    const { summary: _s, updatedAt: _u, ...row } = toRow(r, today, noticeDays);
    return row;
  });
}

export async function getPolicy(
  em: EntityManager,
  id: string,
  today: string,
  noticeDays: number,
): Promise<Policy> {
  const [row] = (await em.query(`${ROW_SQL} WHERE p.id = ?`, [id])) as DbRow[];
  if (!row) throw notFound();
  const versions = (await em.query(
    `SELECT v.id, v.version, v.approved_on AS approvedOn, v.approved_by AS approvedBy, v.review_on AS reviewOn,
            v.changes, v.file_name AS fileName, v.content_type AS contentType, v.size,
            ${STAFF_SQL('v.recorded_by')} AS recordedByName, v.recorded_at AS recordedAt,
            (v.id = p.current_version_id) AS current
       FROM policy_version v JOIN policy p ON p.id = v.policy_id
      WHERE v.policy_id = ? ORDER BY v.recorded_at DESC, v.rowid DESC`,
    [id],
  )) as (Omit<PolicyVersion, 'file' | 'current'> & {
    fileName: string | null;
    contentType: string | null;
    size: number | null;
    current: number;
  })[];
  return {
    ...toRow(row, today, noticeDays),
    versions: versions.map(({ fileName, contentType, size, current, ...v }) => ({
      ...v,
      current: !!current,
      file: fileInfo({ fileName, contentType, size }),
    })),
  };
}

export async function insertPolicy(em: EntityManager, f: Fields, by: string, now: Date): Promise<string> {
  const id = randomUUID();
  await em.query(
    `INSERT INTO policy (id, title, kind, recommended, owner, status, summary, review_on, created_by, created_at, updated_at)
     VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)`,
    [id, f.title, f.kind, f.owner, f.status, f.summary, f.reviewOn, by, now.toISOString(), now.toISOString()],
  );
  return id;
}

export async function updatePolicy(em: EntityManager, id: string, f: Fields, now: Date): Promise<void> {
  const done = (await em.query(
    `UPDATE policy SET title = ?, kind = ?, owner = ?, status = ?, summary = ?, review_on = ?, updated_at = ?
      WHERE id = ? RETURNING id`,
    [f.title, f.kind, f.owner, f.status, f.summary, f.reviewOn, now.toISOString(), id],
  )) as unknown[];
  if (!done.length) throw notFound();
}

/**
 * A new version becomes the current one and brings its review date to the policy; the earlier
 * versions keep their own dates and documents.
 */
export async function addVersion(
  em: EntityManager,
  policyId: string,
  f: VersionFields,
  document: AttachmentUpload | undefined,
  by: string,
  now: Date,
): Promise<string> {
  const exists = (await em.query('SELECT 1 FROM policy WHERE id = ?', [policyId])) as unknown[];
  if (!exists.length) throw notFound();
  const clash = (await em.query('SELECT 1 FROM policy_version WHERE policy_id = ? AND version = ?', [
    policyId,
    f.version,
  ])) as unknown[];
  if (clash.length) {
    const message =
      'This policy already has a version with that number. Give the new version its own number.';
    throw new CoreError('CONFLICT', message, { fieldErrors: { version: message } });
  }
  const file = document ? toFileColumns(document) : null;
  const id = randomUUID();
  await em.query(
    `INSERT INTO policy_version (id, policy_id, version, approved_on, approved_by, review_on, changes,
                                 file_name, content_type, size, sha256, bytes, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      policyId,
      f.version,
      f.approvedOn,
      f.approvedBy,
      f.reviewOn,
      f.changes,
      file?.fileName ?? null,
      file?.contentType ?? null,
      file?.size ?? null,
      file?.sha256 ?? null,
      file?.bytes ?? null,
      by,
      now.toISOString(),
    ],
  );
  await em.query('UPDATE policy SET current_version_id = ?, review_on = ?, updated_at = ? WHERE id = ?', [
    id,
    f.reviewOn,
    now.toISOString(),
    policyId,
  ]);
  return id;
}

/**
 * A version's document is attached once: what was approved must stay what it was, so a changed
 * document is recorded as a new version.
 */
export async function attachDocument(
  em: EntityManager,
  versionId: string,
  document: AttachmentUpload,
): Promise<string> {
  const [version] = (await em.query(
    'SELECT policy_id AS policyId, file_name AS fileName FROM policy_version WHERE id = ?',
    [versionId],
  )) as { policyId: string; fileName: string | null }[];
  if (!version) throw new CoreError('NOT_FOUND', 'That version of the policy no longer exists.');
  if (version.fileName)
    throw new CoreError(
      'CONFLICT',
      'This version already has its document. To change the document, record a new version, so the old one stays on file.',
    );
  const file = toFileColumns(document);
  await em.query(
    'UPDATE policy_version SET file_name = ?, content_type = ?, size = ?, sha256 = ?, bytes = ? WHERE id = ?',
    [file.fileName, file.contentType, file.size, file.sha256, file.bytes, versionId],
  );
  return version.policyId;
}

/** Policies whose review date is on or before `horizon` (candidates: the rule decides). */
export async function policiesForReview(
  em: EntityManager,
  horizon: string,
): Promise<{ id: string; title: string; reviewOn: string }[]> {
  return (await em.query(
    `SELECT id, title, review_on AS reviewOn FROM policy
      WHERE review_on IS NOT NULL AND status IN ('in_force', 'under_review') AND review_on <= ?
      ORDER BY review_on`,
    [horizon],
  )) as { id: string; title: string; reviewOn: string }[];
}

/** The facts standards 1 and 24 count: each recommended kind's policies (a handful of rows). */
export async function recommendedPolicyFacts(
  em: EntityManager,
): Promise<{ kind: string; status: string; reviewOn: string | null; hasDocument: number }[]> {
  return (await em.query(
    `SELECT p.kind, p.status, p.review_on AS reviewOn, (v.file_name IS NOT NULL) AS hasDocument
       FROM policy p LEFT JOIN policy_version v ON v.id = p.current_version_id
      WHERE p.status = 'in_force'`,
  )) as { kind: string; status: string; reviewOn: string | null; hasDocument: number }[];
}
